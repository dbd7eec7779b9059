package kr.catalog.api.fulfilment.outbound;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The order's timeline for the customer (their company's orders) and staff. */
@Path("/api/orders/{id}/timeline")
@Tag(name = "outbound")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

  @Inject TrackingService tracking;
  @Inject SecurityIdentity identity;

  @GET
  @RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "The order's moves and tracking events in time order, with place")
  public List<TrackingService.Entry> timeline(@PathParam("id") long id) {
    return tracking.timeline(Actor.of(identity), id);
  }
}
