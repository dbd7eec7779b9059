package kr.catalog.api.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.api.config.CatalogPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The media store over HTTP: caching headers, ranges, 404s and no way out of the store. */
@QuarkusTest
class MediaRoutesIT {
  private static final String CONTENT = "도면 drawing 0123456789";
  private static final String SECRET = "TOP-SECRET-7f3a";

  @Inject CatalogConfig config;

  @BeforeEach
  void putFiles() throws Exception {
    Path media = CatalogPaths.mediaDir(config);
    Files.createDirectories(media.resolve("test"));
    Files.writeString(media.resolve("test/sample.txt"), CONTENT, StandardCharsets.UTF_8);
    // A secret next to the store: must never be reachable through /media/.
    Files.writeString(media.getParent().resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
  }

  @Test
  void fileIsServedWithEtagAndCacheControl() {
    Response response = given().when().get("/media/test/sample.txt");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.asString()).isEqualTo(CONTENT);
    assertThat(response.header("ETag")).isNotBlank();
    assertThat(response.header("Cache-Control")).contains("max-age=3600");
    given()
        .header("If-None-Match", response.header("ETag"))
        .when()
        .get("/media/test/sample.txt")
        .then()
        .statusCode(304);
  }

  @Test
  void rangeRequestsAnswerPartialContent() {
    byte[] bytes = CONTENT.getBytes(StandardCharsets.UTF_8);
    Response response = given().header("Range", "bytes=0-5").when().get("/media/test/sample.txt");
    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(response.header("Content-Range")).isEqualTo("bytes 0-5/" + bytes.length);
    assertThat(response.asByteArray()).containsExactly(java.util.Arrays.copyOfRange(bytes, 0, 6));
  }

  /**
   * What an HTML5 video element relies on: ranges advertised, answered 206 with the video's type,
   * and If-Range honoured (a replaced file is sent whole, never spliced into the old one).
   */
  @Test
  void aVideoIsServedInByteRangesAndIfRangeSendsTheWholeFileWhenItChanged() throws Exception {
    Path media = CatalogPaths.mediaDir(config);
    byte[] video = new byte[4096];
    for (int i = 0; i < video.length; i++) {
      video[i] = (byte) (i * 31);
    }
    Files.write(media.resolve("test/clip.mp4"), video);

    Response whole = given().when().get("/media/test/clip.mp4");
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
    assertThat(whole.contentType()).startsWith("video/mp4");
    String lastModified = whole.header("Last-Modified");
    assertThat(lastModified).isNotBlank();

    Response part =
        given()
            .header("Range", "bytes=1000-1999")
            .header("If-Range", lastModified)
            .when()
            .get("/media/test/clip.mp4");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.header("Content-Range")).isEqualTo("bytes 1000-1999/4096");
    assertThat(part.contentType()).startsWith("video/mp4");
    assertThat(part.asByteArray()).containsExactly(java.util.Arrays.copyOfRange(video, 1000, 2000));

    // A validator of another version (an older date, or a weak ETag): the whole file, 200.
    for (String stale : new String[] {"Tue, 01 Jan 2019 00:00:00 GMT", whole.header("ETag")}) {
      Response full =
          given()
              .header("Range", "bytes=1000-1999")
              .header("If-Range", stale)
              .when()
              .get("/media/test/clip.mp4");
      assertThat(full.statusCode()).as(stale).isEqualTo(200);
      assertThat(full.asByteArray()).as(stale).containsExactly(video);
    }
  }

  @Test
  void missingFileIs404Problem() {
    given()
        .when()
        .get("/media/test/none.png")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void pathTraversalNeverLeavesTheMediaStore() {
    for (String attempt :
        new String[] {
          "/media/../secret.txt",
          "/media/test/../../secret.txt",
          "/media/%2e%2e/secret.txt",
          "/media/test/%2e%2e%2f%2e%2e%2fsecret.txt",
          "/media/..%2fsecret.txt",
          "/media/%252e%252e/secret.txt",
          "/media//etc/passwd",
          "/media/test/..%5c..%5csecret.txt"
        }) {
      Response response = given().urlEncodingEnabled(false).when().get(attempt);
      assertThat(response.statusCode()).as(attempt).isIn(400, 403, 404);
      assertThat(response.asString()).as(attempt).doesNotContain(SECRET).doesNotContain("root:");
    }
  }

  @Test
  void directoriesAreNotListed() {
    given()
        .when()
        .get("/media/test/")
        .then()
        .statusCode(404)
        .body(not(containsString("sample.txt")));
  }
}
