package kr.catalog.api.order;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Roles;
import kr.catalog.model.Product;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stock per product: anyone logged in reads it; the warehouse sets the units on hand. */
@Path("/api/stock")
@Tag(name = "stock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockResource {

  @Inject StockService stock;
  @Inject CatalogView catalog;

  /** Stock of one product. */
  public record StockView(String code, long onHand, long reserved, long available) {}

  /** A count: the units now on hand. */
  public record StockCount(@Min(0) @Max(10_000_000) long onHand) {}

  @GET
  @Path("{code}")
  @Authenticated
  @Operation(summary = "Units on hand, reserved and available")
  public StockView get(@PathParam("code") @Size(max = 64) String code) {
    Product p = product(code);
    return stock
        .find(p.codeKey())
        .map(s -> new StockView(p.code(), s.onHand, s.reserved, s.available()))
        .orElse(new StockView(p.code(), 0, 0, 0));
  }

  @PUT
  @Path("{code}")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Set the units on hand (warehouse); 409 below what is reserved")
  public StockView set(
      @PathParam("code") @Size(max = 64) String code, @Valid @NotNull StockCount count) {
    Product p = product(code);
    StockItem s = stock.setOnHand(p.codeKey(), count.onHand());
    return new StockView(p.code(), s.onHand, s.reserved, s.available());
  }

  private Product product(String code) {
    return catalog
        .product(code)
        .orElseThrow(
            () ->
                new BusinessRefusal(
                    Refusal.PRODUCT_NOT_FOUND, "No product has the code " + code + "."));
  }
}
