package kr.catalog.api.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Role;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Account administration for administrators: find accounts, deactivate (its sessions end at once)
 * and reactivate them, reset a password, end sessions, and read who did which of these when.
 */
@Path("/api/admin")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminUserResource {

  @Inject UserAdministration admin;
  @Inject SecurityIdentity identity;

  /**
   * Body of a password reset: the new password, or none ({@code {}}) for a generated temporary one.
   *
   * @param password at least 10 characters; at most 72 bytes in UTF-8 (what bcrypt reads)
   */
  public record PasswordRequest(@Size(min = 10, max = 72) String password) {}

  /**
   * Body of an address change.
   *
   * @param email the address notification e-mail goes to; null or blank removes it
   */
  public record EmailRequest(@Email @Size(max = 254) String email) {}

  /** How many sessions an action ended. */
  public record Ended(long endedSessions) {}

  @GET
  @Path("users")
  @Operation(summary = "Accounts by user name; q searches user and display names (admins)")
  public List<UserAdministration.AdminUser> users(
      @QueryParam("q") @Size(max = 64) String q,
      @QueryParam("role") Role role,
      @QueryParam("active") Boolean active,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
    return admin.search(q, role, active, page, size);
  }

  @GET
  @Path("users/{id}")
  @Operation(summary = "One account (admins)")
  public UserAdministration.AdminUser user(@PathParam("id") long id) {
    return admin.get(id);
  }

  @POST
  @Path("users/{id}/deactivate")
  @Operation(summary = "Deactivate an account and end its sessions (admins; not one's own)")
  public UserAdministration.AdminUser deactivate(@PathParam("id") long id) {
    return admin.deactivate(Actor.of(identity), id);
  }

  @POST
  @Path("users/{id}/reactivate")
  @Operation(summary = "Let a deactivated account log in again (admins)")
  public UserAdministration.AdminUser reactivate(@PathParam("id") long id) {
    return admin.reactivate(Actor.of(identity), id);
  }

  @POST
  @Path("users/{id}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Reset a password: the one sent, or a generated temporary one answered once; ends the"
              + " account's sessions (admins)")
  public UserAdministration.PasswordReset resetPassword(
      @PathParam("id") long id, @Valid PasswordRequest request) {
    return admin.resetPassword(Actor.of(identity), id, request == null ? null : request.password());
  }

  @PUT
  @Path("users/{id}/email")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set or remove the address notification e-mail goes to (admins)")
  public UserAdministration.AdminUser setEmail(
      @PathParam("id") long id, @Valid @NotNull EmailRequest request) {
    return admin.setEmail(Actor.of(identity), id, request.email());
  }

  @DELETE
  @Path("users/{id}/sessions")
  @Operation(summary = "End every session of an account (admins)")
  public Ended endSessions(@PathParam("id") long id) {
    return new Ended(admin.endSessions(Actor.of(identity), id));
  }

  @GET
  @Path("audit")
  @Operation(
      summary = "Account administration audit, newest first, optionally of one user (admins)")
  public List<UserAdministration.AuditEntry> audit(
      @QueryParam("userId") Long userId,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
    return admin.audit(userId, page, size);
  }
}
