package kr.catalog.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import kr.catalog.ingest.pipeline.Progress;
import kr.catalog.model.Category;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogGeneratorTest {
  @TempDir Path dir;

  @Test
  void theSameSeedWritesTheSameBytes() throws Exception {
    new CatalogGenerator(CatalogGenerator.Size.SAMPLE).generate(dir.resolve("a"), Progress.NONE);
    new CatalogGenerator(CatalogGenerator.Size.SAMPLE).generate(dir.resolve("b"), Progress.NONE);
    for (String f :
        new String[] {
          CatalogGenerator.MAKERS_FILE,
          CatalogGenerator.CATEGORIES_FILE,
          CatalogGenerator.FILE_A,
          CatalogGenerator.FILE_C
        }) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
    }
  }

  @Test
  void anotherSeedWritesOtherProducts() throws Exception {
    GeneratedFeeds a =
        new CatalogGenerator(CatalogGenerator.Size.SAMPLE)
            .generate(dir.resolve("a"), Progress.NONE);
    GeneratedFeeds b =
        new CatalogGenerator(CatalogGenerator.Size.SAMPLE, 7)
            .generate(dir.resolve("b"), Progress.NONE);
    assertThat(b.products()).hasSize(a.products().size()).isNotEqualTo(a.products());
  }

  @Test
  void theSampleCoversAllNineTopsEveryMakerAndTheMessyBoschSpellings() throws Exception {
    GeneratedFeeds g =
        new CatalogGenerator(CatalogGenerator.Size.SAMPLE).generate(dir, Progress.NONE);

    assertThat(g.topCategories()).isEqualTo(9);
    Set<String> tops =
        g.products().stream().map(p -> p.categoryId().substring(0, 2)).collect(Collectors.toSet());
    assertThat(tops).hasSize(9);
    assertThat(g.products().stream().map(Product::makerId).distinct().count()).isEqualTo(36);
    assertThat(g.categories().stream().filter(Category::isTop).map(Category::nameKo))
        .containsExactly("전동공구", "수공구", "측정공구", "절삭공구", "안전용품", "용접기기", "공압/유압", "전기/조명", "소모품");
    String feeds =
        Files.readString(
                dir.resolve(CatalogGenerator.FILE_A), java.nio.charset.StandardCharsets.UTF_8)
            + Files.readString(
                dir.resolve(CatalogGenerator.FILE_C), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(feeds)
        .contains(",보쉬,", "BOSCH", "Bosch Korea (주)", "bosch gmbh", "₩", "원", "kg", "\"");
  }
}
