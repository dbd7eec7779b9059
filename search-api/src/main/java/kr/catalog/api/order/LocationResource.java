package kr.catalog.api.order;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The stock locations: the central warehouse and the branch stores (public: pickup choices). */
@Path("/api/locations")
@Tag(name = "stock")
@Produces(MediaType.APPLICATION_JSON)
public class LocationResource {

  @Inject StockService stock;

  /**
   * A location as customers see it.
   *
   * @param code its code, named by {@code pickupStore} and the search filter {@code store}
   * @param name its name (성수점)
   * @param kind warehouse or store
   * @param address where it is
   * @param transferDays days a transfer from the warehouse takes to arrive there
   */
  public record LocationView(
      String code, String name, LocationKind kind, String address, int transferDays) {}

  @GET
  @PermitAll
  @Operation(summary = "The warehouse and the branch stores, in display order")
  public List<LocationView> list() {
    return stock.locations().stream()
        .map(l -> new LocationView(l.code, l.name, l.kind, l.address, l.transferDays))
        .toList();
  }
}
