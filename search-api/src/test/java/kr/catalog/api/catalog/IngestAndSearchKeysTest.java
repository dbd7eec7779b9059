package kr.catalog.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import kr.catalog.ingest.normalize.MakerDirectory;
import kr.catalog.ingest.normalize.ProductCodes;
import kr.catalog.model.Catalog;
import kr.catalog.model.Maker;
import kr.catalog.search.analysis.CodeForms;
import kr.catalog.search.model.CatalogModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ingest and search agree on the keys, through each side's own entry point: the code key ingest
 * stores ({@link ProductCodes#requireKey}) is the key search makes of the same text typed by a
 * counsellor ({@link CodeForms#normalize}), and the maker ingest resolves a spelling to ({@link
 * MakerDirectory#require}) is the maker search finds first for that spelling typed in the maker
 * filter. The cases are the tricky ones both modules' tests use. Here because this module sees both
 * catalog-ingest (test scope) and the indexer.
 */
class IngestAndSearchKeysTest {
  private static final Maker BOSCH = new Maker("bosch", "보쉬", "Bosch", List.of("Robert Bosch"));
  private static final Maker MAKITA = new Maker("makita", "마끼다", "Makita", List.of("마키타"));
  private static final Maker THREE_M = new Maker("3m", "쓰리엠", "3M", List.of("한국쓰리엠"));
  private static final Maker BLACK_DECKER =
      new Maker("black-decker", "블랙앤데커", "Black & Decker", List.of());
  private static final List<Maker> MAKERS = List.of(BOSCH, MAKITA, THREE_M, BLACK_DECKER);

  static Stream<String> codes() {
    return Stream.of(
        "GSB 13 RE",
        "gsb-13-re",
        "GSB_13RE",
        "GSB.13.RE",
        "GSB/13/RE",
        "gsb13re",
        "ＧＳＢ１３ＲＥ",
        " GSB 13  RE ",
        "GSB-13RE",
        "gsb.13/re",
        "GSB–13_RE",
        "GSB·13RE",
        "dhp-481z",
        "ＴＣ４０１２.０５",
        "가-12");
  }

  @ParameterizedTest
  @MethodSource("codes")
  void aCodeTypedAnyWayMeetsTheKeyIngestStored(String form) {
    assertThat(CodeForms.normalize(form)).isEqualTo(ProductCodes.requireKey(form));
  }

  static Stream<String> makerSpellings() {
    return Stream.of(
        "보쉬",
        "BOSCH",
        "Bosch Korea (주)",
        "bosch gmbh",
        "Bosch Co., Ltd.",
        "(주)보쉬",
        "㈜보쉬",
        "보쉬 주식회사",
        "주식회사보쉬",
        "보쉬코리아",
        "  Ｂｏｓｃｈ  ",
        "Robert Bosch",
        "ROBERT BOSCH GMBH",
        "마키타",
        "한국쓰리엠",
        "3M Korea",
        "Black & Decker",
        "blackdecker");
  }

  @ParameterizedTest
  @MethodSource("makerSpellings")
  void aMakerTypedAsASupplierSpelledItFindsTheMakerIngestResolved(String spelling) {
    String ingested = new MakerDirectory(MAKERS).require(spelling).id();
    CatalogModel search =
        CatalogModel.of(new Catalog("keys", MAKERS, List.of(), List.of(), List.of(), List.of()));
    assertThat(search.makerDirectory().match(spelling, 5))
        .first()
        .satisfies(m -> assertThat(m.maker().id()).isEqualTo(ingested));
  }
}
