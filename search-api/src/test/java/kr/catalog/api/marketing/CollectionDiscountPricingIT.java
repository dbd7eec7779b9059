package kr.catalog.api.marketing;

import static kr.catalog.api.marketing.CurationFixtures.END;
import static kr.catalog.api.marketing.CurationFixtures.START;
import static kr.catalog.api.marketing.CurationFixtures.collection;
import static kr.catalog.api.marketing.CurationFixtures.deleteCollection;
import static kr.catalog.api.security.Sessions.CUSTOMER;
import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kr.catalog.api.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A collection's discount on quote lines: only while the collection is active (edges placed on the
 * clock), and combined with promotions by the pricing rule: the largest single discount, never
 * stacked, named on the line.
 */
@QuarkusTest
class CollectionDiscountPricingIT {

  private static final String SLUG = "test-discount-20";

  /** 88,300 won; only this test prices it, never with a promotion. */
  private static final String SCREWDRIVER = "WIH-23-GP";

  /** 236,200 won; only this test prices it, with a 25 % promotion. */
  private static final String SOCKETS = "WIH 43 BX";

  /** 55,300 won; only this test prices it, with a 10 % promotion. */
  private static final String PLIERS = "WIH 89 MF";

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  @Inject TestClock clock;

  @AfterEach
  void cleanUp() {
    clock.reset();
    deleteCollection(SLUG);
  }

  private static JsonPath quote(String code) {
    return as(CUSTOMER)
        .body(Map.of("lines", List.of(Map.of("code", code, "quantity", 1))))
        .post("/api/quotes")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .setRootPath("lines[0]");
  }

  private static void twentyPercentOff(List<String> products) {
    Map<String, Object> body = collection(SLUG, products);
    body.put("type", "DISCOUNT");
    body.put("discountPercent", 20);
    as(MARKETING).body(body).post("/api/collections").then().statusCode(201);
  }

  @Test
  void theDiscountAppliesFromTheStartUntilJustBeforeTheEnd() {
    twentyPercentOff(List.of(SCREWDRIVER));
    record Edge(Instant now, int percent) {}
    for (Edge edge :
        List.of(
            new Edge(START.minusMillis(1), 0),
            new Edge(START, 20),
            new Edge(END.minusMillis(1), 20),
            new Edge(END, 0))) {
      clock.set(edge.now());
      JsonPath line = quote(SCREWDRIVER);
      assertThat(line.getInt("promoPercent")).as("at %s", edge.now()).isEqualTo(edge.percent());
      assertThat(line.getString("promoSource"))
          .isEqualTo(edge.percent() == 0 ? null : "collection:" + SLUG);
    }
    // At START, a GOLD customer: 88,300 - 5% (4,415) = 83,885; - 20% (16,777) = 67,108.
    clock.set(START);
    assertThat(quote(SCREWDRIVER).getLong("unitPrice")).isEqualTo(67_108);
  }

  @Test
  void withAPromotionTheLargerSingleDiscountAppliesNeverBoth() {
    LocalDate from = LocalDate.ofInstant(START, SEOUL);
    LocalDate to = LocalDate.ofInstant(END, SEOUL);
    int small = promotion(PLIERS, 10, from, to);
    int large = promotion(SOCKETS, 25, from, to);
    twentyPercentOff(List.of(PLIERS, SOCKETS));
    clock.set(START.plusSeconds(3600));
    JsonPath pliers = quote(PLIERS);
    assertThat(pliers.getInt("promoPercent")).isEqualTo(20);
    assertThat(pliers.getString("promoSource")).isEqualTo("collection:" + SLUG);
    JsonPath sockets = quote(SOCKETS);
    assertThat(sockets.getInt("promoPercent")).isEqualTo(25);
    assertThat(sockets.getString("promoSource")).isEqualTo("promotion:" + large);
    // After the collection, the promotions alone.
    clock.set(END);
    assertThat(quote(PLIERS).getString("promoSource")).isEqualTo("promotion:" + small);
    assertThat(quote(PLIERS).getInt("promoPercent")).isEqualTo(10);
  }

  private static int promotion(String code, int percent, LocalDate from, LocalDate to) {
    return as(MARKETING)
        .body(
            Map.of(
                "code",
                code,
                "name",
                "테스트 " + percent + "% 할인",
                "percentOff",
                percent,
                "startsOn",
                from.toString(),
                "endsOn",
                to.toString()))
        .post("/api/promotions")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
