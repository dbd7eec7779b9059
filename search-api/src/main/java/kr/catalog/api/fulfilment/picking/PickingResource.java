package kr.catalog.api.fulfilment.picking;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.catalog.api.order.StockLocation;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The warehouse's picking and shipping inspection: an order's pick list and its picks, the open
 * pick work of a location, and the inspection's scans. Warehouse staff and administrators only.
 */
@Path("/api")
@Tag(name = "picking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
public class PickingResource {

  @Inject PickingService picking;
  @Inject SecurityIdentity identity;

  @GET
  @Path("orders/{id}/pick-list")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "An order's pick list, grouped by location and bin in walking order")
  public PickListView pickList(@PathParam("id") long id) {
    return picking.pickList(Actor.of(identity), id);
  }

  @PUT
  @Path("orders/{id}/pick-list/lines/{lineNo}")
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

  @GET
  @Path("pick-lists")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Open pick work at a location: the lines of its orders in PICKING, by bin")
  public PickWorkView openWork(
      @QueryParam("location")
          @DefaultValue(StockLocation.WAREHOUSE)
          @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "must be a location code such as WH")
          String location) {
    return picking.openWork(location);
  }

  @GET
  @Path("orders/{id}/inspection")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "An order's shipping inspection: picked vs scanned per line, discrepancies")
  public InspectionView inspection(@PathParam("id") long id) {
    return picking.inspection(Actor.of(identity), id);
  }

  @POST
  @Path("orders/{id}/inspection/scans")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(
      summary =
          "Scan or type a code (barcode, catalog, model or supplier code) during shipping"
              + " inspection; a product not on the order or more than picked is refused and"
              + " recorded")
  public InspectionView scan(@PathParam("id") long id, @Valid @NotNull ScanRequest request) {
    return picking.scan(Actor.of(identity), id, request);
  }
}
