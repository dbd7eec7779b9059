package kr.catalog.api.notify;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's notifications (order confirmed, shipped, ready for pickup, delivered). Customers
 * receive them; staff are listed too and simply have none, so one page script serves every role.
 */
@Path("/api/notifications")
@Tag(name = "notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.MARKETING, Roles.WAREHOUSE, Roles.ADMIN})
public class NotificationResource {

  @Inject NotificationService notifications;
  @Inject SecurityIdentity identity;

  /**
   * Which notifications to mark read: exactly one of {@code ids} and {@code all}.
   *
   * @param ids the caller's notifications to mark (others are passed over)
   * @param all true: every notification of the caller
   */
  public record ReadRequest(@Size(min = 1, max = 200) List<@NotNull Long> ids, Boolean all) {}

  /** The caller's unread notifications after marking. */
  public record Unread(long unread) {}

  @GET
  @Operation(summary = "The caller's notifications, newest first, with the unread count")
  public NotificationService.Inbox list(
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    return notifications.inbox(Actor.of(identity), page, size);
  }

  @POST
  @Path("read")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark the caller's notifications read: the ids given, or all")
  public Unread read(@Valid @NotNull ReadRequest request) {
    boolean all = Boolean.TRUE.equals(request.all());
    if (all == (request.ids() != null)) {
      throw new InvalidParameterException("ids", "give either ids or \"all\": true");
    }
    return new Unread(notifications.markRead(Actor.of(identity), request.ids(), all));
  }
}
