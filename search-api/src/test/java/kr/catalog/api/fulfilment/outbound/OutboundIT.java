package kr.catalog.api.fulfilment.outbound;

import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.OTHER_CUSTOMER;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.catalog.api.order.OrderActivity;
import kr.catalog.api.order.OrderJournal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Packing, classification, loading and tracking on the real PostgreSQL: each step's information and
 * each refusal as problem+json.
 */
@QuarkusTest
class OutboundIT {
  /** 0.946 kg a unit in the sample catalog (무게 spec); used by no other test. */
  private static final String ENDMILL = "BOS1510.90";

  private static final long ENDMILL_G = 946;

  /** 0.193 kg a unit. */
  private static final String DRILL_BIT = "BOS1562.61";

  private static final long DRILL_BIT_G = 193;

  /** 0.275 kg a unit. */
  private static final String LEVEL = "BOS2042.75";

  @Inject OrderJournal journal;
  @Inject ObjectMapper json;

  private static void stocked(String code, int quantity) {
    JsonPath s = as(WAREHOUSE).get("/api/stock/{code}", code).then().extract().jsonPath();
    if (s.getLong("onHand") - s.getLong("reserved") < quantity) {
      as(WAREHOUSE)
          .body(Map.of("onHand", s.getLong("reserved") + 100))
          .put("/api/stock/{code}", code)
          .then()
          .statusCode(200);
    }
  }

  /** A delivery order of these code/quantity pairs, with the optional postal code and address. */
  private static long order(String postalCode, String address, Object... lines) {
    List<Map<String, Object>> l = new java.util.ArrayList<>();
    for (int i = 0; i < lines.length; i += 2) {
      stocked((String) lines[i], (Integer) lines[i + 1]);
      l.add(Map.of("code", lines[i], "quantity", lines[i + 1]));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "WEB");
    body.put("fulfilment", "DELIVERY");
    body.put("lines", l);
    if (postalCode != null) {
      body.put("deliveryPostalCode", postalCode);
    }
    if (address != null) {
      body.put("deliveryAddress", address);
    }
    return as(CUSTOMER)
        .body(body)
        .post("/api/orders")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static JsonPath move(long id, String to, String... details) {
    Map<String, Object> body = new HashMap<>();
    body.put("to", to);
    for (int i = 0; i < details.length; i += 2) {
      body.put(details[i], details[i + 1]);
    }
    return as(WAREHOUSE)
        .body(body)
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(200)
        .body("status", equalTo(to))
        .extract()
        .jsonPath();
  }

  private static void toPacking(long id) {
    move(id, "CONFIRMED");
    move(id, "PICKING", "location", "A-01-1");
    kr.catalog.api.fulfilment.picking.PickingSteps.pickAll(id);
    move(id, "SHIPPING_INSPECTION");
    kr.catalog.api.fulfilment.picking.PickingSteps.scanAll(id);
    move(id, "PACKING");
  }

  private static io.restassured.response.ValidatableResponse pack(
      String user, long id, Map<String, Object> body) {
    return as(user).body(body).post("/api/orders/{id}/packages", id).then();
  }

  private static Map<String, Object> units(int lineNo, int quantity) {
    return Map.of("lineNo", lineNo, "quantity", quantity);
  }

  private List<JsonNode> facts(long orderId, String kind) {
    List<OrderActivity> all = QuarkusTransaction.requiringNew().call(() -> journal.of(orderId));
    return all.stream()
        .filter(a -> a.kind.equals(kind))
        .map(
            a -> {
              try {
                return json.readTree(a.detail);
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            })
        .toList();
  }

  @Test
  void packagesHoldAtMostTheUnitsToShipAndPackingFinishesOnlyWhenAllArePacked() {
    long id = order("06236", null, ENDMILL, 3, DRILL_BIT, 2);
    // Not PACKING yet: a package is refused with the state named.
    pack(WAREHOUSE, id, Map.of("lines", List.of(units(1, 1)), "boxSize", "BOX1"))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/wrong-order-state"))
        .body("status", equalTo("RECEIVED"));
    toPacking(id);
    // The customer may not pack.
    pack(CUSTOMER, id, Map.of("lines", List.of(units(1, 1)), "boxSize", "BOX1")).statusCode(403);
    // Neither a box size nor dimensions: 400 naming boxSize.
    pack(WAREHOUSE, id, Map.of("lines", List.of(units(1, 1))))
        .statusCode(400)
        .body("detail", containsString("boxSize"));
    // A line the order does not have.
    pack(WAREHOUSE, id, Map.of("lines", List.of(units(9, 1)), "boxSize", "BOX1"))
        .statusCode(400)
        .body("detail", containsString("lines[0].lineNo"));

    JsonPath first =
        pack(
                WAREHOUSE,
                id,
                Map.of(
                    "lines",
                    List.of(units(1, 2), units(2, 2)),
                    "lengthMm",
                    300,
                    "widthMm",
                    200,
                    "heightMm",
                    100,
                    "measuredWeightKg",
                    2.4))
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(first.getString("packages[0].number")).isEqualTo(id + "-01");
    // The computed weight is the catalog's: 2 x 0.946 kg + 2 x 0.193 kg, beside the scale's.
    assertThat(first.getDouble("packages[0].computedWeightKg"))
        .isEqualTo((2 * ENDMILL_G + 2 * DRILL_BIT_G) / 1000.0);
    assertThat(first.getDouble("packages[0].measuredWeightKg")).isEqualTo(2.4);
    assertThat(first.getBoolean("complete")).isFalse();

    // Line 1 ships 3; 2 are packed: 2 more are refused, and nothing is packed.
    pack(WAREHOUSE, id, Map.of("lines", List.of(units(1, 2)), "boxSize", "BOX2"))
        .statusCode(409)
        .body("type", equalTo("/problems/packed-beyond-quantity"))
        .body("lineNo", equalTo(1))
        .body("toShip", equalTo(3))
        .body("packed", equalTo(2));
    // Finishing now is refused: one unit of line 1 is in no package.
    as(WAREHOUSE)
        .body(Map.of("to", "DELIVERY_CLASSIFIED"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/units-not-packed"))
        .body("unpacked[0].lineNo", equalTo(1))
        .body("unpacked[0].units", equalTo(1));

    // A second package, removed, and a third: numbers are never reused.
    pack(WAREHOUSE, id, Map.of("lines", List.of(units(1, 1)), "boxSize", "BOX1")).statusCode(201);
    as(WAREHOUSE)
        .delete("/api/orders/{id}/packages/{no}", id, id + "-02")
        .then()
        .statusCode(200)
        .body("packages.number", equalTo(List.of(id + "-01")));
    JsonPath done =
        pack(WAREHOUSE, id, Map.of("lines", List.of(units(1, 1)), "boxSize", "BOX1"))
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(done.getList("packages.number")).containsExactly(id + "-01", id + "-03");
    assertThat(done.getList("packages.index")).containsExactly(1, 2);
    assertThat(done.getList("packages.of")).containsExactly(2, 2);
    assertThat(done.getInt("packages[1].lengthMm")).isEqualTo(220);
    assertThat(done.getBoolean("complete")).isTrue();
    // An unknown package cannot be removed.
    as(WAREHOUSE)
        .delete("/api/orders/{id}/packages/{no}", id, id + "-02")
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/package-not-found"));
    assertThat(facts(id, OutboundKinds.PACKAGE_PACKED)).hasSize(3);
    assertThat(facts(id, OutboundKinds.PACKAGE_REMOVED)).hasSize(1);

    move(id, "DELIVERY_CLASSIFIED");
    // Packed and classified: a package can no longer be removed.
    as(WAREHOUSE)
        .delete("/api/orders/{id}/packages/{no}", id, id + "-03")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/wrong-order-state"));
  }

  @Test
  void theLabelIsAnA6PdfWithTheNumberAsCode128AndTheRecipientInKorean() throws Exception {
    long id = order("04524", "서울특별시 중구 세종대로 110 상공회의소 빌딩 3층", LEVEL, 2);
    toPacking(id);
    String number = Outbound.packEverything(id);
    byte[] pdf =
        as(WAREHOUSE)
            .get("/api/orders/{id}/packages/{no}/label.pdf", id, number)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      // A6: 105 x 148 mm.
      assertThat(doc.getPage(0).getMediaBox().getWidth())
          .isCloseTo(297.6f, org.assertj.core.data.Offset.offset(1f));
      // Words are drawn apart (PdfSheet.text): extraction may or may not put the gaps back.
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text)
          .contains(number)
          .contains("택배송장")
          .contains("데모상사")
          .contains("세종대로110")
          .contains("04524")
          .contains("1/1")
          .contains("0.55kg")
          .contains("수량Qty");
      // The barcode reads back as the package number (what the loading dock scans).
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      BinaryBitmap bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      String decoded =
          new Code128Reader()
              .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
              .getText();
      assertThat(decoded).isEqualTo(number);
    }
    // Another order's package number is unknown on this order; customers print no labels.
    as(WAREHOUSE)
        .get("/api/orders/{id}/packages/{no}/label.pdf", id, "1-01")
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/package-not-found"));
    as(CUSTOMER).get("/api/orders/{id}/packages/{no}/label.pdf", id, number).then().statusCode(403);
  }

  @Test
  void theLongestPrefixIsProposedAndAnOverrideIsJournalledWithTheProposal() {
    // 17345 (Icheon): the 173 rule beats the 17 rule.
    long icheon = order("17345", null, DRILL_BIT, 1);
    toPacking(icheon);
    as(WAREHOUSE)
        .get("/api/orders/{id}/delivery-classification", icheon)
        .then()
        .statusCode(200)
        .body("postalCode", equalTo("17345"))
        .body("proposal.prefix", equalTo("173"))
        .body("proposal.region", equalTo("경기 이천"))
        .body("proposal.partner", equalTo("자사차량"));
    Outbound.packEverything(icheon);
    JsonPath applied = move(icheon, "DELIVERY_CLASSIFIED");
    assertThat(applied.getString("region")).isEqualTo("경기 이천");
    assertThat(applied.getString("deliveryPartner")).isEqualTo("자사차량");
    JsonNode fact = facts(icheon, OutboundKinds.DELIVERY_CLASSIFIED).get(0);
    assertThat(fact.get("overridden").asBoolean()).isFalse();

    // 17012 (Yongin): the 17 rule; the warehouse sends it with 한진 instead.
    long yongin = order("17012", null, DRILL_BIT, 1);
    toPacking(yongin);
    Outbound.packEverything(yongin);
    JsonPath overridden = move(yongin, "DELIVERY_CLASSIFIED", "partner", "한진");
    assertThat(overridden.getString("region")).isEqualTo("경기 남부");
    assertThat(overridden.getString("deliveryPartner")).isEqualTo("한진");
    JsonNode override = facts(yongin, OutboundKinds.DELIVERY_CLASSIFIED).get(0);
    assertThat(override.get("overridden").asBoolean()).isTrue();
    assertThat(override.get("rulePrefix").asText()).isEqualTo("17");
    assertThat(override.get("proposedPartner").asText()).isEqualTo("CJ대한통운");
    assertThat(override.get("partner").asText()).isEqualTo("한진");

    // No postal code given: the one in the address counts (04 -> 서울 도심).
    long seoul = order(null, "서울 중구 세종대로 110 (04524)", DRILL_BIT, 1);
    as(WAREHOUSE)
        .get("/api/orders/{id}/delivery-classification", seoul)
        .then()
        .body("postalCode", equalTo("04524"))
        .body("proposal.region", equalTo("서울 도심"));

    // No rule covers 99xxx: the request must give region and partner.
    long island = order("99001", null, DRILL_BIT, 1);
    toPacking(island);
    Outbound.packEverything(island);
    as(WAREHOUSE)
        .body(Map.of("to", "DELIVERY_CLASSIFIED", "region", "도서 지역"))
        .post("/api/orders/{id}/transitions", island)
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/no-delivery-rule"))
        .body("postalCode", equalTo("99001"));
    move(island, "DELIVERY_CLASSIFIED", "region", "도서 지역", "partner", "롯데");
  }

  @Test
  void aMalformedPostalCodeIsRefusedAtTheEdge() {
    stocked(DRILL_BIT, 1);
    as(CUSTOMER)
        .body(
            Map.of(
                "channel",
                "WEB",
                "fulfilment",
                "DELIVERY",
                "deliveryPostalCode",
                "1234a",
                "lines",
                List.of(Map.of("code", DRILL_BIT, "quantity", 1))))
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("deliveryPostalCode"));
  }

  @Test
  void rulesAreReadAndReplacedByTheWarehouseOnly() {
    List<Map<String, Object>> rules =
        as(WAREHOUSE).get("/api/delivery-rules").then().statusCode(200).extract().path("$");
    assertThat(rules).extracting(r -> r.get("prefix")).contains("01", "173", "63");
    as(CUSTOMER).get("/api/delivery-rules").then().statusCode(403);
    List<Map<String, Object>> more = new java.util.ArrayList<>(rules);
    more.add(Map.of("prefix", "99", "region", "시험 지역", "partner", "롯데"));
    as(ADMIN).body(more).put("/api/delivery-rules").then().statusCode(200);
    try {
      long id = order("99123", null, DRILL_BIT, 1);
      as(WAREHOUSE)
          .get("/api/orders/{id}/delivery-classification", id)
          .then()
          .body("proposal.region", equalTo("시험 지역"));
      // A malformed prefix and a duplicate are refused; the table is unchanged.
      as(ADMIN)
          .body(List.of(Map.of("prefix", "9a", "region", "x", "partner", "y")))
          .put("/api/delivery-rules")
          .then()
          .statusCode(400);
      as(ADMIN)
          .body(List.of(rules.get(0), rules.get(0)))
          .put("/api/delivery-rules")
          .then()
          .statusCode(400)
          .body("detail", containsString("[1].prefix"));
    } finally {
      as(ADMIN).body(rules).put("/api/delivery-rules").then().statusCode(200);
    }
  }

  @Test
  void twoRegistrationsOfOneNewPlateAtOnceGiveOneVehicleAndOnePlateTaken() throws Exception {
    for (int round = 0; round < 6; round++) {
      String plate = "7" + (UUID.randomUUID().getLeastSignificantBits() & 0xFFFF) + "허";
      java.util.concurrent.CyclicBarrier gate = new java.util.concurrent.CyclicBarrier(2);
      java.util.concurrent.Callable<Integer> register =
          () -> {
            gate.await();
            return as(WAREHOUSE)
                .body(
                    Map.of("plate", plate, "kind", "1톤 탑차", "capacityKg", 1000, "partner", "자사차량"))
                .post("/api/vehicles")
                .then()
                .extract()
                .statusCode();
          };
      java.util.concurrent.ExecutorService two =
          java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var a = two.submit(register);
        var b = two.submit(register);
        assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(201, 409);
      } finally {
        two.shutdownNow();
      }
    }
  }

  @Test
  void loadingScansPackagesOntoVehiclesWithinCapacityAndChecksTheLoadedGoods() {
    String plate = "9" + (UUID.randomUUID().getLeastSignificantBits() & 0xFFFF) + "하";
    as(WAREHOUSE)
        .body(Map.of("plate", plate, "kind", "소형 밴", "capacityKg", 3, "partner", "자사차량"))
        .post("/api/vehicles")
        .then()
        .statusCode(201)
        .body("capacityKg", equalTo(3));
    as(WAREHOUSE)
        .body(Map.of("plate", plate, "kind", "소형 밴", "capacityKg", 3, "partner", "자사차량"))
        .post("/api/vehicles")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/plate-taken"));
    as(CUSTOMER).get("/api/vehicles").then().statusCode(403);

    long id = order("06236", null, ENDMILL, 2);
    long other = order("06236", null, DRILL_BIT, 1);
    toPacking(id);
    toPacking(other);
    // Two packages: 1.2 kg measured, and 0.946 kg computed.
    pack(
            WAREHOUSE,
            id,
            Map.of("lines", List.of(units(1, 1)), "boxSize", "BOX1", "measuredWeightKg", 1.2))
        .statusCode(201);
    pack(WAREHOUSE, id, Map.of("lines", List.of(units(1, 1)), "boxSize", "BOX1")).statusCode(201);
    String otherPackage = Outbound.packEverything(other);
    String first = id + "-01";
    String second = id + "-02";

    // Scanning before classification: wrong state.
    scan(id, plate, first).statusCode(409).body("type", equalTo("/problems/wrong-order-state"));
    move(id, "DELIVERY_CLASSIFIED");
    move(other, "DELIVERY_CLASSIFIED");

    scan(id, plate, "999999-01")
        .statusCode(404)
        .body("type", equalTo("/problems/package-not-found"));
    scan(id, "00없음0000", first)
        .statusCode(404)
        .body("type", equalTo("/problems/vehicle-not-found"));
    scan(id, plate, otherPackage)
        .statusCode(409)
        .body("type", equalTo("/problems/package-of-another-order"));
    as(CUSTOMER)
        .body(Map.of("vehicle", plate, "package", first))
        .post("/api/orders/{id}/loading/scans", id)
        .then()
        .statusCode(403);

    scan(id, plate, first).statusCode(200).body("loaded", equalTo(1)).body("expected", equalTo(2));
    // The loaded-goods check: one package is on no vehicle.
    as(WAREHOUSE)
        .body(Map.of("to", "LOADED"))
        .post("/api/orders/{id}/transitions", id)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/packages-not-loaded"))
        .body("missing", equalTo(List.of(second)));
    // The other order's package (0.193 kg) fits: 1.2 + 0.193 <= 3.
    scan(other, plate, otherPackage).statusCode(200);
    // 1.393 kg on board + 0.946 kg fits too; a second vehicle of 3 kg then takes nothing over it.
    scan(id, plate, second).statusCode(200).body("loaded", equalTo(2));
    // Scanning again onto the same vehicle changes nothing.
    scan(id, plate, second).statusCode(200).body("loaded", equalTo(2));
    assertThat(
            as(WAREHOUSE)
                .get("/api/vehicles")
                .then()
                .extract()
                .jsonPath()
                .getDouble("find { it.plate == '" + plate + "' }.loadKg"))
        .isEqualTo(2.339);

    // Over capacity: a 2 kg package of a third order on a vehicle carrying 2.339 kg of 3.
    long heavy = order("06236", null, LEVEL, 1);
    toPacking(heavy);
    pack(
            WAREHOUSE,
            heavy,
            Map.of("lines", List.of(units(1, 1)), "boxSize", "BOX1", "measuredWeightKg", 2.0))
        .statusCode(201);
    move(heavy, "DELIVERY_CLASSIFIED");
    scan(heavy, plate, heavy + "-01")
        .statusCode(409)
        .body("type", equalTo("/problems/vehicle-over-capacity"))
        .body("capacityKg", equalTo(3));

    JsonPath loaded = move(id, "LOADED");
    assertThat(loaded.getString("status")).isEqualTo("LOADED");
    as(WAREHOUSE)
        .get("/api/orders/{id}/loading", id)
        .then()
        .body("vehicles", equalTo(plate))
        .body("packages.vehicle", equalTo(List.of(plate, plate)));
    assertThat(facts(id, OutboundKinds.PACKAGE_LOADED)).hasSize(2);
  }

  private static io.restassured.response.ValidatableResponse scan(
      long id, String plate, String number) {
    return as(WAREHOUSE)
        .body(Map.of("vehicle", plate, "package", number))
        .post("/api/orders/{id}/loading/scans", id)
        .then();
  }

  @Test
  void trackingEventsMakeTheCustomersTimelineAndNeedTheOrderOnItsWay() {
    String plate = "8" + (UUID.randomUUID().getLeastSignificantBits() & 0xFFFF) + "허";
    as(WAREHOUSE)
        .body(Map.of("plate", plate, "kind", "1톤 탑차", "capacityKg", 1000, "partner", "자사차량"))
        .post("/api/vehicles")
        .then()
        .statusCode(201);
    long a = order("04524", null, DRILL_BIT, 1);
    long b = order("04524", null, DRILL_BIT, 1);
    for (long id : List.of(a, b)) {
      toPacking(id);
      Outbound.packEverything(id);
      move(id, "DELIVERY_CLASSIFIED");
      // Not on its way yet: no tracking event.
      as(WAREHOUSE)
          .body(Map.of("place", "본사 물류센터", "text", "출고 대기"))
          .post("/api/orders/{id}/tracking-events", id)
          .then()
          .statusCode(409)
          .body("type", equalTo("/problems/wrong-order-state"));
      Outbound.loadEverything(id, plate);
      move(id, "LOADED");
    }
    move(a, "IN_TRANSIT");
    Instant hub = Instant.now();
    as(WAREHOUSE)
        .body(Map.of("at", hub.toString(), "place", "성수 허브", "text", "성수 허브 도착"))
        .post("/api/orders/{id}/tracking-events", a)
        .then()
        .statusCode(201);
    as(CUSTOMER)
        .body(Map.of("place", "성수 허브", "text", "고객이 쓴 이벤트"))
        .post("/api/orders/{id}/tracking-events", a)
        .then()
        .statusCode(403);
    // The vehicle reports once: both orders on board (one LOADED, one IN_TRANSIT) get it.
    as(WAREHOUSE)
        .body(Map.of("place", "서울 중구", "text", "배송 출발"))
        .post("/api/vehicles/{plate}/positions", plate)
        .then()
        .statusCode(201)
        .body("orders", equalTo(List.of((int) a, (int) b)));
    as(WAREHOUSE)
        .body(Map.of("place", "서울 중구", "text", "배송 출발"))
        .post("/api/vehicles/{plate}/positions", "00없음0000")
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/vehicle-not-found"));

    JsonPath timeline =
        as(CUSTOMER)
            .get("/api/orders/{id}/timeline", a)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> kinds = timeline.getList("kind");
    List<String> texts = timeline.getList("text");
    // Moves and events in one list, by time.
    assertThat(kinds).containsOnly("MOVE", "TRACKING");
    assertThat(texts).contains("성수 허브 도착", "배송 출발");
    assertThat(timeline.getList("to")).contains("RECEIVED", "LOADED", "IN_TRANSIT");
    List<String> at = timeline.getList("at");
    assertThat(at).isSortedAccordingTo(java.util.Comparator.comparing(Instant::parse));
    assertThat(texts.indexOf("성수 허브 도착")).isLessThan(texts.indexOf("배송 출발"));
    assertThat(timeline.getString("find { it.text == '배송 출발' }.vehicle")).isEqualTo(plate);
    assertThat(timeline.getString("find { it.text == '성수 허브 도착' }.place")).isEqualTo("성수 허브");
    // Another company's customer does not see it.
    as(OTHER_CUSTOMER).get("/api/orders/{id}/timeline", a).then().statusCode(404);
  }
}
