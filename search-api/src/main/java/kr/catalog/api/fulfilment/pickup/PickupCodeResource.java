package kr.catalog.api.fulfilment.pickup;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

/**
 * The pickup code: the customer reads it (to show at the counter); staff issue a new one. The code
 * is checked by the handover move itself ({@code POST /api/orders/{id}/transitions} to PICKED_UP
 * with {@code pickupCode}).
 */
@Path("/api/orders/{id}/pickup-code")
@Tag(name = "orders")
@Produces(MediaType.APPLICATION_JSON)
public class PickupCodeResource {

  @Inject PickupCodeService codes;
  @Inject SecurityIdentity identity;

  @GET
  @RolesAllowed({Roles.CUSTOMER})
  @Operation(summary = "The order's pickup code and store, for the customer's company")
  public PickupCodeView get(@PathParam("id") long id) {
    return codes.forCustomer(Actor.of(identity), id);
  }

  @POST
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Issue a new pickup code (lost or locked); the customer is notified")
  @APIResponse(
      responseCode = "409",
      description = "The order is not waiting at the counter",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public PickupCodeView reissue(@PathParam("id") long id) {
    return codes.reissue(Actor.of(identity), id);
  }
}
