package kr.catalog.api.pricing;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import kr.catalog.model.Product;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Promotions: marketing starts them; everyone logged in sees the running ones. */
@Path("/api/promotions")
@Tag(name = "promotions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PromotionResource {

  @Inject PromotionService promotions;
  @Inject CatalogView catalog;
  @Inject CommerceConfig config;
  @Inject SecurityIdentity identity;

  /** A new promotion: whole percent off one product between two dates, inclusive. */
  public record PromotionRequest(
      @NotBlank @Size(max = 64) String code,
      @NotBlank @Size(max = 200) String name,
      @Min(1) @Max(90) int percentOff,
      @NotNull LocalDate startsOn,
      @NotNull LocalDate endsOn) {}

  /** A promotion as shown. */
  public record PromotionView(
      long id, String codeKey, String name, int percentOff, LocalDate startsOn, LocalDate endsOn) {
    static PromotionView of(Promotion p) {
      return new PromotionView(p.id, p.codeKey, p.name, p.percentOff, p.startsOn, p.endsOn);
    }
  }

  @POST
  @RolesAllowed({Roles.MARKETING, Roles.ADMIN})
  @Operation(summary = "Start a promotion (marketing)")
  public Response create(@Valid @NotNull PromotionRequest request) {
    Product product =
        catalog
            .product(request.code())
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        Refusal.PRODUCT_NOT_FOUND,
                        "No product has the code " + request.code() + "."));
    Promotion p =
        promotions.create(
            Actor.of(identity),
            product,
            request.name(),
            request.percentOff(),
            request.startsOn(),
            request.endsOn());
    return Response.status(201).entity(PromotionView.of(p)).build();
  }

  @GET
  @Authenticated
  @Operation(summary = "Promotions running today or later")
  public List<PromotionView> list() {
    return promotions.currentAndFuture(LocalDate.now(config.zone())).stream()
        .map(PromotionView::of)
        .toList();
  }
}
