package kr.catalog.search.contract;

import static kr.catalog.search.contract.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.catalog.model.Catalog;
import kr.catalog.model.Product;
import kr.catalog.search.Curation;
import kr.catalog.search.Curation.CuratedCollection;
import kr.catalog.search.Curation.Merchandising;
import kr.catalog.search.Curation.Merchandising.Pin;
import kr.catalog.search.Facet;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchQuery.Flag;
import kr.catalog.search.SearchQuery.Page;
import kr.catalog.search.SearchQuery.Sort;
import kr.catalog.search.SearchResult;
import kr.catalog.search.SearchResult.FacetValue;
import kr.catalog.search.Suggestions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour of every search backend, on the named fixture catalog. A subclass supplies the
 * backend; a behaviour is done when every subclass passes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchBackendContract {

  protected SearchBackend backend;

  /** A fresh, empty backend. */
  protected abstract SearchBackend createBackend() throws Exception;

  @BeforeAll
  void indexFixtures() throws Exception {
    backend = createBackend();
    backend.replaceCatalog(CATALOG, SIGNALS);
  }

  @AfterAll
  void closeBackend() {
    if (backend != null) {
      backend.close();
    }
  }

  private static SearchQuery.Builder query(String text) {
    return new SearchQuery.Builder(text);
  }

  private static List<String> keys(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::codeKey).toList();
  }

  private static String key(Product p) {
    return p.codeKey();
  }

  @Test
  void countsSearchableProductsWithoutDiscontinued() {
    assertThat(backend.count()).isEqualTo(PRODUCTS.size() - 1);
    assertThat(backend.health().up()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GSB-13RE", "gsb13re", "GSB 13 RE", "gsb 13re"})
  void findsAProductByItsCodeTypedAnyWay(String typed) {
    SearchResult result = backend.search(SearchQuery.text(typed));
    // The exact code key outranks products sharing only words of it (GSB, 13).
    assertThat(keys(result)).first().isEqualTo(key(DRILL_BOSCH));
  }

  @Test
  void findsAProductByAnInnerPartOfItsCode() {
    assertThat(keys(backend.search(SearchQuery.text("13RE")))).containsExactly(key(DRILL_BOSCH));
  }

  @Test
  void findsDrillsInsideKoreanCompounds() {
    // 드릴 is the head of the compounds 전동드릴 and 충전드릴; the discontinued GSB 13 stays out.
    // Every drill has 드릴 once in its name: the shorter name scores higher (BM25 length norm).
    // Bosung's name has no English part; Makita's has one word less than Bosch's; 충전드릴 occurs
    // once in the catalog, so it is not a dictionary compound and adds only its two parts, one
    // term less than 전동드릴 with its compound term.
    assertThat(keys(backend.search(SearchQuery.text("드릴"))))
        .containsExactly(
            key(DRILL_BOSUNG), key(DRILL_MAKITA), key(DRILL_BOSCH_18V), key(DRILL_BOSCH));
  }

  @Test
  void findsByMakerAliasAndEnglishName() {
    List<String> bosch =
        List.of(key(DRILL_BOSCH), key(DRILL_BOSCH_18V), key(GRINDER_BOSCH), key(GRINDER_BOSCH_125));
    assertThat(keys(backend.search(SearchQuery.text("봇슈"))))
        .containsExactlyInAnyOrderElementsOf(bosch);
    assertThat(keys(backend.search(SearchQuery.text("bosch"))))
        .containsExactlyInAnyOrderElementsOf(bosch);
    assertThat(keys(backend.search(SearchQuery.text("마키타")))).containsExactly(key(DRILL_MAKITA));
  }

  @Test
  void findsAMakersProductsByInitialConsonantsInFreeText() {
    // ㅁㄲㄷ are the initials of 마끼다; with a product word both must match.
    assertThat(keys(backend.search(SearchQuery.text("ㅁㄲㄷ")))).containsExactly(key(DRILL_MAKITA));
    assertThat(keys(backend.search(SearchQuery.text("ㄷㅇㅌ 그라인더"))))
        .containsExactly(key(GRINDER_DEWALT));
  }

  @Test
  void makerAndProductWordsTogetherRankTheMakersProductFirst() {
    SearchResult result = backend.search(SearchQuery.text("마끼다 드릴"));
    // Both words must match (two-word query): only Makita's drill has both.
    assertThat(keys(result)).containsExactly(key(DRILL_MAKITA));
  }

  @Test
  void searchesTheTextOfManuals() {
    assertThat(keys(backend.search(SearchQuery.text("콘크리트")))).containsExactly(key(DRILL_BOSCH));
  }

  @Test
  void highlightsMatchedWordsInTheName() {
    SearchResult result = backend.search(SearchQuery.text("그라인더 디월트"));
    assertThat(result.hits()).hasSize(1);
    assertThat(result.hits().get(0).highlights().get("name"))
        .containsExactly("<em>디월트</em> 앵글 <em>그라인더</em> DWE8100S");
  }

  @Test
  void facetsAreDisjunctiveAndCountZerosDeliberately() {
    SearchResult result = backend.search(query("").makers("bosch").build());
    assertThat(result.total()).isEqualTo(4);
    // Maker counts ignore the maker selection: every maker with products stays visible.
    assertThat(result.facets().get(Facet.MAKER))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            tuple("bosch", 4L),
            tuple("3m", 1L),
            tuple("bosung", 1L),
            tuple("catalog-pb", 1L),
            tuple("dewalt", 1L),
            tuple("makita", 1L));
    // Category counts respect the maker filter; top categories stay with 0, deeper ones only
    // when counted.
    assertThat(result.facets().get(Facet.CATEGORY))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            tuple("01", 4L),
            tuple("01.01", 2L),
            tuple("01.02", 2L),
            tuple("02", 0L),
            tuple("03", 0L));
    assertThat(result.facets().get(Facet.FLAG))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            tuple("new", 2L), tuple("discount", 0L), tuple("pb", 0L), tuple("in_stock", 0L));
    assertThat(result.facets().get(Facet.ORIGIN))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("CN", 2L), tuple("DE", 1L), tuple("MY", 1L));
  }

  @Test
  void aSelectedValueWithNoMatchesStaysInItsFacetWithZero() {
    SearchResult result = backend.search(query("그라인더").makers("stanley").build());
    assertThat(result.total()).isZero();
    assertThat(result.facets().get(Facet.MAKER))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("bosch", 2L), tuple("dewalt", 1L), tuple("stanley", 0L));
  }

  @Test
  void aTickedFlagKeepsItsCountAndOthersShowWhatTickingThemGives() {
    SearchResult result = backend.search(query("").flags(Flag.IN_STOCK).build());
    assertThat(keys(result)).containsExactly(key(DRILL_MAKITA), key(GLASSES_3M));
    assertThat(result.facets().get(Facet.FLAG))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            tuple("new", 0L), tuple("discount", 1L), tuple("pb", 0L), tuple("in_stock", 2L));
  }

  @Test
  void filtersOnACategorySubtreeAndPriceRange() {
    SearchResult result =
        backend.search(
            query("")
                .categories("01")
                .priceMin(60_000L)
                .priceMax(80_000L)
                .sort(Sort.PRICE_ASC)
                .build());
    assertThat(keys(result))
        .containsExactly(
            key(GRINDER_BOSCH), key(GRINDER_DEWALT), key(GRINDER_BOSCH_125), key(DRILL_MAKITA));
    // Price statistics ignore the price filter but respect the category filter.
    assertThat(result.price().min()).isEqualTo(39_000L);
    assertThat(result.price().max()).isEqualTo(259_000L);
    assertThat(result.price().histogram())
        .extracting(b -> b.from(), b -> b.count())
        .containsExactly(
            tuple(20_000L, 1L), tuple(50_000L, 5L), tuple(100_000L, 0L), tuple(200_000L, 1L));
  }

  @Test
  void filtersOnOriginAndBrandWithDisjunctiveCounts() {
    SearchResult result = backend.search(query("").origins("CN").brands("Bosch").build());
    // Bosch-branded products made in China: the two GWS 750 grinders.
    assertThat(keys(result)).containsExactly(key(GRINDER_BOSCH), key(GRINDER_BOSCH_125));
    // Origin counts ignore the origin filter but keep the brand filter: Bosch by country.
    assertThat(result.facets().get(Facet.ORIGIN))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("CN", 2L), tuple("DE", 1L), tuple("MY", 1L));
    // Brand counts ignore the brand filter but keep the origin filter: made in China by brand.
    assertThat(result.facets().get(Facet.BRAND))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("Bosch", 2L), tuple("DeWalt", 1L));
  }

  @Test
  void sortsByPriceAndNewest() {
    assertThat(keys(backend.search(query("").categories("02").sort(Sort.PRICE_DESC).build())))
        .containsExactly(key(GLASSES_3M), key(GLASSES_PB));
    assertThat(keys(backend.search(query("").categories("01.02").sort(Sort.NEWEST).build())))
        // Same release day: the code key decides.
        .containsExactly(key(GRINDER_BOSCH), key(GRINDER_BOSCH_125), key(GRINDER_DEWALT));
  }

  @Test
  void pagesWithACursorWithoutGapsOrRepeats() {
    SearchResult first = backend.search(query("").sort(Sort.PRICE_ASC).page(Page.first(4)).build());
    assertThat(first.total()).isEqualTo(9);
    assertThat(keys(first))
        .containsExactly(key(GLASSES_PB), key(GLASSES_3M), key(DRILL_BOSUNG), key(GRINDER_BOSCH));
    SearchResult second =
        backend.search(
            query("").sort(Sort.PRICE_ASC).page(Page.after(first.nextCursor(), 4)).build());
    assertThat(keys(second))
        .containsExactly(
            key(GRINDER_DEWALT), key(GRINDER_BOSCH_125), key(DRILL_MAKITA), key(DRILL_BOSCH));
    SearchResult third =
        backend.search(
            query("").sort(Sort.PRICE_ASC).page(Page.after(second.nextCursor(), 4)).build());
    assertThat(keys(third)).containsExactly(key(DRILL_BOSCH_18V));
    assertThat(third.nextCursor()).isNull();
  }

  @Test
  void refusesDeepOffsetsAndForeignCursors() {
    assertThatThrownBy(() -> new Page(990, 20, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> query("").priceMin(10L).priceMax(5L).build())
        .isInstanceOf(IllegalArgumentException.class);
    SearchResult first = backend.search(query("").sort(Sort.PRICE_ASC).page(Page.first(2)).build());
    assertThatThrownBy(
            () ->
                backend.search(
                    query("").sort(Sort.NEWEST).page(Page.after(first.nextCursor(), 2)).build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- typo tolerance (issue 19): jamo edits in Korean, letter edits in Latin ----------------

  private static final List<String> BOSCH_SEARCHABLE =
      List.of(key(DRILL_BOSCH), key(DRILL_BOSCH_18V), key(GRINDER_BOSCH), key(GRINDER_BOSCH_125));

  /** The search of the text as typed and the search of its correction, side by side. */
  private void assertCorrected(String typed, String ran, List<String> expected) {
    SearchResult result = backend.search(SearchQuery.text(typed));
    assertThat(result.correctedFrom()).isEqualTo(typed);
    assertThat(result.query()).isEqualTo(ran);
    assertThat(result.didYouMean()).isNull();
    assertThat(keys(result)).containsExactlyInAnyOrderElementsOf(expected);
    // The answer is the corrected query's own answer: same hits, same order, same total.
    SearchResult direct = backend.search(SearchQuery.text(ran));
    assertThat(keys(result)).containsExactlyElementsOf(keys(direct));
    assertThat(result.total()).isEqualTo(direct.total());
  }

  @Test
  void aWrongJamoIsCorrected() {
    // 디윌트: ㅝ typed as ㅟ, one jamo.
    assertCorrected("디윌트", "디월트", List.of(key(GRINDER_DEWALT)));
  }

  @Test
  void aMissingJamoIsCorrected() {
    // 보아녕: the initial ㄱ of 경 left out, so the input method joined ㄴ to the next syllable.
    assertCorrected("보아녕", "보안경", List.of(key(GLASSES_3M), key(GLASSES_PB)));
  }

  @Test
  void anExtraJamoIsCorrected() {
    // 망끼다: an extra final ㅇ under 마.
    assertCorrected("망끼다", "마끼다", List.of(key(DRILL_MAKITA)));
  }

  @Test
  void aDroppedFinalConsonantIsCorrectedInAMultiWordQuery() {
    // 그라이더: the 받침 ㄴ of 인 dropped; 보쉬 is a catalog word and stays.
    assertCorrected("보쉬 그라이더", "보쉬 그라인더", List.of(key(GRINDER_BOSCH), key(GRINDER_BOSCH_125)));
  }

  @Test
  void aDroppedSyllableIsCorrected() {
    // 그라더: the whole syllable 인 left out, three jamo, beyond the jamo bound.
    assertCorrected(
        "그라더", "그라인더", List.of(key(GRINDER_BOSCH), key(GRINDER_BOSCH_125), key(GRINDER_DEWALT)));
    assertCorrected("보쉬 그라더", "보쉬 그라인더", List.of(key(GRINDER_BOSCH), key(GRINDER_BOSCH_125)));
  }

  @Test
  void anExtraOrSwappedSyllableIsCorrected() {
    assertCorrected("보안안경", "보안경", List.of(key(GLASSES_3M), key(GLASSES_PB)));
    assertCorrected("월디트", "디월트", List.of(key(GRINDER_DEWALT)));
  }

  @Test
  void latinTyposAreCorrectedByLetterEdits() {
    assertCorrected("bosh", "bosch", BOSCH_SEARCHABLE);
    assertCorrected("makitta", "makita", List.of(key(DRILL_MAKITA)));
    // A swap of neighbours is one edit.
    assertCorrected("mkaita", "makita", List.of(key(DRILL_MAKITA)));
    assertCorrected(
        "grindr",
        "grinder",
        List.of(key(GRINDER_BOSCH), key(GRINDER_BOSCH_125), key(GRINDER_DEWALT)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"그라인더", "드릴", "보쉬 드릴", "bosch", "콘크리트", "GSB 13 RE", "ㅂㅅ", "드릴을"})
  void anExactQueryNeverReportsACorrectionAndKeepsItsResults(String typed) {
    SearchResult result = backend.search(SearchQuery.text(typed));
    assertThat(result.correctedFrom()).isNull();
    assertThat(result.query()).isEqualTo(typed);
    assertThat(result.total()).isPositive();
    SearchResult asTyped = backend.search(query(typed).exact(true).build());
    assertThat(result.hits()).isEqualTo(asTyped.hits());
    assertThat(result.total()).isEqualTo(asTyped.total());
  }

  @Test
  void exactHitsRankAboveTheHitsOfTheCorrection() {
    // "dril" is printed in the GSB 13 RE manual: one product, too little, so the correction
    // "drill" runs with that product kept first, then the other drills by their own score.
    SearchResult result = backend.search(SearchQuery.text("dril"));
    assertThat(result.correctedFrom()).isEqualTo("dril");
    assertThat(result.query()).isEqualTo("drill");
    List<String> expected = new ArrayList<>();
    expected.add(key(DRILL_BOSCH));
    for (String k : keys(backend.search(SearchQuery.text("drill")))) {
      if (!k.equals(key(DRILL_BOSCH))) {
        expected.add(k);
      }
    }
    // The drills' English names and the category "Power drills" hold "drill": all four.
    assertThat(expected).hasSize(4);
    assertThat(keys(result)).containsExactlyElementsOf(expected);
    assertThat(result.total()).isEqualTo(4);
    assertThat(result.hits().get(0).score()).isGreaterThan(result.hits().get(1).score());
    // Typed exactly, the same text finds the manual's product only.
    assertThat(keys(backend.search(query("dril").exact(true).build())))
        .containsExactly(key(DRILL_BOSCH));
  }

  @Test
  void anExactSearchRunsTheTypedTextOnlyAndOffersTheCorrection() {
    SearchResult result = backend.search(query("grindr").exact(true).build());
    assertThat(result.total()).isZero();
    assertThat(result.correctedFrom()).isNull();
    assertThat(result.query()).isEqualTo("grindr");
    assertThat(result.didYouMean()).isEqualTo("grinder");
    assertThat(backend.search(query("그라인더").exact(true).build()).didYouMean()).isNull();
  }

  @Test
  void aCorrectionKeepsTheFiltersAndFacetsOfTheSearch() {
    SearchResult result = backend.search(query("bosh").categories(GRINDERS.id()).build());
    assertThat(result.correctedFrom()).isEqualTo("bosh");
    assertThat(keys(result)).containsExactlyInAnyOrder(key(GRINDER_BOSCH), key(GRINDER_BOSCH_125));
    // Disjunctive: the maker facet counts the corrected text's matches in the selected category.
    assertThat(result.facet(Facet.MAKER))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("bosch", 2L));
  }

  @Test
  void wordsTooShortOrUnknownToEveryNeighbourStayUncorrected() {
    // One syllable has too many neighbours to guess from; nothing in the catalog is near 콰쾅쿵.
    for (String typed : List.of("드", "콰쾅쿵", "zzqx")) {
      SearchResult result = backend.search(SearchQuery.text(typed));
      assertThat(result.correctedFrom()).as(typed).isNull();
      assertThat(result.total()).as(typed).isZero();
    }
  }

  @Test
  void hostileAndLongInputStaysFastAndSafe() {
    // Up to the 200 characters the API accepts; the bounds are the corrector's (8 words, 30 jamo
    // per word, 1,000 candidates per word), so the longest of these stays well below a second.
    List<String> inputs =
        List.of(
            "그라인다디윌트망끼다 mkaitabosshgrindr ".repeat(7),
            "그라인다 디윌트 망끼다 보아녕 mkaita bossh grindr 보쉬 드릴 콰쾅",
            "디윌트".repeat(66),
            "가".repeat(200),
            "ㅏㅑㅓㅕ".repeat(50),
            "\u0000\u200b보쉬\ufeff 드릴 \ud83d\ude00 ".repeat(10),
            "a".repeat(200));
    for (String typed : inputs) {
      long start = System.nanoTime();
      SearchResult result = backend.search(SearchQuery.text(typed));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(result.query()).isNotNull();
      assertThat(millis).as("search of %d chars", typed.length()).isLessThan(3_000);
    }
  }

  @Test
  void looksUpCodesExactFirstThenPrefixThenInfix() {
    assertThat(backend.lookup(new LookupQuery("gsb-13", null, 10)))
        .extracting(h -> h.product().codeKey(), LookupQuery.Hit::match)
        .containsExactly(
            tuple(key(DRILL_BOSCH_OLD), LookupQuery.Match.EXACT),
            tuple(key(DRILL_BOSCH), LookupQuery.Match.PREFIX));
    assertThat(backend.lookup(new LookupQuery("750 1", null, 10)))
        .extracting(h -> h.product().codeKey(), LookupQuery.Hit::match)
        .containsExactly(
            tuple(key(GRINDER_BOSCH), LookupQuery.Match.INFIX),
            tuple(key(GRINDER_BOSCH_125), LookupQuery.Match.INFIX));
    assertThat(backend.lookup(new LookupQuery("GSB 13", null, 10)).get(0).product().discontinued())
        .isTrue();
  }

  @Test
  void looksUpAllProductsOfAMaker() {
    assertThat(backend.lookup(new LookupQuery("", "dewalt", 10)))
        .extracting(h -> h.product().codeKey(), LookupQuery.Hit::match)
        .containsExactly(tuple(key(GRINDER_DEWALT), LookupQuery.Match.MAKER));
    assertThat(backend.lookup(new LookupQuery("100", "bosch", 10)))
        .extracting(h -> h.product().codeKey())
        .containsExactly(key(GRINDER_BOSCH));
  }

  @Test
  void searchesMakersByKoreanEnglishAndInitials() {
    SearchQuery all = SearchQuery.text("");
    // Both 보쉬 and 보성공구 begin with ㅂㅅ; more products first.
    assertThat(backend.searchMakers("ㅂㅅ", all, 10))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("bosch", 4L), tuple("bosung", 1L));
    assertThat(backend.searchMakers("mak", all, 10))
        .extracting(FacetValue::value, FacetValue::label)
        .containsExactly(tuple("makita", "마끼다"));
    // In the context of grinders, Stanley exists but has none: listed last with 0.
    assertThat(backend.searchMakers("스", SearchQuery.text("그라인더"), 10))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("stanley", 0L));
  }

  @Test
  void countsEveryMakerWithinTheFiltersIgnoringItsOwnMakerSelection() {
    Map<String, Long> all = backend.makerCounts(SearchQuery.text(""));
    // Every maker of the catalog, zeros included, and together every searchable product.
    assertThat(all).containsEntry("bosch", 4L).containsEntry("bosung", 1L);
    assertThat(all.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(backend.count());
    // Within a text query the counts are the maker facet's, for all makers, not its top values.
    SearchQuery grinders = query("그라인더").makers(Set.of("bosch")).build();
    Map<String, Long> inGrinders = backend.makerCounts(grinders);
    assertThat(inGrinders)
        .containsEntry("stanley", 0L)
        .containsKeys(all.keySet().toArray(String[]::new));
    for (FacetValue v : backend.search(grinders).facet(Facet.MAKER)) {
      assertThat(inGrinders).as(v.value()).containsEntry(v.value(), v.count());
    }
  }

  @Test
  void suggestsProductsMakersAndCategoriesWhileTyping() {
    Suggestions s = backend.suggest("그라", 5);
    assertThat(s.products())
        .extracting(SearchResult.Hit::codeKey)
        .containsExactlyInAnyOrder(key(GRINDER_BOSCH), key(GRINDER_BOSCH_125), key(GRINDER_DEWALT));
    assertThat(s.categories()).extracting(FacetValue::value).containsExactly("01.02");
    assertThat(backend.suggest("보", 5).makers())
        .extracting(FacetValue::value)
        .containsExactly("bosch", "bosung");
  }

  @Test
  void groupsVariantsOfOneFamilyUnderItsBestRankedProduct() {
    SearchResult result =
        backend.search(query("그라인더").sort(Sort.PRICE_ASC).groupFamilies(true).build());
    // GWS 750-100 and GWS 750-125 are one family: the cheaper variant represents it.
    assertThat(result.hits())
        .extracting(SearchResult.Hit::codeKey, SearchResult.Hit::familySize)
        .containsExactly(tuple(key(GRINDER_BOSCH), 2L), tuple(key(GRINDER_DEWALT), 1L));
    // The total still counts products; facets are not affected by grouping.
    assertThat(result.total()).isEqualTo(3);
    assertThat(result.nextCursor()).isNull();
    SearchResult second =
        backend.search(
            query("그라인더")
                .sort(Sort.PRICE_ASC)
                .groupFamilies(true)
                .page(new Page(1, 1, null))
                .build());
    assertThat(second.hits())
        .extracting(SearchResult.Hit::codeKey)
        .containsExactly(key(GRINDER_DEWALT));
    assertThatThrownBy(
            () ->
                backend.search(
                    query("그라인더").groupFamilies(true).page(Page.after(first2Cursor(), 2)).build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private String first2Cursor() {
    return backend.search(query("").page(Page.first(2)).build()).nextCursor();
  }

  @Test
  void excludesDiscontinuedProductsFromSearch() {
    assertThat(keys(backend.search(SearchQuery.text("구형")))).isEmpty();
  }

  // --- curation: collections and merchandising (issue 7) ------------------------------------

  /** 3M's glasses and Makita's drill picked by hand; the discontinued GSB 13 never belongs. */
  private static final CuratedCollection PICKS =
      new CuratedCollection(
          "picks",
          "추천 상품",
          List.of(key(GLASSES_3M), key(DRILL_MAKITA), key(DRILL_BOSCH_OLD)),
          null);

  /** Every product the saved search 그라인더 finds: the three grinders. */
  private static final CuratedCollection GRINDERS_RULE =
      new CuratedCollection("grinders", "그라인더 기획전", List.of(), query("그라인더").build());

  /** The PB glasses by hand plus every Bosch product by rule (the old GSB 13 excluded). */
  private static final CuratedCollection BOSCH_AND_PB =
      new CuratedCollection(
          "bosch-pb", "보쉬 특가", List.of(key(GLASSES_PB)), query("").makers("bosch").build());

  /** Neither picks nor a rule. */
  private static final CuratedCollection EMPTY =
      new CuratedCollection("empty", "준비 중", List.of(), null);

  private static final List<CuratedCollection> COLLECTIONS =
      List.of(PICKS, GRINDERS_RULE, BOSCH_AND_PB, EMPTY);

  private static Curation collections(String... selected) {
    return new Curation(COLLECTIONS, Set.of(selected), Merchandising.NONE);
  }

  private static Curation merchandising(
      List<Pin> pins, Map<String, Float> factors, Set<String> hidden) {
    return new Curation(List.of(), Set.of(), new Merchandising(pins, factors, hidden));
  }

  private static Curation pins(Pin... pins) {
    return merchandising(List.of(pins), Map.of(), Set.of());
  }

  private static Pin pin(Product p, int position) {
    return new Pin(key(p), position);
  }

  @Test
  void countsEveryActiveCollectionByHandPicksAndRules() {
    SearchResult result = backend.search(query("").curation(collections()).build());
    assertThat(result.total()).isEqualTo(9);
    // Hand-picked only (2: the discontinued pick never belongs), rule only (3 grinders), both (4
    // Bosch products by rule + the PB glasses by hand), neither (0, still listed).
    assertThat(result.facets().get(Facet.COLLECTION))
        .extracting(FacetValue::value, FacetValue::label, FacetValue::count)
        .containsExactly(
            tuple("picks", "추천 상품", 2L),
            tuple("grinders", "그라인더 기획전", 3L),
            tuple("bosch-pb", "보쉬 특가", 5L),
            tuple("empty", "준비 중", 0L));
    // Without curation there is no collection facet at all.
    assertThat(backend.search(query("").build()).facets()).doesNotContainKey(Facet.COLLECTION);
  }

  @Test
  void filtersOnSelectedCollectionsWithDisjunctiveCounts() {
    SearchResult picks =
        backend.search(query("").sort(Sort.PRICE_ASC).curation(collections("picks")).build());
    assertThat(keys(picks)).containsExactly(key(GLASSES_3M), key(DRILL_MAKITA));
    SearchResult rule =
        backend.search(query("").sort(Sort.PRICE_ASC).curation(collections("grinders")).build());
    assertThat(keys(rule))
        .containsExactly(key(GRINDER_BOSCH), key(GRINDER_DEWALT), key(GRINDER_BOSCH_125));
    SearchResult both =
        backend.search(query("").sort(Sort.PRICE_ASC).curation(collections("bosch-pb")).build());
    assertThat(keys(both))
        .containsExactly(
            key(GLASSES_PB),
            key(GRINDER_BOSCH),
            key(GRINDER_BOSCH_125),
            key(DRILL_BOSCH),
            key(DRILL_BOSCH_18V));
    // Any of the selected collections; the facet ignores its own selection.
    SearchResult two =
        backend.search(
            query("").sort(Sort.PRICE_ASC).curation(collections("picks", "grinders")).build());
    assertThat(two.total()).isEqualTo(5);
    assertThat(two.facets().get(Facet.COLLECTION))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            tuple("picks", 2L), tuple("grinders", 3L), tuple("bosch-pb", 5L), tuple("empty", 0L));
    // Other facets respect the collection filter: only picks and grinders' makers.
    assertThat(two.facets().get(Facet.MAKER))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            tuple("bosch", 2L), tuple("3m", 1L), tuple("dewalt", 1L), tuple("makita", 1L));
  }

  @Test
  void anUnknownSelectedCollectionMatchesNothingAndStaysInTheFacet() {
    SearchResult result = backend.search(query("").curation(collections("gone")).build());
    assertThat(result.total()).isZero();
    assertThat(result.hits()).isEmpty();
    assertThat(result.facets().get(Facet.COLLECTION))
        .extracting(FacetValue::value, FacetValue::label, FacetValue::count)
        .containsExactly(
            tuple("picks", "추천 상품", 2L),
            tuple("grinders", "그라인더 기획전", 3L),
            tuple("bosch-pb", "보쉬 특가", 5L),
            tuple("empty", "준비 중", 0L),
            tuple("gone", "gone", 0L));
  }

  @Test
  void collectionAndMakerFacetsAreDisjunctiveTogether() {
    SearchResult result =
        backend.search(
            query("")
                .makers("bosch")
                .sort(Sort.PRICE_ASC)
                .curation(collections("grinders"))
                .build());
    assertThat(keys(result)).containsExactly(key(GRINDER_BOSCH), key(GRINDER_BOSCH_125));
    // Collection counts keep the maker filter (Bosch only) and ignore the collection selection.
    assertThat(result.facets().get(Facet.COLLECTION))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            tuple("picks", 0L), tuple("grinders", 2L), tuple("bosch-pb", 4L), tuple("empty", 0L));
    // Maker counts keep the collection filter (grinders) and ignore the maker selection.
    assertThat(result.facets().get(Facet.MAKER))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(tuple("bosch", 2L), tuple("dewalt", 1L));
  }

  @Test
  void ruleMembershipFollowsAReplacedCatalog() throws Exception {
    Product grinderMakita =
        product(
            "GA4030",
            "GA4030",
            "GA4030",
            "마끼다 그라인더 GA4030",
            "Makita angle grinder",
            MAKITA,
            GRINDERS,
            59_000,
            "JP",
            "Makita",
            false,
            false,
            false,
            Map.of(),
            null);
    List<Product> products = new ArrayList<>(PRODUCTS);
    products.remove(GRINDER_DEWALT);
    products.add(grinderMakita);
    Catalog replaced =
        new Catalog(
            "fixture-2",
            CATALOG.makers(),
            CATALOG.categories(),
            products,
            CATALOG.assets(),
            CATALOG.bookPages());
    SearchBackend other = createBackend();
    try {
      SearchQuery grinders =
          query("").sort(Sort.PRICE_ASC).curation(collections("grinders")).build();
      other.replaceCatalog(CATALOG, SIGNALS);
      assertThat(keys(other.search(grinders)))
          .containsExactly(key(GRINDER_BOSCH), key(GRINDER_DEWALT), key(GRINDER_BOSCH_125));
      other.replaceCatalog(replaced, SIGNALS);
      SearchResult after = other.search(grinders);
      assertThat(keys(after))
          .containsExactly(key(grinderMakita), key(GRINDER_BOSCH), key(GRINDER_BOSCH_125));
      assertThat(after.facets().get(Facet.COLLECTION))
          .extracting(FacetValue::value, FacetValue::count)
          .contains(tuple("grinders", 3L));
    } finally {
      other.close();
    }
  }

  @Test
  void hiddenProductsAreNeverReturnedNorCounted() {
    Curation hidden = merchandising(List.of(), Map.of(), Set.of(key(DRILL_MAKITA)));
    assertThat(keys(backend.search(query("드릴").curation(hidden).build())))
        .containsExactly(key(DRILL_BOSUNG), key(DRILL_BOSCH_18V), key(DRILL_BOSCH));
    for (Sort sort : Sort.values()) {
      SearchResult result = backend.search(query("").sort(sort).curation(hidden).build());
      assertThat(result.total()).isEqualTo(8);
      assertThat(keys(result)).hasSize(8).doesNotContain(key(DRILL_MAKITA));
      assertThat(result.facets().get(Facet.MAKER))
          .extracting(FacetValue::value)
          .doesNotContain("makita");
      // Makita's drill was the only discounted product and one of two in stock.
      assertThat(result.facets().get(Facet.FLAG))
          .extracting(FacetValue::value, FacetValue::count)
          .containsExactly(
              tuple("new", 3L), tuple("discount", 0L), tuple("pb", 1L), tuple("in_stock", 1L));
      assertThat(result.facets().get(Facet.ORIGIN))
          .extracting(FacetValue::value)
          .doesNotContain("JP");
    }
    // Price statistics too: hiding the dearest product lowers the maximum.
    Curation hideDearest = merchandising(List.of(), Map.of(), Set.of(key(DRILL_BOSCH_18V)));
    assertThat(backend.search(query("").curation(hideDearest).build()).price().max())
        .isEqualTo(89_000L);
    // Hidden wins over a pin.
    Curation pinnedAndHidden =
        merchandising(List.of(pin(GLASSES_3M, 1)), Map.of(), Set.of(key(GLASSES_3M)));
    assertThat(keys(backend.search(query("드릴").curation(pinnedAndHidden).build())))
        .doesNotContain(key(GLASSES_3M))
        .hasSize(4);
  }

  @Test
  void factorsBoostAndBuryRelevanceScores() {
    SearchResult plain = backend.search(SearchQuery.text("드릴"));
    assertThat(keys(plain))
        .containsExactly(
            key(DRILL_BOSUNG), key(DRILL_MAKITA), key(DRILL_BOSCH_18V), key(DRILL_BOSCH));
    Curation boostAndBury =
        merchandising(List.of(), Map.of(key(DRILL_BOSCH), 3f, key(DRILL_BOSUNG), 0.5f), Set.of());
    SearchResult curated = backend.search(query("드릴").curation(boostAndBury).build());
    assertThat(keys(curated))
        .containsExactly(
            key(DRILL_BOSCH), key(DRILL_MAKITA), key(DRILL_BOSCH_18V), key(DRILL_BOSUNG));
    // The factor multiplies the score, rounded once to float, on both backends alike.
    float boschBefore = plain.hits().get(3).score();
    float bosungBefore = plain.hits().get(0).score();
    assertThat(curated.hits().get(0).score()).isEqualTo((float) ((double) boschBefore * 3f));
    assertThat(curated.hits().get(3).score()).isEqualTo((float) ((double) bosungBefore * 0.5f));
    assertThat(curated.hits().get(1).score()).isEqualTo(plain.hits().get(1).score());
    assertThat(curated.total()).isEqualTo(plain.total());
    // Other orders ignore factors.
    assertThat(
            keys(backend.search(query("드릴").sort(Sort.PRICE_ASC).curation(boostAndBury).build())))
        .containsExactly(
            key(DRILL_BOSUNG), key(DRILL_MAKITA), key(DRILL_BOSCH), key(DRILL_BOSCH_18V));
  }

  /** The organic order of 드릴 (see findsDrillsInsideKoreanCompounds). */
  private static final List<Product> DRILLS_BY_RELEVANCE =
      List.of(DRILL_BOSUNG, DRILL_MAKITA, DRILL_BOSCH_18V, DRILL_BOSCH);

  @Test
  void pinsTakeTheirPositionsEvenWhenTheTextDoesNotMatch() {
    // Glasses and a grinder do not match 드릴: pinned, they appear at positions 1 and 3.
    Curation curation = pins(pin(GRINDER_DEWALT, 3), pin(GLASSES_3M, 1));
    SearchResult result = backend.search(query("드릴").curation(curation).build());
    assertThat(keys(result))
        .containsExactly(
            key(GLASSES_3M),
            key(DRILL_BOSUNG),
            key(GRINDER_DEWALT),
            key(DRILL_MAKITA),
            key(DRILL_BOSCH_18V),
            key(DRILL_BOSCH));
    // Counted in the total and the facets like any match.
    assertThat(result.total()).isEqualTo(6);
    assertThat(result.facets().get(Facet.CATEGORY))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactly(
            tuple("01", 5L),
            tuple("01.01", 4L),
            tuple("01.02", 1L),
            tuple("02", 1L),
            tuple("02.01", 1L),
            tuple("03", 0L));
    // A pin beyond the end of the list comes last; a pinned match appears once, at its position.
    SearchResult late =
        backend.search(
            query("드릴").curation(pins(pin(GLASSES_PB, 50), pin(DRILL_BOSCH, 1))).build());
    assertThat(keys(late))
        .containsExactly(
            key(DRILL_BOSCH),
            key(DRILL_BOSUNG),
            key(DRILL_MAKITA),
            key(DRILL_BOSCH_18V),
            key(GLASSES_PB));
    assertThat(late.total()).isEqualTo(5);
  }

  @Test
  void aPinAppearsOnlyWhenItPassesTheFilters() {
    Curation curation = pins(pin(GLASSES_3M, 1), pin(GRINDER_DEWALT, 2));
    SearchResult result = backend.search(query("드릴").categories("01").curation(curation).build());
    // The glasses fail the category filter; the grinder passes it.
    assertThat(keys(result))
        .containsExactly(
            key(DRILL_BOSUNG),
            key(GRINDER_DEWALT),
            key(DRILL_MAKITA),
            key(DRILL_BOSCH_18V),
            key(DRILL_BOSCH));
    assertThat(result.total()).isEqualTo(5);
    // The category facet ignores its own filter: ticking 02 would show the pinned glasses.
    assertThat(result.facets().get(Facet.CATEGORY))
        .extracting(FacetValue::value, FacetValue::count)
        .contains(tuple("02", 1L));
    SearchResult byMaker = backend.search(query("드릴").makers("makita").curation(curation).build());
    assertThat(keys(byMaker)).containsExactly(key(DRILL_MAKITA));
  }

  @Test
  void pinsPageByOffsetAndByCursorWithoutGapsOrRepeats() {
    Curation curation = pins(pin(GLASSES_3M, 1), pin(GRINDER_DEWALT, 3));
    List<String> whole =
        List.of(
            key(GLASSES_3M),
            key(DRILL_BOSUNG),
            key(GRINDER_DEWALT),
            key(DRILL_MAKITA),
            key(DRILL_BOSCH_18V),
            key(DRILL_BOSCH));
    // By offset.
    for (int offset = 0; offset < 6; offset += 2) {
      SearchResult page =
          backend.search(query("드릴").curation(curation).page(new Page(offset, 2, null)).build());
      assertThat(keys(page)).isEqualTo(whole.subList(offset, offset + 2));
      assertThat(page.total()).isEqualTo(6);
    }
    // By cursor, from every page size: the same list, each product once.
    for (int size = 1; size <= 4; size++) {
      List<String> seen = new ArrayList<>();
      SearchResult page =
          backend.search(query("드릴").curation(curation).page(Page.first(size)).build());
      seen.addAll(keys(page));
      while (page.nextCursor() != null) {
        assertThat(page.total()).isEqualTo(6);
        page =
            backend.search(
                query("드릴").curation(curation).page(Page.after(page.nextCursor(), size)).build());
        seen.addAll(keys(page));
      }
      assertThat(seen).as("page size %d", size).isEqualTo(whole);
    }
    // A cursor after an offset page continues from there.
    SearchResult second =
        backend.search(query("드릴").curation(curation).page(new Page(1, 2, null)).build());
    assertThat(keys(second)).containsExactly(key(DRILL_BOSUNG), key(GRINDER_DEWALT));
    SearchResult next =
        backend.search(
            query("드릴").curation(curation).page(Page.after(second.nextCursor(), 2)).build());
    assertThat(keys(next)).containsExactly(key(DRILL_MAKITA), key(DRILL_BOSCH_18V));
  }

  @Test
  void pinsBeyondTheEndPageByCursorToo() {
    // 3 grinders; the PB glasses pinned at 9 end the list, after the organic hits.
    List<String> organic = keys(backend.search(SearchQuery.text("그라인더")));
    assertThat(organic).hasSize(3);
    Curation curation = pins(pin(GLASSES_PB, 9), pin(GLASSES_3M, 1));
    List<String> seen = new ArrayList<>();
    SearchResult page =
        backend.search(query("그라인더").curation(curation).page(Page.first(2)).build());
    seen.addAll(keys(page));
    while (page.nextCursor() != null) {
      page =
          backend.search(
              query("그라인더").curation(curation).page(Page.after(page.nextCursor(), 2)).build());
      seen.addAll(keys(page));
    }
    List<String> expected = new ArrayList<>();
    expected.add(key(GLASSES_3M));
    expected.addAll(organic);
    expected.add(key(GLASSES_PB));
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void pinsHaveNoEffectInOtherOrders() {
    Curation curation = pins(pin(GLASSES_3M, 1), pin(DRILL_BOSCH, 2));
    SearchResult byPrice =
        backend.search(query("드릴").sort(Sort.PRICE_ASC).curation(curation).build());
    // The glasses do not match 드릴; the pinned Bosch drill keeps its place by price.
    assertThat(keys(byPrice))
        .containsExactly(
            key(DRILL_BOSUNG), key(DRILL_MAKITA), key(DRILL_BOSCH), key(DRILL_BOSCH_18V));
    assertThat(byPrice.total()).isEqualTo(4);
    assertThat(keys(backend.search(query("드릴").sort(Sort.NEWEST).curation(curation).build())))
        .doesNotContain(key(GLASSES_3M));
  }
}
