package kr.catalog.api.fulfilment.outbound;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tracking events of one order on its way (LOADED or IN_TRANSIT). */
@Path("/api/orders/{id}/tracking-events")
@Tag(name = "outbound")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrackingResource {

  @Inject TrackingService tracking;
  @Inject SecurityIdentity identity;

  /** An event: when (now when omitted), where and what. */
  public record EventRequest(
      Instant at, @NotBlank @Size(max = 100) String place, @NotBlank @Size(max = 300) String text) {
    TrackingService.NewEvent toEvent() {
      return new TrackingService.NewEvent(at, place, text);
    }
  }

  @POST
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Record a tracking event (time, place, text); 409 unless on its way")
  public Response record(@PathParam("id") long id, @Valid @NotNull EventRequest request) {
    List<TrackingService.Entry> timeline =
        tracking.record(Actor.of(identity), id, request.toEvent());
    return Response.status(Response.Status.CREATED).entity(timeline).build();
  }
}
