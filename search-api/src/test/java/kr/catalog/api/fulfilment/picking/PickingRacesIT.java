package kr.catalog.api.fulfilment.picking;

import static kr.catalog.api.fulfilment.picking.PickingIT.journal;
import static kr.catalog.api.fulfilment.picking.PickingIT.move;
import static kr.catalog.api.fulfilment.picking.PickingIT.pick;
import static kr.catalog.api.fulfilment.picking.PickingIT.picking;
import static kr.catalog.api.fulfilment.picking.PickingIT.stockAt;
import static kr.catalog.api.fulfilment.picking.PickingIT.warehouse;
import static kr.catalog.api.security.Sessions.ADMIN;
import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.WAREHOUSE;
import static kr.catalog.api.security.Sessions.as;
import static kr.catalog.api.security.Sessions.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.order.OrderActivity;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 4 on the real PostgreSQL: two pickers recording one line at once, two scanners
 * racing for an order's last unit, a cancellation racing a pick, and a cancellation racing the end
 * of picking with a shortfall. Each race runs many rounds (a start gate releases the requests
 * together); after each, no stock is lost or doubled and no step is skipped.
 */
@QuarkusTest
class PickingRacesIT {

  private static final int ROUNDS = 8;

  @Inject CatalogView catalog;
  @Inject ObjectMapper json;

  /** Reads the journal's details: the application's strict mapper refuses nulls in a map. */
  private static final ObjectMapper DETAIL = new ObjectMapper();

  @TestHTTPResource("/")
  URI base;

  /** Products of these races: after PickingIT's twelve, so the two never share stock. */
  private Product product(int i) {
    return catalog.allProducts().stream()
        .filter(p -> !p.discontinued() && p.listPrice() > 0)
        .filter(p -> p.identifiers().isEmpty() && !PickingIT.TAKEN.contains(p.codeKey()))
        .sorted(Comparator.comparing(Product::codeKey).reversed())
        .skip(i)
        .findFirst()
        .orElseThrow();
  }

  private record Call(String method, String path, String token, String body) {}

  private record Answer(int status, String body) {}

  private List<Answer> race(List<Call> calls) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<Answer>> futures = new ArrayList<>();
      for (Call c : calls) {
        Callable<Answer> send =
            () -> {
              gate.await();
              HttpRequest request =
                  HttpRequest.newBuilder(base.resolve(c.path()))
                      .timeout(Duration.ofSeconds(60))
                      .header("Content-Type", "application/json")
                      .header("Authorization", "Bearer " + c.token())
                      .method(c.method(), HttpRequest.BodyPublishers.ofString(c.body()))
                      .build();
              HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
              return new Answer(r.statusCode(), r.body());
            };
        futures.add(pool.submit(send));
      }
      gate.countDown();
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private String body(Map<String, Object> value) throws Exception {
    return json.writeValueAsString(value);
  }

  private static String status(long id) {
    return as(WAREHOUSE)
        .get("/api/orders/{id}", id)
        .then()
        .extract()
        .jsonPath()
        .getString("status");
  }

  @Test
  void twoPickersOfOneLineAreAppliedOneAfterTheOther() throws Exception {
    String code = product(0).code();
    stockAt(code, 200, "R-01-1");
    for (int round = 0; round < ROUNDS; round++) {
      long id = picking(code, 4);
      List<Answer> answers =
          race(
              List.of(
                  new Call(
                      "PUT",
                      "api/orders/" + id + "/pick-list/lines/1",
                      token(WAREHOUSE),
                      body(Map.of("picked", 3))),
                  new Call(
                      "PUT",
                      "api/orders/" + id + "/pick-list/lines/1",
                      token(ADMIN),
                      body(Map.of("picked", 4)))));
      assertThat(answers).extracting(Answer::status).as("round %d", round).containsOnly(200);
      List<OrderActivity> picks = journal(id, "LINE_PICKED");
      assertThat(picks).hasSize(2);
      // Serialised: the second saw the first's count (no lost update), and the line holds the
      // second's.
      Map<?, ?> first = DETAIL.readValue(picks.get(0).detail, Map.class);
      Map<?, ?> second = DETAIL.readValue(picks.get(1).detail, Map.class);
      assertThat(first.get("previous")).isNull();
      assertThat(second.get("previous")).isEqualTo(first.get("picked"));
      JsonPath list =
          as(WAREHOUSE).get("/api/orders/{id}/pick-list", id).then().extract().jsonPath();
      assertThat(list.getInt("groups[0].lines[0].picked")).isEqualTo(second.get("picked"));
      // Cancel: the whole reservation goes back whatever was picked.
      long reserved = warehouse(code).getLong("reserved");
      move(id, Map.of("to", "CANCELLED"));
      assertThat(warehouse(code).getLong("reserved")).isEqualTo(reserved - 4);
    }
  }

  @Test
  void twoScannersOfTheLastUnitCountItOnce() throws Exception {
    String code = product(1).code();
    stockAt(code, 200, "R-02-1");
    for (int round = 0; round < ROUNDS; round++) {
      long id = picking(code, 2);
      pick(id, 1, 2);
      move(id, Map.of("to", "SHIPPING_INSPECTION"));
      as(WAREHOUSE)
          .body(Map.of("code", code))
          .post("/api/orders/{id}/inspection/scans", id)
          .then()
          .statusCode(200);
      String scan = body(Map.of("code", code));
      List<Answer> answers =
          race(
              List.of(
                  new Call(
                      "POST", "api/orders/" + id + "/inspection/scans", token(WAREHOUSE), scan),
                  new Call("POST", "api/orders/" + id + "/inspection/scans", token(ADMIN), scan)));
      assertThat(answers)
          .extracting(Answer::status)
          .as("round %d", round)
          .containsExactlyInAnyOrder(200, 409);
      JsonPath inspection =
          as(WAREHOUSE).get("/api/orders/{id}/inspection", id).then().extract().jsonPath();
      assertThat(inspection.getInt("lines[0].scanned")).isEqualTo(2);
      assertThat(inspection.getList("discrepancies.reason", String.class))
          .containsExactly("OVER_SCANNED");
      assertThat(journal(id, "CODE_SCANNED")).hasSize(2);
      move(id, Map.of("to", "PACKING"));
    }
  }

  @Test
  void aCancellationRacingAPickNeitherResurrectsTheOrderNorLosesUnits() throws Exception {
    String code = product(2).code();
    stockAt(code, 200, "R-03-1");
    long onHand = warehouse(code).getLong("onHand");
    long reserved = warehouse(code).getLong("reserved");
    int picksFirst = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long id = picking(code, 3);
      List<Answer> answers =
          race(
              List.of(
                  new Call(
                      "PUT",
                      "api/orders/" + id + "/pick-list/lines/1",
                      token(WAREHOUSE),
                      body(Map.of("picked", 3))),
                  new Call(
                      "POST",
                      "api/orders/" + id + "/transitions",
                      token(COUNSELLOR),
                      body(Map.of("to", "CANCELLED")))));
      // The cancellation always wins its move; the pick either came first or is refused.
      assertThat(answers.get(1).status()).as("round %d cancel", round).isEqualTo(200);
      assertThat(answers.get(0).status()).as("round %d pick", round).isIn(200, 409);
      if (answers.get(0).status() == 200) {
        picksFirst++;
      } else {
        assertThat(answers.get(0).body()).contains("/problems/not-at-step");
      }
      assertThat(status(id)).isEqualTo("CANCELLED");
      // A refused pick left no trace; a pick that came first is journalled once.
      assertThat(journal(id, "LINE_PICKED")).hasSize(answers.get(0).status() == 200 ? 1 : 0);
      assertThat(warehouse(code).getLong("reserved")).as("round %d", round).isEqualTo(reserved);
      assertThat(warehouse(code).getLong("onHand")).as("round %d", round).isEqualTo(onHand);
    }
    // Either order is possible; what matters is the stock after each.
    assertThat(picksFirst).isBetween(0, ROUNDS);
  }

  @Test
  void aCancellationRacingTheEndOfPickingLetsExactlyOneHappen() throws Exception {
    String code = product(3).code();
    stockAt(code, 200, "R-04-1");
    for (int round = 0; round < ROUNDS; round++) {
      long id = picking(code, 3);
      pick(id, 1, 2);
      long onHand = warehouse(code).getLong("onHand");
      long reserved = warehouse(code).getLong("reserved");
      List<Answer> answers =
          race(
              List.of(
                  new Call(
                      "POST",
                      "api/orders/" + id + "/transitions",
                      token(WAREHOUSE),
                      body(Map.of("to", "SHIPPING_INSPECTION", "shortfall", "BACK_ORDER"))),
                  new Call(
                      "POST",
                      "api/orders/" + id + "/transitions",
                      token(COUNSELLOR),
                      body(Map.of("to", "CANCELLED")))));
      assertThat(answers)
          .extracting(Answer::status)
          .as("round %d", round)
          .containsExactlyInAnyOrder(200, 409);
      JsonPath order = as(WAREHOUSE).get("/api/orders/{id}", id).then().extract().jsonPath();
      if (answers.get(0).status() == 200) {
        // Picking finished first: one unit written off, two still reserved, one back-order.
        assertThat(order.getString("status")).isEqualTo("SHIPPING_INSPECTION");
        assertThat(order.getList("backOrders")).hasSize(1);
        assertThat(warehouse(code).getLong("onHand")).isEqualTo(onHand - 1);
        assertThat(warehouse(code).getLong("reserved")).isEqualTo(reserved - 1);
      } else {
        // Cancelled first: the whole reservation released, nothing written off, no back-order.
        assertThat(order.getString("status")).isEqualTo("CANCELLED");
        assertThat(order.getList("backOrders")).isEmpty();
        assertThat(journal(id, "STOCK_WRITTEN_OFF")).isEmpty();
        assertThat(warehouse(code).getLong("onHand")).isEqualTo(onHand);
        assertThat(warehouse(code).getLong("reserved")).isEqualTo(reserved - 3);
      }
    }
  }
}
