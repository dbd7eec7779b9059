package kr.catalog.search.contract;

import static kr.catalog.search.contract.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Catalog;
import kr.catalog.model.Identifier;
import kr.catalog.model.Identifier.Kind;
import kr.catalog.model.Product;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every identifier of a product (catalog code, model number, supplier code, barcode) found by
 * lookup and by search typed any way, and the lookup saying which one matched; on every backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IdentifierLookupContract {

  static final Product DRILL =
      DRILL_BOSCH.withIdentifiers(
          List.of(
              new Identifier(Kind.MODEL_NUMBER, "0601-1A7-000"),
              new Identifier(Kind.SUPPLIER_CODE, "HB-0042"),
              new Identifier(Kind.BARCODE, "8801234567893")));
  static final Product LAMP =
      product(
              "LMP-2001",
              "LMP2001",
              "LMP2001",
              "프로젝터 램프",
              "Projector lamp",
              BOSCH,
              DRILLS,
              50_000,
              "JP",
              "Epson",
              false,
              false,
              false,
              Map.of(),
              LocalDate.of(2023, 1, 1))
          .withIdentifiers(
              List.of(
                  new Identifier(Kind.MODEL_NUMBER, "ELP-LP12"),
                  new Identifier(Kind.BARCODE, "036000291452")));

  /** A catalog code that begins like the lamp's model number: must not beat it when exact. */
  static final Product LAMP_LONGER_CODE =
      product(
          "ELPLP120",
          "ELPLP120",
          "ELPLP120",
          "프로젝터 램프 신형",
          "Projector lamp new",
          BOSCH,
          DRILLS,
          60_000,
          "JP",
          "Epson",
          false,
          false,
          false,
          Map.of(),
          LocalDate.of(2024, 1, 1));

  protected SearchBackend backend;

  /** A fresh, empty backend. */
  protected abstract SearchBackend createBackend() throws Exception;

  @BeforeAll
  void index() throws Exception {
    List<Product> products = new ArrayList<>();
    for (Product p : PRODUCTS) {
      products.add(p.codeKey().equals(DRILL.codeKey()) ? DRILL : p);
    }
    products.add(LAMP);
    products.add(LAMP_LONGER_CODE);
    backend = createBackend();
    backend.replaceCatalog(
        new Catalog(
            "identifiers-1",
            CATALOG.makers(),
            CATALOG.categories(),
            products,
            CATALOG.assets(),
            CATALOG.bookPages()),
        SIGNALS);
  }

  @AfterAll
  void close() {
    if (backend != null) {
      backend.close();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "0601-1A7-000, GSB13RE, MODEL_NUMBER, 0601-1A7-000",
    "06011a7000, GSB13RE, MODEL_NUMBER, 0601-1A7-000",
    "0601 1A7 000, GSB13RE, MODEL_NUMBER, 0601-1A7-000",
    "hb0042, GSB13RE, SUPPLIER_CODE, HB-0042",
    "HB 0042, GSB13RE, SUPPLIER_CODE, HB-0042",
    "880-1234-567893, GSB13RE, BARCODE, 8801234567893",
    "8801234567893, GSB13RE, BARCODE, 8801234567893",
    "elp lp12, LMP2001, MODEL_NUMBER, ELP-LP12",
    "ELP.LP.12, LMP2001, MODEL_NUMBER, ELP-LP12",
    // The UPC-A as a 13-digit EAN (a scanner's leading zero): the same number.
    "0036000291452, LMP2001, BARCODE, 036000291452",
    "gsb-13-re, GSB13RE, CATALOG_CODE, GSB 13 RE"
  })
  void aLookupFindsEveryIdentifierTypedAnyWayAndSaysWhichMatched(
      String typed, String codeKey, Kind kind, String value) {
    List<LookupQuery.Hit> hits = backend.lookup(new LookupQuery(typed, null, 10));
    assertThat(hits).isNotEmpty();
    LookupQuery.Hit first = hits.get(0);
    assertThat(first.product().codeKey()).isEqualTo(codeKey);
    assertThat(first.match()).isEqualTo(LookupQuery.Match.EXACT);
    assertThat(first.matchedIdentifier()).isEqualTo(new Identifier(kind, value));
  }

  @Test
  void aPrefixOfAModelNumberFindsItAndTheCodesThatBeginSo() {
    List<LookupQuery.Hit> hits = backend.lookup(new LookupQuery("elp-lp1", null, 10));
    assertThat(hits)
        .extracting(
            h -> h.product().codeKey(), LookupQuery.Hit::match, h -> h.matchedIdentifier().kind())
        .containsExactlyInAnyOrder(
            org.assertj.core.api.Assertions.tuple(
                "LMP2001", LookupQuery.Match.PREFIX, Kind.MODEL_NUMBER),
            org.assertj.core.api.Assertions.tuple(
                "ELPLP120", LookupQuery.Match.PREFIX, Kind.CATALOG_CODE));
  }

  @Test
  void anExactModelNumberRanksAboveACatalogCodeThatOnlyBeginsWithIt() {
    assertThat(backend.lookup(new LookupQuery("ELPLP12", null, 10)))
        .extracting(h -> h.product().codeKey())
        .startsWith("LMP2001", "ELPLP120");
  }

  @Test
  void anInfixOfAModelNumberFindsIt() {
    LookupQuery.Hit hit = backend.lookup(new LookupQuery("1a7", null, 10)).get(0);
    assertThat(hit.product().codeKey()).isEqualTo("GSB13RE");
    assertThat(hit.match()).isEqualTo(LookupQuery.Match.INFIX);
    assertThat(hit.matchedIdentifier().kind()).isEqualTo(Kind.MODEL_NUMBER);
  }

  @ParameterizedTest
  @CsvSource({
    "elp lp12, LMP2001",
    "ELP-LP12, LMP2001",
    "8801234567893, GSB13RE",
    "0601 1a7 000, GSB13RE",
    "hb-0042, GSB13RE"
  })
  void theSearchFindsEveryIdentifierFirst(String typed, String codeKey) {
    SearchResult r =
        backend.search(new SearchQuery.Builder(typed).page(SearchQuery.Page.first(10)).build());
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits().get(0).codeKey()).isEqualTo(codeKey);
  }

  @Test
  void aMakersProductsNameNoIdentifier() {
    assertThat(backend.lookup(new LookupQuery("", "bosch", 10)))
        .allSatisfy(h -> assertThat(h.matchedIdentifier()).isNull());
  }
}
