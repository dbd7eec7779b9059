package kr.catalog.api.recommendation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
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
      @QueryParam("limit") @Parameter(description = "1 to 24, default 8") String limit) {
    return recommendations.forProduct(code, limit(limit, 8));
  }

  @GET
  @Path("bought-together")
  @PermitAll
  @Operation(summary = "Products often ordered together with these (a cart), never these")
  public Recommendations boughtWithCart(
      @QueryParam("code") @Parameter(description = "a product code, repeated per cart line")
          List<@Size(max = 64) String> codes,
      @QueryParam("limit") @Parameter(description = "1 to 24, default 8") String limit) {
    return recommendations.forCart(codes == null ? List.of() : codes, limit(limit, 8));
  }

  @GET
  @Path("usual")
  @RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.ADMIN})
  @Operation(
      summary = "The items a customer company buys again and again, then what goes with them")
  public Recommendations usual(
      @QueryParam("customerId") @Parameter(description = "staff: the company") String customerId,
      @QueryParam("limit") @Parameter(description = "1 to 24, default 10") String limit) {
    return recommendations.usualItems(
        Actor.of(identity), QueryValues.optionalLong("customerId", customerId), limit(limit, 10));
  }

  /** The limit asked for, or the default; a non-number is a 400 naming {@code limit}. */
  private static int limit(String value, int byDefault) {
    Long asked = QueryValues.optionalLong("limit", value);
    return asked == null ? byDefault : (int) Math.max(Integer.MIN_VALUE, Math.min(asked, 1000));
  }
}
