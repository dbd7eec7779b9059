package kr.catalog.api.quote;

import static kr.catalog.api.security.Sessions.COUNSELLOR;
import static kr.catalog.api.security.Sessions.OTHER_CUSTOMER;
import static kr.catalog.api.security.Sessions.as;
import static kr.catalog.api.security.Sessions.companyOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * What a customer sees of the staff who worked on their quote and order is a display name, never a
 * log-in name (half of what a password guess needs): the quote's {@code createdBy}, its PDF, the
 * order's {@code placedBy} and the timeline.
 */
@QuarkusTest
class StaffNamesToCustomersIT {

  /** The counsellor's log-in name and display name (DemoSeeder). */
  private static final String LOGIN = "counsellor";

  private static final String DISPLAY = "박상담";

  @Test
  void aCustomerSeesTheCounsellorsDisplayNameOnQuotePdfAndOrder() throws IOException {
    long company = companyOf(OTHER_CUSTOMER);
    long quote =
        ((Number)
                as(COUNSELLOR)
                    .body(Map.of("customerId", company, "pasted", "BL1611 2"))
                    .post("/api/quotes")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"))
            .longValue();

    String quoteJson =
        as(OTHER_CUSTOMER).get("/api/quotes/" + quote).then().statusCode(200).extract().asString();
    assertThat(
            as(OTHER_CUSTOMER)
                .get("/api/quotes/" + quote)
                .then()
                .extract()
                .path("createdBy")
                .toString())
        .isEqualTo(DISPLAY);
    assertThat(quoteJson).doesNotContain("\"" + LOGIN + "\"");

    byte[] pdf =
        as(OTHER_CUSTOMER)
            .get("/api/quotes/" + quote + "/pdf")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains(DISPLAY).doesNotContain("by " + LOGIN);
    }

    long order =
        ((Number)
                as(COUNSELLOR)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("channel", "PHONE", "fulfilment", "PICKUP"))
                    .post("/api/quotes/" + quote + "/order")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"))
            .longValue();
    String orderJson =
        as(OTHER_CUSTOMER).get("/api/orders/" + order).then().statusCode(200).extract().asString();
    assertThat(orderJson).contains(DISPLAY).doesNotContain("\"" + LOGIN + "\"");
  }
}
