package kr.catalog.api.fulfilment.outbound;

import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Outbound steps for tests that walk an order through the lifecycle: the packing and loading that
 * the lifecycle now requires before PACKING and DELIVERY_CLASSIFIED may be left.
 */
public final class Outbound {
  /**
   * A vehicle registered once per test run with the largest capacity allowed, so that orders other
   * tests leave on board never fill it (a database kept between runs keeps theirs too).
   */
  private static String truck;

  private Outbound() {}

  /** The plate of this run's test truck, registered on first use. */
  public static synchronized String truck() {
    if (truck == null) {
      String plate = "7" + (System.nanoTime() % 100_000_000L) + "배";
      as(WAREHOUSE)
          .body(Map.of("plate", plate, "kind", "시험 트럭", "capacityKg", 50_000, "partner", "자사차량"))
          .post("/api/vehicles")
          .then()
          .statusCode(201);
      truck = plate;
    }
    return truck;
  }

  /** Scans every package of the order (DELIVERY_CLASSIFIED) onto this run's test truck. */
  public static void loadEverything(long orderId) {
    loadEverything(orderId, truck());
  }

  /** Packs every unit still unpacked into one box (the order is PACKING); its package number. */
  public static String packEverything(long orderId) {
    JsonPath packing =
        as(WAREHOUSE)
            .get("/api/orders/{id}/packages", orderId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> units = new ArrayList<>();
    List<Map<String, Object>> lines = packing.getList("lines");
    for (Map<String, Object> line : lines) {
      int left =
          ((Number) line.get("toShip")).intValue() - ((Number) line.get("packed")).intValue();
      if (left > 0) {
        units.add(Map.of("lineNo", line.get("lineNo"), "quantity", left));
      }
    }
    return as(WAREHOUSE)
        .body(Map.of("lines", units, "boxSize", "BOX3"))
        .post("/api/orders/{id}/packages", orderId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("packages[-1].number");
  }

  /** Scans every package of the order (DELIVERY_CLASSIFIED) onto the vehicle. */
  public static void loadEverything(long orderId, String plate) {
    List<String> numbers =
        as(WAREHOUSE)
            .get("/api/orders/{id}/loading", orderId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("packages.number", String.class);
    for (String number : numbers) {
      as(WAREHOUSE)
          .body(Map.of("vehicle", plate, "package", number))
          .post("/api/orders/{id}/loading/scans", orderId)
          .then()
          .statusCode(200);
    }
  }
}
