package kr.catalog.api.fulfilment.picking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.catalog.api.order.StockLocation;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The open pick work of a location, for the warehouse's walk through the aisles. */
@Path("/api/pick-lists")
@Tag(name = "picking")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
public class PickWorkResource {

  @Inject PickingService picking;

  @GET
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Open pick work at a location: the lines of its orders in PICKING, by bin")
  public PickWorkView openWork(
      @QueryParam("location")
          @DefaultValue(StockLocation.WAREHOUSE)
          @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "must be a location code such as WH")
          String location) {
    return picking.openWork(location);
  }
}
