package kr.catalog.api.fulfilment.picking;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An order's shipping inspection: picked vs scanned, and the scans. */
@Path("/api/orders/{id}/inspection")
@Tag(name = "picking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
public class InspectionResource {

  @Inject PickingService picking;
  @Inject SecurityIdentity identity;

  @GET
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "An order's shipping inspection: picked vs scanned per line, discrepancies")
  public InspectionView inspection(@PathParam("id") long id) {
    return picking.inspection(Actor.of(identity), id);
  }

  @POST
  @Path("scans")
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
