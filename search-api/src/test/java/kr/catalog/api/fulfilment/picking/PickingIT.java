package kr.catalog.api.fulfilment.picking;

import static io.restassured.RestAssured.given;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.order.OrderActivity;
import kr.catalog.model.Identifier;
import kr.catalog.model.Product;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Picking and shipping inspection on the real PostgreSQL: the pick list by bin, each refusal as
 * problem+json (wrong role, wrong state, over-picking, unknown line, a scan of a product not on the
 * order, an unknown code, over-scanning, finishing with an unpicked line or unscanned units), the
 * shortfall paths (back-order, cancelled remainder) with the stock numbers, and the journal.
 */
@QuarkusTest
class PickingIT {

  /** Products the sample catalog's other tests use: never touched here. */
  static final Set<String> TAKEN =
      Set.of(
          "BL1611",
          "BL2322",
          "BOS112324",
          "BL161110",
          "BL2499",
          "BL1913",
          "BL5652",
          "BL7722",
          "BL7722L",
          "BL7506",
          "BL5348",
          "CK98SP",
          "LIN2354",
          "LIN2686",
          "MA7278",
          "GSB13RE");

  @Inject CatalogView catalog;

  /** This class's products: orderable, with a barcode, far from the codes other tests use. */
  private List<Product> products;

  @BeforeEach
  void chooseProducts() {
    if (products == null) {
      products =
          catalog.allProducts().stream()
              .filter(p -> !p.discontinued())
              .filter(p -> p.listPrice() > 0)
              .filter(p -> !TAKEN.contains(p.codeKey()))
              .filter(p -> p.identifiers().stream().anyMatch(PickingIT::barcode))
              .sorted(Comparator.comparing(Product::codeKey).reversed())
              .limit(12)
              .toList();
      assertThat(products).hasSize(12);
    }
  }

  private static boolean barcode(Identifier i) {
    return i.kind() == Identifier.Kind.BARCODE;
  }

  static String barcodeOf(Product p) {
    return p.identifiers().stream().filter(PickingIT::barcode).findFirst().orElseThrow().value();
  }

  // ---- helpers, shared with the races ---------------------------------------------------------

  /** Sets the warehouse's count so that {@code available} units are free, and the bin. */
  static void stockAt(String code, long available, String bin) {
    long reserved = warehouse(code).getLong("reserved");
    Map<String, Object> body = new HashMap<>();
    body.put("onHand", reserved + available);
    if (bin != null) {
      body.put("bin", bin);
    }
    as(WAREHOUSE).body(body).put("/api/stock/{code}/locations/WH", code).then().statusCode(200);
  }

  static JsonPath warehouse(String code) {
    return as(WAREHOUSE)
        .get("/api/stock/{code}/locations/WH", code)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** A delivery order of the customer: code, quantity pairs. */
  static long place(Object... codeQuantity) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i < codeQuantity.length; i += 2) {
      lines.add(Map.of("code", codeQuantity[i], "quantity", codeQuantity[i + 1]));
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

  static JsonPath move(long id, Map<String, Object> body) {
    return as(WAREHOUSE)
        .body(body)
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Placed, confirmed and in PICKING (without a free-text location: the pick list knows it). */
  static long picking(Object... codeQuantity) {
    long id = place(codeQuantity);
    move(id, Map.of("to", "CONFIRMED"));
    move(id, Map.of("to", "PICKING"));
    return id;
  }

  static void pick(long id, int lineNo, int picked) {
    as(WAREHOUSE)
        .body(Map.of("picked", picked))
        .put("/api/orders/{id}/pick-list/lines/{lineNo}", id, lineNo)
        .then()
        .statusCode(200);
  }

  static List<OrderActivity> journal(long id, String kind) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                OrderActivity.<OrderActivity>list(
                    "orderId = ?1 and kind = ?2 order by id", id, kind));
  }

  // ---- pick list ------------------------------------------------------------------------------

  @Test
  void thePickListWalksTheBinsAndRecordsEachPick() {
    String first = products.get(0).code();
    String second = products.get(1).code();
    // The second line lies in the earlier bin: the walk starts there.
    stockAt(first, 20, "C-07-2");
    stockAt(second, 20, "A-02-1");
    long id = picking(first, 3, second, 2);

    JsonPath list =
        as(WAREHOUSE)
            .get("/api/orders/{id}/pick-list", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(list.getString("location.code")).isEqualTo("WH");
    assertThat(list.getList("groups.bin", String.class)).containsExactly("A-02-1", "C-07-2");
    assertThat(list.getList("groups.location", String.class)).containsOnly("WH");
    assertThat(list.getInt("groups[0].lines[0].lineNo")).isEqualTo(2);
    assertThat(list.getBoolean("complete")).isFalse();
    // The order names its location although the move gave none.
    as(WAREHOUSE).get("/api/orders/{id}", id).then().body("pickingLocation", equalTo("WH"));

    as(WAREHOUSE)
        .body(Map.of("picked", 2, "note", "두 번째 선반"))
        .put("/api/orders/{id}/pick-list/lines/{lineNo}", id, 2)
        .then()
        .statusCode(200)
        .body("groups[0].lines[0].picked", equalTo(2))
        .body("groups[0].lines[0].note", equalTo("두 번째 선반"));
    pick(id, 1, 3);
    as(WAREHOUSE)
        .get("/api/orders/{id}/pick-list", id)
        .then()
        .body("complete", equalTo(true))
        .body("shortLines", equalTo(0));
    List<OrderActivity> picks = journal(id, "LINE_PICKED");
    assertThat(picks).hasSize(2);
    assertThat(picks.get(0).lineNo).isEqualTo(2);
    assertThat(picks.get(0).detail).contains("\"picked\":2").contains("두 번째 선반");

    // The warehouse-wide view lists the order's lines by bin.
    JsonPath work =
        as(WAREHOUSE)
            .get("/api/pick-lists?location=WH")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = work.getList("bins.items.flatten()");
    assertThat(items).anyMatch(i -> ((Number) i.get("orderId")).longValue() == id);
    List<String> bins = work.getList("bins.bin", String.class);
    List<String> named = bins.stream().filter(b -> b != null).toList();
    assertThat(named).isSorted();

    move(id, Map.of("to", "SHIPPING_INSPECTION"));
    // Once picking finished, picks are refused.
    as(WAREHOUSE)
        .body(Map.of("picked", 1))
        .put("/api/orders/{id}/pick-list/lines/{lineNo}", id, 1)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/not-at-step"));
  }

  @Test
  void picksAreRefusedAsProblems() {
    String code = products.get(2).code();
    stockAt(code, 20, "B-01-1");
    long id = picking(code, 2);
    // Over-picking.
    as(WAREHOUSE)
        .body(Map.of("picked", 3))
        .put("/api/orders/{id}/pick-list/lines/1", id)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/over-picked"))
        .body("ordered", equalTo(2));
    // Negative, not a whole number, missing.
    for (String body :
        List.of("{\"picked\":-1}", "{\"picked\":1.5}", "{\"picked\":\"two\"}", "{}")) {
      as(WAREHOUSE)
          .body(body)
          .put("/api/orders/{id}/pick-list/lines/1", id)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    // An unknown line, an unknown order.
    as(WAREHOUSE)
        .body(Map.of("picked", 1))
        .put("/api/orders/{id}/pick-list/lines/9", id)
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/line-not-found"));
    as(WAREHOUSE)
        .body(Map.of("picked", 1))
        .put("/api/orders/{id}/pick-list/lines/1", 987_654_321L)
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/order-not-found"));
    // Wrong roles.
    for (String user : List.of(CUSTOMER, COUNSELLOR)) {
      as(user)
          .body(Map.of("picked", 1))
          .put("/api/orders/{id}/pick-list/lines/1", id)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      as(user).get("/api/orders/{id}/pick-list", id).then().statusCode(403);
    }
    given().get("/api/orders/{id}/pick-list", id).then().statusCode(401);
    // Finishing with the line unpicked.
    as(WAREHOUSE)
        .body(Map.of("to", "SHIPPING_INSPECTION"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/picking-incomplete"))
        .body("unpicked", equalTo(List.of(1)));
    // Nothing picked at all is not a shipment.
    pick(id, 1, 0);
    as(WAREHOUSE)
        .body(Map.of("to", "SHIPPING_INSPECTION", "shortfall", "BACK_ORDER"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/picking-incomplete"));
    // A pick in the wrong state: an order not yet picking.
    long confirmed = place(code, 1);
    move(confirmed, Map.of("to", "CONFIRMED"));
    as(WAREHOUSE)
        .body(Map.of("picked", 1))
        .put("/api/orders/{id}/pick-list/lines/1", confirmed)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/not-at-step"))
        .body("status", equalTo("CONFIRMED"));
    as(WAREHOUSE)
        .get("/api/pick-lists?location=NOWHERE")
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/location-not-found"));
    as(WAREHOUSE).get("/api/pick-lists?location=wh;drop").then().statusCode(400);
  }

  // ---- shortfall ------------------------------------------------------------------------------

  @Test
  void aShortLineBecomesABackOrderWithTheStockCorrected() {
    Product p = products.get(3);
    Product whole = products.get(4);
    stockAt(p.code(), 10, "D-01-1");
    stockAt(whole.code(), 10, "D-01-2");
    long id = picking(p.code(), 5, whole.code(), 1);
    JsonPath placed = as(CUSTOMER).get("/api/orders/{id}", id).then().extract().jsonPath();
    long unitPrice = placed.getLong("lines[0].unitPrice");
    long wholeGross = placed.getLong("lines[1].grossAmount");
    long onHand = warehouse(p.code()).getLong("onHand");
    long reserved = warehouse(p.code()).getLong("reserved");

    pick(id, 1, 3);
    pick(id, 2, 1);
    // A short line without a choice is refused, naming the field.
    as(WAREHOUSE)
        .body(Map.of("to", "SHIPPING_INSPECTION"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].name", equalTo("shortfall"));
    as(WAREHOUSE)
        .body(Map.of("to", "SHIPPING_INSPECTION", "shortfall", "SOMETIMES"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(400);
    assertThat(warehouse(p.code()).getLong("onHand")).isEqualTo(onHand);

    move(id, Map.of("to", "SHIPPING_INSPECTION", "shortfall", "BACK_ORDER"));
    // The two units the shelf lacked: written off the count and out of the reservation.
    assertThat(warehouse(p.code()).getLong("onHand")).isEqualTo(onHand - 2);
    assertThat(warehouse(p.code()).getLong("reserved")).isEqualTo(reserved - 2);

    // The customer sees the short line and its back-order; the order bills what ships.
    JsonPath order =
        as(CUSTOMER).get("/api/orders/{id}", id).then().statusCode(200).extract().jsonPath();
    assertThat(order.getString("shortfall")).isEqualTo("BACK_ORDER");
    assertThat(order.getInt("shortLines[0].lineNo")).isEqualTo(1);
    assertThat(order.getInt("shortLines[0].ordered")).isEqualTo(5);
    assertThat(order.getInt("shortLines[0].picked")).isEqualTo(3);
    assertThat(order.getInt("shortLines[0].missing")).isEqualTo(2);
    assertThat(order.getList("shortLines")).hasSize(1);
    long net = unitPrice * 3;
    // VAT: 10 % of the line's net, rounded half-up to the won (PricingRule).
    long gross = net + (net * 10 + 50) / 100;
    assertThat(order.getLong("lines[0].netAmount")).isEqualTo(net);
    assertThat(order.getLong("totals.gross")).isEqualTo(gross + wholeGross);
    long backOrderId = order.getLong("backOrders[0].id");
    assertThat(order.getString("backOrders[0].status")).isEqualTo("BACK_ORDERED");

    JsonPath back =
        as(CUSTOMER)
            .get("/api/orders/{id}", backOrderId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(back.getLong("backOrderOf")).isEqualTo(id);
    assertThat(back.getString("status")).isEqualTo("BACK_ORDERED");
    assertThat(back.getList("lines")).hasSize(1);
    assertThat(back.getString("lines[0].code")).isEqualTo(p.code());
    assertThat(back.getInt("lines[0].quantity")).isEqualTo(2);
    assertThat(back.getLong("lines[0].unitPrice")).isEqualTo(unitPrice);
    assertThat(back.getList("next", String.class))
        .containsExactlyInAnyOrder("RECEIVED", "CANCELLED");
    assertThat(journal(id, "PICKING_SHORTFALL")).hasSize(1);
    assertThat(journal(id, "STOCK_WRITTEN_OFF")).hasSize(1);

    // Inspection and shipment take the three picked units, not five.
    PickingSteps.scanAll(id);
    move(id, Map.of("to", "PACKING"));
    kr.catalog.api.fulfilment.outbound.Outbound.packEverything(id);
    move(id, Map.of("to", "DELIVERY_CLASSIFIED", "region", "서울", "partner", "한진택배"));
    kr.catalog.api.fulfilment.outbound.Outbound.loadEverything(id);
    long beforeLoading = warehouse(p.code()).getLong("onHand");
    long reservedBeforeLoading = warehouse(p.code()).getLong("reserved");
    move(id, Map.of("to", "LOADED"));
    assertThat(warehouse(p.code()).getLong("onHand")).isEqualTo(beforeLoading - 3);
    assertThat(warehouse(p.code()).getLong("reserved")).isEqualTo(reservedBeforeLoading - 3);

    // The back-order reserves when the warehouse takes it in, and is refused while short.
    stockAt(p.code(), 1, null);
    as(WAREHOUSE)
        .body(Map.of("to", "RECEIVED"))
        .post("/api/orders/{id}/transitions", backOrderId)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/out-of-stock"));
    stockAt(p.code(), 5, null);
    long reservedBefore = warehouse(p.code()).getLong("reserved");
    move(backOrderId, Map.of("to", "RECEIVED"));
    assertThat(warehouse(p.code()).getLong("reserved")).isEqualTo(reservedBefore + 2);
  }

  @Test
  void aCancelledShortfallIsDroppedAndTheTotalsCorrected() {
    Product p = products.get(5);
    stockAt(p.code(), 10, "E-01-1");
    long id = picking(p.code(), 4);
    long unitPrice =
        as(CUSTOMER)
            .get("/api/orders/{id}", id)
            .then()
            .extract()
            .jsonPath()
            .getLong("lines[0].unitPrice");
    long onHand = warehouse(p.code()).getLong("onHand");
    long reserved = warehouse(p.code()).getLong("reserved");
    pick(id, 1, 1);
    move(id, Map.of("to", "SHIPPING_INSPECTION", "shortfall", "CANCEL_LINE"));
    assertThat(warehouse(p.code()).getLong("onHand")).isEqualTo(onHand - 3);
    assertThat(warehouse(p.code()).getLong("reserved")).isEqualTo(reserved - 3);
    JsonPath order = as(CUSTOMER).get("/api/orders/{id}", id).then().extract().jsonPath();
    assertThat(order.getString("shortfall")).isEqualTo("CANCEL_LINE");
    assertThat(order.getList("backOrders")).isEmpty();
    assertThat(order.getInt("shortLines[0].missing")).isEqualTo(3);
    assertThat(order.getLong("totals.net")).isEqualTo(unitPrice);
    // A cancelled back-order never held stock: cancelling it releases nothing.
    long other = picking(p.code(), 2);
    pick(other, 1, 1);
    long backOrderId =
        move(other, Map.of("to", "SHIPPING_INSPECTION", "shortfall", "BACK_ORDER"))
            .getLong("backOrders[0].id");
    long reservedNow = warehouse(p.code()).getLong("reserved");
    as(CUSTOMER)
        .body(Map.of("to", "CANCELLED"))
        .post("/api/orders/{id}/transitions", backOrderId)
        .then()
        .statusCode(200);
    assertThat(warehouse(p.code()).getLong("reserved")).isEqualTo(reservedNow);
  }

  // ---- inspection -----------------------------------------------------------------------------

  @Test
  void inspectionScansCodesTypedAnyWayAndRecordsDiscrepancies() {
    Product p = products.get(6);
    Product q = products.get(7);
    Product stranger = products.get(8);
    stockAt(p.code(), 10, "F-01-1");
    stockAt(q.code(), 10, "F-01-2");
    long id = picking(p.code(), 3, q.code(), 1);
    // Scans before inspection are refused.
    as(WAREHOUSE)
        .body(Map.of("code", p.code()))
        .post("/api/orders/{id}/inspection/scans", id)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/not-at-step"));
    pick(id, 1, 3);
    pick(id, 2, 1);
    move(id, Map.of("to", "SHIPPING_INSPECTION"));

    // The barcode, then the code typed in lower case with spaces: both are the first line.
    as(WAREHOUSE)
        .body(Map.of("code", barcodeOf(p)))
        .post("/api/orders/{id}/inspection/scans", id)
        .then()
        .statusCode(200)
        .body("lines[0].scanned", equalTo(1));
    String typed = p.code().toLowerCase(Locale.ROOT).replace("/", " ").replace("-", " ");
    as(WAREHOUSE)
        .body(Map.of("code", typed, "quantity", 2))
        .post("/api/orders/{id}/inspection/scans", id)
        .then()
        .statusCode(200)
        .body("lines[0].scanned", equalTo(3))
        .body("lines[0].matches", equalTo(true))
        .body("complete", equalTo(false));
    // A product not on the order: refused with the product, and recorded.
    as(WAREHOUSE)
        .body(Map.of("code", barcodeOf(stranger)))
        .post("/api/orders/{id}/inspection/scans", id)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/not-on-order"))
        .body("product.code", equalTo(stranger.code()));
    // More than picked: refused and recorded.
    as(WAREHOUSE)
        .body(Map.of("code", p.code()))
        .post("/api/orders/{id}/inspection/scans", id)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/over-scanned"))
        .body("picked", equalTo(3));
    // A code nothing has.
    as(WAREHOUSE)
        .body(Map.of("code", "ZZ-NO-SUCH-9999"))
        .post("/api/orders/{id}/inspection/scans", id)
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/product-not-found"));
    for (String body : List.of("{\"code\":\"\"}", "{\"code\":\"X1\",\"quantity\":0}", "{}")) {
      as(WAREHOUSE).body(body).post("/api/orders/{id}/inspection/scans", id).then().statusCode(400);
    }
    as(CUSTOMER)
        .body(Map.of("code", p.code()))
        .post("/api/orders/{id}/inspection/scans", id)
        .then()
        .statusCode(403);

    JsonPath inspection =
        as(WAREHOUSE)
            .get("/api/orders/{id}/inspection", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(inspection.getList("discrepancies.reason", String.class))
        .containsExactly("NOT_ON_ORDER", "OVER_SCANNED");
    assertThat(inspection.getString("discrepancies[0].product")).isEqualTo(stranger.code());
    assertThat(journal(id, "INSPECTION_DISCREPANCY")).hasSize(2);
    assertThat(journal(id, "CODE_SCANNED")).hasSize(2);

    // The second line is unscanned: finishing is refused, then acknowledged with a note.
    as(WAREHOUSE)
        .body(Map.of("to", "PACKING"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/inspection-mismatch"))
        .body("lines.lineNo", hasItem(2));
    as(WAREHOUSE)
        .body(Map.of("to", "PACKING", "acknowledgeDiscrepancies", true))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(400)
        .body("errors[0].name", equalTo("note"));
    as(ADMIN)
        .body(Map.of("to", "PACKING", "acknowledgeDiscrepancies", true, "note", "라벨 훼손, 육안 확인"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("PACKING"));
    as(WAREHOUSE)
        .get("/api/orders/{id}/inspection", id)
        .then()
        .body("discrepancies[2].reason", equalTo("ACKNOWLEDGED"))
        .body("discrepancies[2].note", containsString("라벨 훼손"));
  }
}
