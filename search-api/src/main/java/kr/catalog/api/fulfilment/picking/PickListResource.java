package kr.catalog.api.fulfilment.picking;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An order's pick list and its picks. Its own class path, longer than {@code /api/orders}: JAX-RS
 * matches the most specific class path first and looks no further.
 */
@Path("/api/orders/{id}/pick-list")
@Tag(name = "picking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
public class PickListResource {

  @Inject PickingService picking;
  @Inject SecurityIdentity identity;

  @GET
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "An order's pick list, grouped by location and bin in walking order")
  public PickListView pickList(@PathParam("id") long id) {
    return picking.pickList(Actor.of(identity), id);
  }

  @PUT
  @Path("lines/{lineNo}")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(
      summary =
          "Record the units picked for a line (0 up to the units ordered); 409 outside PICKING")
  public PickListView pick(
      @PathParam("id") long id,
      @PathParam("lineNo") int lineNo,
      @Valid @NotNull PickRequest request) {
    return picking.recordPick(Actor.of(identity), id, lineNo, request);
  }
}
