package kr.catalog.api.fulfilment.acceptance;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.catalog.api.rest.QueryValues;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claims: the list staff work from, one claim, the decision, and a return's goods received. */
@Path("/api/claims")
@Tag(name = "orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {

  @Inject ClaimService claims;
  @Inject SecurityIdentity identity;

  @GET
  @RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Claims, newest first (customers: their company's)")
  public List<ClaimView> list(
      @QueryParam("status") @Parameter(schema = @Schema(implementation = ClaimStatus.class))
          String status,
      @QueryParam("page")
          @DefaultValue("0")
          @Pattern(regexp = "[0-9]{1,9}", message = "must be a whole number, 0 or more")
          @Max(value = 100_000, message = "must be at most 100000")
          String page,
      @QueryParam("size")
          @DefaultValue("20")
          @Pattern(regexp = "[0-9]{1,9}", message = "must be a whole number")
          @Min(value = 1, message = "must be 1 or more")
          @Max(value = 100, message = "must be at most 100")
          String size) {
    return claims.list(
        Actor.of(identity),
        QueryValues.optionalEnum("status", status, ClaimStatus.class),
        Integer.parseInt(page),
        Integer.parseInt(size));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "One claim with its lines and amounts")
  public ClaimView get(@PathParam("id") long id) {
    return claims.get(Actor.of(identity), id);
  }

  @POST
  @Path("{id}/decision")
  @RolesAllowed({Roles.COUNSELLOR, Roles.ADMIN})
  @Operation(summary = "Approve or reject an open claim; the customer is notified")
  @APIResponse(
      responseCode = "409",
      description = "The claim was already decided",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public ClaimView decide(@PathParam("id") long id, @Valid @NotNull ClaimDecisionRequest request) {
    return claims.decide(Actor.of(identity), id, request);
  }

  @POST
  @Path("{id}/received")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "An approved return's goods are back at the warehouse: stock and credit")
  @APIResponse(
      responseCode = "409",
      description = "Not an approved return still to receive",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public ClaimView received(@PathParam("id") long id) {
    return claims.receive(Actor.of(identity), id);
  }
}
