package kr.catalog.api.product;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Product pictures of the bundled sample (one drawn picture per family, derived at ingest) as the
 * search and product answers give them: srcset-ready URLs whose files have the pixel sizes the
 * answer states.
 */
@QuarkusTest
class PicturesIT {

  private static BufferedImage fetch(String url) throws Exception {
    byte[] bytes =
        given().get(url).then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }

  @SuppressWarnings("unchecked")
  @Test
  void searchHitsCarryASrcsetWhoseFilesHaveTheStatedSizes() throws Exception {
    List<Map<String, Object>> hits =
        given()
            .queryParam("q", "드릴")
            .queryParam("size", 10)
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .path("hits");
    assertThat(hits).isNotEmpty();
    for (Map<String, Object> hit : hits) {
      Map<String, Object> picture = (Map<String, Object>) hit.get("picture");
      assertThat(picture).as("picture of %s", hit.get("code")).isNotNull();
      String srcset = (String) picture.get("srcset");
      List<String> entries = List.of(srcset.split(",\\s*"));
      assertThat(entries).hasSizeGreaterThanOrEqualTo(3);
      int previous = 0;
      for (String entry : entries) {
        assertThat(entry).matches("/media/pictures/[0-9a-f]{2}/[0-9a-f]{64}-\\d+\\.jpg \\d+w");
        int w = Integer.parseInt(entry.substring(entry.lastIndexOf(' ') + 1, entry.length() - 1));
        assertThat(w).isGreaterThan(previous);
        previous = w;
      }
      assertThat((String) picture.get("src"))
          .isIn(entries.stream().map(e -> e.split(" ")[0]).toList());
    }
    // The files are what the answer says: src at its width and height, each srcset size at its
    // width, all with one aspect ratio.
    Map<String, Object> first = (Map<String, Object>) hits.getFirst().get("picture");
    BufferedImage src = fetch((String) first.get("src"));
    assertThat(src.getWidth()).isEqualTo(first.get("width"));
    assertThat(src.getHeight()).isEqualTo(first.get("height"));
    for (Map<String, Object> size : (List<Map<String, Object>>) first.get("sizes")) {
      BufferedImage img = fetch((String) size.get("url"));
      assertThat(img.getWidth()).isEqualTo(size.get("width"));
      assertThat(img.getHeight()).isEqualTo(size.get("height"));
      assertThat(img.getWidth() * 3).isEqualTo(img.getHeight() * 4);
    }
  }

  @SuppressWarnings("unchecked")
  @Test
  void theProductPageHasTheSamePictureWithAZoomSize() {
    Map<String, Object> hit =
        given()
            .queryParam("q", "스패너")
            .get("/api/search")
            .then()
            .statusCode(200)
            .extract()
            .path("hits[0]");
    Map<String, Object> product =
        given()
            .get("/api/products/{code}", hit.get("code"))
            .then()
            .statusCode(200)
            .extract()
            .path("$");
    List<Map<String, Object>> pictures = (List<Map<String, Object>>) product.get("pictures");
    assertThat(pictures).isNotEmpty();
    assertThat(pictures.getFirst()).isEqualTo(hit.get("picture"));
    Map<String, Object> zoom = (Map<String, Object>) pictures.getFirst().get("zoom");
    assertThat((Integer) zoom.get("width")).isGreaterThanOrEqualTo(1200);
    given()
        .get((String) zoom.get("url"))
        .then()
        .statusCode(200)
        .header("ETag", org.hamcrest.Matchers.notNullValue());
  }
}
