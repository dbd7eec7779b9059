package kr.catalog.api.fulfilment.acceptance;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer's inspection of a delivered order and the claims of an order. */
@Path("/api/orders/{id}")
@Tag(name = "orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AcceptanceResource {

  @Inject AcceptanceService acceptance;
  @Inject SecurityIdentity identity;

  @POST
  @Path("acceptance")
  @RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.ADMIN})
  @Operation(
      summary =
          "Inspect and accept a delivered order line by line; short or damaged units open claims")
  @APIResponse(
      responseCode = "409",
      description = "The order is not DELIVERED",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "422",
      description = "Quantities do not add up to the units shipped",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public AfterSalesView accept(
      @PathParam("id") long id, @Valid @NotNull AcceptanceRequest request) {
    return acceptance.accept(Actor.of(identity), id, request);
  }

  @GET
  @Path("claims")
  @RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "The order's inspection, claims and credited total")
  public AfterSalesView claims(@PathParam("id") long id) {
    return acceptance.afterSales(Actor.of(identity), id);
  }
}
