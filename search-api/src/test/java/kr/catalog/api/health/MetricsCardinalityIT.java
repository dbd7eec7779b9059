package kr.catalog.api.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile or merely varied spellings of paths must not create one metrics series each: Micrometer
 * stops registering new URI series at its cap (100), after which real endpoints lose their metrics.
 * Every route's URI tag is a template, unknown paths share one bucket.
 */
@QuarkusTest
class MetricsCardinalityIT {

  private static final Pattern URI_TAG =
      Pattern.compile(
          "^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"", Pattern.MULTILINE);

  private static final String MEDIA = "/media/";

  /**
   * More than the platform's routes (about 60 templates with the UI's files one per kind), a fifth
   * of Micrometer's cap of 100 left free, far fewer than the 500 distinct paths sent.
   */
  private static final int MAX_SERIES = 80;

  @Test
  void distinctMediaPathsProductCodesAndUnknownPathsKeepTheUriTagsBounded() {
    // The media files the API itself links to: each page image and thumbnail of every e-book.
    Set<String> files = new TreeSet<>();
    for (String book :
        given()
            .get("/api/ebooks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("id", String.class)) {
      JsonPath strip =
          given().get("/api/ebooks/{id}", book).then().statusCode(200).extract().jsonPath();
      files.addAll(strip.getList("pages.thumbnailUrl", String.class));
      for (int index : strip.getList("pages.index", Integer.class)) {
        files.add(
            given()
                .get("/api/ebooks/{id}/pages/{n}", book, index)
                .then()
                .statusCode(200)
                .extract()
                .path("imageUrl"));
      }
    }
    files.removeIf(url -> url == null || !url.startsWith(MEDIA));
    assertThat(files).as("media files of the sample catalog").hasSizeGreaterThan(20);
    int answered = 0;
    for (String url : files) {
      String file = url.substring(MEDIA.length());
      // Each real file, and other spellings of it that the server resolves to the same file.
      for (String spelling : List.of(file, "./" + file, "x/../" + file)) {
        if (given().get(MEDIA + spelling).statusCode() == 200) {
          answered++;
        }
      }
    }
    assertThat(answered).as("media answers").isGreaterThanOrEqualTo(files.size());
    for (int i = 0; i < 100; i++) {
      given().get("/media/no-such-" + i + ".png");
      given().get("/api/products/NO-SUCH-" + i);
      given().get("/api/collections/no-such-" + i);
      given().get("/api/ebooks/no-such-" + i + "/pages/" + i);
      given().get("/api/nothing-here-" + i);
      given().get("/nothing-here-" + i + ".html");
    }
    // A real endpoint, asked after all of the above, must still be measured under its template.
    given().get("/api/search?q=drill").then().statusCode(200);

    Set<String> uris =
        uriTags(given().get("/q/metrics").then().statusCode(200).extract().asString());

    assertThat(uris).as("URI series: %s", uris).hasSizeLessThanOrEqualTo(MAX_SERIES);
    assertThat(uris)
        .contains("/api/search", "/api/products/{code}", "/api/collections/{slug}")
        .noneMatch(uri -> uri.matches(".*\\d{2,}.*"));
  }

  private static Set<String> uriTags(String metrics) {
    Set<String> uris = new TreeSet<>();
    Matcher matcher = URI_TAG.matcher(metrics);
    while (matcher.find()) {
      uris.add(matcher.group(1));
    }
    return uris;
  }
}
