package kr.catalog.api.order;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.quote.CatalogLines;
import kr.catalog.api.quote.LineParser;
import kr.catalog.api.quote.LineRequest;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Roles;
import kr.catalog.model.Product;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stock per product and location. {@code /api/stock/{code}} is the central warehouse's stock (what
 * delivery orders reserve; it was the only stock before locations): anyone logged in reads it, the
 * warehouse sets it. Availability per location and for a cart is public (product page, checkout);
 * the counts and bins per location are the warehouse's.
 */
@Path("/api/stock")
@Tag(name = "stock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockResource {

  @Inject StockService stock;
  @Inject CatalogView catalog;
  @Inject CatalogLines catalogLines;

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

  /** Availability of a product at one location, as the public sees it. */
  public record LocationAvailability(
      String location,
      String name,
      LocationKind kind,
      String address,
      long available,
      boolean inStock,
      int transferDays) {}

  /** Stock of a product at one location, as the warehouse sees it (with the bin). */
  public record LocationStockView(
      String code, String location, long onHand, long reserved, long available, String bin) {}

  /** A count at a location: the units now on hand, and the bin when it moved (null keeps it). */
  public record LocationCount(
      @Min(0) @Max(10_000_000) long onHand,
      @Size(min = 1, max = 32) @Pattern(regexp = "[A-Za-z0-9-]+") String bin) {}

  /** A cart whose availability per location is asked. */
  public record AvailabilityRequest(
      @NotNull @Size(min = 1, max = LineParser.MAX_LINES)
          List<@Valid @NotNull LineRequest> lines) {}

  @GET
  @Path("{code}/locations")
  @PermitAll
  @Operation(summary = "Units available per location (warehouse and stores), for the product page")
  public List<LocationAvailability> perLocation(@PathParam("code") @Size(max = 64) String code) {
    Product p = product(code);
    Map<String, StockItem> rows = stock.atLocations(p.codeKey());
    return stock.locations().stream()
        .map(
            l -> {
              StockItem s = rows.get(l.code);
              long available = s == null ? 0 : Math.max(0, s.available());
              return new LocationAvailability(
                  l.code, l.name, l.kind, l.address, available, available > 0, l.transferDays);
            })
        .toList();
  }

  @GET
  @Path("{code}/locations/{location}")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Units on hand, reserved and available, and the bin, at one location")
  public LocationStockView getAt(
      @PathParam("code") @Size(max = 64) String code,
      @PathParam("location") @Size(max = 32) String location) {
    Product p = product(code);
    StockLocation l = location(location);
    return stock
        .find(l.code, p.codeKey())
        .map(
            s ->
                new LocationStockView(p.code(), l.code, s.onHand, s.reserved, s.available(), s.bin))
        .orElse(new LocationStockView(p.code(), l.code, 0, 0, 0, null));
  }

  @PUT
  @Path("{code}/locations/{location}")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Set the units on hand (and the bin) at one location; 409 below reserved")
  public LocationStockView setAt(
      @PathParam("code") @Size(max = 64) String code,
      @PathParam("location") @Size(max = 32) String location,
      @Valid @NotNull LocationCount count) {
    Product p = product(code);
    StockLocation l = location(location);
    StockItem s = stock.setOnHand(l.code, p.codeKey(), count.onHand(), count.bin());
    return new LocationStockView(p.code(), l.code, s.onHand, s.reserved, s.available(), s.bin);
  }

  @POST
  @Path("availability")
  @PermitAll
  @Operation(
      summary = "Per location: does it have the whole cart now, or when could a transfer bring it")
  public List<Availability> availability(@Valid @NotNull AvailabilityRequest request) {
    List<CatalogLines.Resolved> lines = catalogLines.resolve(LineParser.cart(request.lines()));
    SortedMap<String, Long> quantities = new TreeMap<>();
    Map<String, String> codes = new HashMap<>();
    for (CatalogLines.Resolved r : lines) {
      quantities.merge(r.product().codeKey(), (long) r.request().quantity(), Long::sum);
      codes.put(r.product().codeKey(), r.product().code());
    }
    return stock.availability(quantities, codes);
  }

  private StockLocation location(String code) {
    return stock
        .location(code)
        .orElseThrow(
            () ->
                new BusinessRefusal(
                    Refusal.LOCATION_NOT_FOUND, "No stock location has the code " + code + "."));
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
