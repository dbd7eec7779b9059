package kr.catalog.api.recommendation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Recommendations from purchase history: what is bought together with a product or a cart (public,
 * like the product pages), and a customer's usual items (the customer's own company; counsellors
 * and admins name the company).
 */
@Path("/api/recommendations")
@Tag(name = "recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

  @Inject RecommendationService recommendations;
  @Inject SecurityIdentity identity;

  @GET
  @Path("products/{code}/bought-together")
  @PermitAll
  @Operation(summary = "Products often ordered together with this one, then similar ones")
  public Recommendations boughtWithProduct(
      @PathParam("code") @Size(max = 64) String code,
      @QueryParam("limit")
          @DefaultValue("8")
          @Pattern(regexp = "[0-9]{1,2}", message = "must be a whole number from 1 to 24")
          @Min(value = 1, message = "must be a whole number from 1 to 24")
          @Max(
              value = RecommendationService.MAX_LIMIT,
              message = "must be a whole number from 1 to 24")
          String limit) {
    return recommendations.forProduct(code, Integer.parseInt(limit));
  }

  @GET
  @Path("bought-together")
  @PermitAll
  @Operation(summary = "Products often ordered together with these (a cart), never these")
  public Recommendations boughtWithCart(
      @QueryParam("code") @Parameter(description = "a product code, repeated per cart line")
          List<@Size(max = 64) String> codes,
      @QueryParam("limit")
          @DefaultValue("8")
          @Pattern(regexp = "[0-9]{1,2}", message = "must be a whole number from 1 to 24")
          @Min(value = 1, message = "must be a whole number from 1 to 24")
          @Max(
              value = RecommendationService.MAX_LIMIT,
              message = "must be a whole number from 1 to 24")
          String limit) {
    return recommendations.forCart(codes == null ? List.of() : codes, Integer.parseInt(limit));
  }

  @GET
  @Path("usual")
  @RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.ADMIN})
  @Operation(
      summary = "The items a customer company buys again and again, then what goes with them")
  public Recommendations usual(
      @QueryParam("customerId") @Parameter(description = "staff: the company") String customerId,
      @QueryParam("limit")
          @DefaultValue("10")
          @Pattern(regexp = "[0-9]{1,2}", message = "must be a whole number from 1 to 24")
          @Min(value = 1, message = "must be a whole number from 1 to 24")
          @Max(
              value = RecommendationService.MAX_LIMIT,
              message = "must be a whole number from 1 to 24")
          String limit) {
    return recommendations.usualItems(
        Actor.of(identity),
        QueryValues.optionalLong("customerId", customerId),
        Integer.parseInt(limit));
  }
}
