package kr.catalog.api.fulfilment.picking;

import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/**
 * The picking and inspection an order needs before it may leave those steps (issue 17), for tests
 * that walk the lifecycle: every line picked whole, every picked unit scanned by its code.
 */
public final class PickingSteps {

  private PickingSteps() {}

  /** Records every line of an order in PICKING as picked whole. */
  public static void pickAll(long orderId) {
    JsonPath list =
        as(WAREHOUSE)
            .get("/api/orders/{id}/pick-list", orderId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> lines = list.getList("groups.lines.flatten()");
    for (Map<String, Object> line : lines) {
      as(WAREHOUSE)
          .body(Map.of("picked", line.get("ordered")))
          .put("/api/orders/{id}/pick-list/lines/{lineNo}", orderId, line.get("lineNo"))
          .then()
          .statusCode(200);
    }
  }

  /** Scans every picked unit of an order in SHIPPING_INSPECTION by its catalog code. */
  public static void scanAll(long orderId) {
    JsonPath inspection =
        as(WAREHOUSE)
            .get("/api/orders/{id}/inspection", orderId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> lines = inspection.getList("lines");
    for (Map<String, Object> line : lines) {
      int missing = (Integer) line.get("picked") - (Integer) line.get("scanned");
      if (missing > 0) {
        as(WAREHOUSE)
            .body(Map.of("code", line.get("code"), "quantity", missing))
            .post("/api/orders/{id}/inspection/scans", orderId)
            .then()
            .statusCode(200);
      }
    }
  }
}
