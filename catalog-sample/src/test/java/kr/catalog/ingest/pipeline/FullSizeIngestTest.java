package kr.catalog.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kr.catalog.model.Catalog;
import kr.catalog.sample.CatalogGenerator;
import kr.catalog.sample.GeneratedFeeds;
import kr.catalog.sample.GeneratedFeeds.ExpectedReject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exactness rule at full size: generate 133,323 products with their mess, ingest them, and
 * compare every product and every reject with what the generator encoded. Measured 26 to 65 s on
 * the shared two-core machine, so it runs on request only: {@code ./mvnw -B -pl catalog-ingest
 * verify -Dtest=FullSizeIngestTest -Dcatalog.fullsize=true}. {@link GeneratedFeedsIngestTest}
 * checks the same rule through the same code at sample size on every build; {@code
 * bench/full-ingest.sh} measures time and memory and checks the counts.
 */
@EnabledIfSystemProperty(named = "catalog.fullsize", matches = "true")
class FullSizeIngestTest {
  @TempDir Path dir;

  @Test
  void theFullFeedsIngestToExactlyNineTopCategories1118Makers133323Products() throws Exception {
    GeneratedFeeds g =
        new CatalogGenerator(CatalogGenerator.Size.FULL)
            .generate(dir.resolve("feeds"), Progress.NONE);
    IngestResult r =
        new IngestPipeline(IngestOptions.of(dir.resolve("feeds"), dir.resolve("out"))).run();
    Catalog c = r.catalog();

    assertThat(c.categories().stream().filter(x -> x.isTop()).count()).isEqualTo(9);
    assertThat(c.makers()).hasSize(1_118);
    assertThat(c.products()).hasSize(133_323);
    assertThat(c.products()).isEqualTo(g.products());
    List<ExpectedReject> actual =
        r.rejects().stream()
            .map(x -> new ExpectedReject(x.file(), x.line(), x.field(), x.reason()))
            .toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(g.rejects());
  }
}
