package kr.catalog.ingest.pipeline;

import static kr.catalog.ingest.Required.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Catalog;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mappings of the real external data in {@code ../shared/data} (set by surefire as {@code
 * catalog.shared.data}), read where it lies.
 */
class ExternalFeedsIngestTest {
  @TempDir Path out;

  private static Path shared(String folder) {
    String root = System.getProperty("catalog.shared.data");
    Path dir = root == null ? null : Path.of(root, folder);
    require(
        dir != null && Files.isDirectory(dir),
        "real data folder " + folder + " not found under catalog.shared.data=" + root);
    return dir;
  }

  private static Product product(Catalog c, String code) {
    return c.products().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void icecatProductsKeepTheirIdAsCodeAndTheSupplierAsMaker() throws Exception {
    IngestResult r = new IngestPipeline(IngestOptions.of(shared("icecat-chorus"), out)).run();
    Catalog c = r.catalog();

    // 4 zipped files of 5,000 + 5,000 + 5,000 + 4,406 records, every id unique.
    assertThat(r.summary().rowsRead()).isEqualTo(19_406);
    assertThat(c.products()).hasSize(19_406);
    Product toner = product(c, "3920564");
    assertThat(toner.makerId()).isEqualTo("xerox");
    assertThat(toner.family()).isEqualTo("006R90321");
    assertThat(toner.nameEn()).isEqualTo("Xerox 006R90321 toner cartridge Original Black 6 pc(s)");
    assertThat(toner.listPrice()).isEqualTo(69_930L); // 4995 cents = 49.95 USD at 1,400 KRW
    assertThat(toner.releasedOn()).isEqualTo(LocalDate.of(2009, 12, 10));
    assertThat(toner.categoryId()).isEqualTo("icecat");
    assertThat(toner.specs())
        .containsEntry("part number", "006R90321")
        .containsEntry("black toner page yield", "23000")
        .containsEntry("EAN", "0095205603217");
    Product notebook = product(c, "2101957");
    assertThat(notebook.makerId()).isEqualTo("hp");
    assertThat(notebook.specs()).containsEntry("무게", "3.46 kg").containsEntry("width", "396 mm");
    assertThat(notebook.nameEn()).contains("Intel® Core™2 Duo"); // display text keeps ™
    // The judgments file lies in the same folder: reported, not read as products.
    assertThat(r.rejects())
        .extracting(Reject::file, Reject::reason)
        .containsExactly(tuple("judgments-dev.csv", RejectReason.UNSUPPORTED_FORMAT));
  }

  @Test
  void walmartProductsKeepTheirIdAsCodeTheBrandAsMakerAndTheModelAsFamily() throws Exception {
    IngestResult r = new IngestPipeline(IngestOptions.of(shared("walmart-amazon"), out)).run();
    Catalog c = r.catalog();

    assertThat(r.summary().rowsRead()).isEqualTo(2_554);
    // Rows without a brand have no maker, rows priced 0 have no price: both rejected, counted.
    assertThat(r.summary().rejectsByReason())
        .containsEntry(RejectReason.MISSING_FIELD, 133L)
        .containsEntry(RejectReason.INVALID_PRICE, 64L);
    assertThat(c.products()).hasSize(2_554 - 133 - 64);
    Product lamp = product(c, "1");
    assertThat(lamp.makerId()).isEqualTo("epson");
    assertThat(lamp.family()).isEqualTo("ELPLP12");
    assertThat(lamp.specs()).containsEntry("model number", "elplp12");
    assertThat(lamp.identifiers())
        .containsExactly(
            new kr.catalog.model.Identifier(
                kr.catalog.model.Identifier.Kind.MODEL_NUMBER, "elplp12"));
    assertThat(lamp.listPrice()).isEqualTo(614_376L); // 438.84 USD at 1,400 KRW
    assertThat(lamp.categoryId()).isEqualTo("walmart.monitors");
    assertThat(c.categories().stream().filter(x -> x.isTop()).map(x -> x.id()))
        .containsExactly("walmart");
    assertThat(r.rejects())
        .filteredOn(x -> x.reason() == RejectReason.INVALID_PRICE)
        .first()
        .extracting(Reject::file, Reject::line, Reject::field)
        .containsExactly("walmart-products.csv", 35L, "price");
  }
}
