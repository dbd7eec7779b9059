package kr.catalog.api.fulfilment;

import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders walked to the customer's steps through the API as staff (the warehouse steps before them
 * are plain lifecycle moves here), for the customer-side ITs. Products are this area's own, so the
 * stock assertions never share units with other tests.
 */
public final class CustomerSteps {

  /** Delivered and inspected: a damaged unit becomes a return. 141,900 won. */
  public static final String DRILL = "DE-411Z";

  /** Delivered and inspected: short units become a credit note. 29,200 won. */
  public static final String PLIERS = "KN-811C-10";

  /** Picked up at 성수점 with a pickup code. */
  public static final String HAMMER = "TO/799-0";

  /** Refusals of the inspection. */
  public static final String CABLE_TIES = "MX-635J";

  /** The history's sentences. */
  public static final String TAP = "HI-565L";

  public static final String SEONGSU = "SEONGSU";

  private CustomerSteps() {}

  /** Makes sure at least {@code units} are available at the location. */
  public static void stock(String code, String location, long units) {
    JsonPath s =
        as(WAREHOUSE)
            .get("/api/stock/{code}/locations/{location}", code, location)
            .then()
            .extract()
            .jsonPath();
    long reserved = s.get("reserved") == null ? 0 : s.getLong("reserved");
    long onHand = s.get("onHand") == null ? 0 : s.getLong("onHand");
    if (onHand - reserved < units) {
      as(WAREHOUSE)
          .body(Map.of("onHand", reserved + units + 20))
          .put("/api/stock/{code}/locations/{location}", code, location)
          .then()
          .statusCode(200);
    }
  }

  /** Units on hand at the location. */
  public static long onHand(String code, String location) {
    return as(WAREHOUSE)
        .get("/api/stock/{code}/locations/{location}", code, location)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("onHand");
  }

  /** A delivery order of the demo customer: code, quantity, code, quantity... */
  public static long placeDelivery(Object... codesAndQuantities) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i < codesAndQuantities.length; i += 2) {
      String code = (String) codesAndQuantities[i];
      int quantity = (Integer) codesAndQuantities[i + 1];
      stock(code, "WH", quantity);
      lines.add(Map.of("code", code, "quantity", quantity));
    }
    return as(CUSTOMER)
        .body(Map.of("channel", "WEB", "fulfilment", "DELIVERY", "lines", lines))
        .post("/api/orders")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** A pickup order of the demo customer at a store. */
  public static long placePickup(String code, int quantity, String store) {
    stock(code, store, quantity);
    return as(CUSTOMER)
        .body(
            Map.of(
                "channel",
                "WEB",
                "fulfilment",
                "PICKUP",
                "pickupStore",
                store,
                "lines",
                List.of(Map.of("code", code, "quantity", quantity))))
        .post("/api/orders")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** One lifecycle move that must succeed. */
  public static JsonPath move(String user, long id, String to, String... details) {
    Map<String, Object> body = new HashMap<>();
    body.put("to", to);
    for (int i = 0; i < details.length; i += 2) {
      body.put(details[i], details[i + 1]);
    }
    return as(user)
        .body(body)
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(200)
        .body("status", equalTo(to))
        .extract()
        .jsonPath();
  }

  /** The warehouse steps up to packing. */
  public static void pack(long id) {
    move(WAREHOUSE, id, "CONFIRMED");
    move(WAREHOUSE, id, "PICKING", "location", "A-01-1");
    kr.catalog.api.fulfilment.picking.PickingSteps.pickAll(id);
    move(WAREHOUSE, id, "SHIPPING_INSPECTION");
    kr.catalog.api.fulfilment.picking.PickingSteps.scanAll(id);
    move(WAREHOUSE, id, "PACKING");
    kr.catalog.api.fulfilment.outbound.Outbound.packEverything(id);
  }

  /** A delivery order moved to IN_TRANSIT by staff. */
  public static void ship(long id) {
    pack(id);
    move(WAREHOUSE, id, "DELIVERY_CLASSIFIED", "region", "서울 성동구", "partner", "한진택배");
    kr.catalog.api.fulfilment.outbound.Outbound.loadEverything(id);
    move(WAREHOUSE, id, "LOADED");
    move(WAREHOUSE, id, "IN_TRANSIT");
  }

  /** A delivery order moved to DELIVERED by staff. */
  public static void deliver(long id) {
    ship(id);
    move(WAREHOUSE, id, "DELIVERED");
  }

  /** A pickup order moved to READY_FOR_PICKUP by staff. */
  public static void ready(long id) {
    pack(id);
    move(WAREHOUSE, id, "READY_FOR_PICKUP");
  }

  /** One inspected line: line number, accepted, short, damaged. */
  public static Map<String, Object> line(int lineNo, int accepted, int shortUnits, int damaged) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("lineNo", lineNo);
    l.put("accepted", accepted);
    l.put("short", shortUnits);
    l.put("damaged", damaged);
    return l;
  }

  /** An inspection body. */
  public static Map<String, Object> inspection(
      String description, List<Map<String, Object>> lines) {
    Map<String, Object> body = new HashMap<>();
    body.put("lines", lines);
    body.put("description", description);
    return body;
  }
}
