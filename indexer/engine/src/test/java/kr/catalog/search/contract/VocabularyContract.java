package kr.catalog.search.contract;

import static kr.catalog.search.contract.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import kr.catalog.search.vocabulary.Vocabulary;
import kr.catalog.search.vocabulary.VocabularyEntry;
import kr.catalog.search.vocabulary.VocabularyEntry.Direction;
import kr.catalog.search.vocabulary.VocabularyEntry.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The trade's vocabulary at query time (issue #19): the same expansion on every backend, from the
 * shared query plan, swapped in without reindexing. A subclass supplies the backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class VocabularyContract {

  protected SearchBackend backend;

  /** A fresh, empty backend. */
  protected abstract SearchBackend createBackend() throws Exception;

  @BeforeAll
  void indexFixtures() throws Exception {
    backend = createBackend();
    backend.replaceCatalog(CATALOG, SIGNALS);
  }

  @AfterEach
  void noVocabulary() {
    backend.useVocabulary(Vocabulary.EMPTY);
  }

  @AfterAll
  void closeBackend() {
    if (backend != null) {
      backend.close();
    }
  }

  private static VocabularyEntry entry(Direction direction, Kind kind, String... terms) {
    return new VocabularyEntry(List.of(terms), direction, null, kind, "contract test");
  }

  private List<String> keys(String text) {
    return backend.search(SearchQuery.text(text)).hits().stream()
        .map(SearchResult.Hit::codeKey)
        .toList();
  }

  @Test
  void aShopFloorWordFindsTheProductsOfWhatItMeans() {
    assertThat(keys("사상기")).as("no product says 사상기").isEmpty();

    backend.useVocabulary(
        Vocabulary.of(List.of(entry(Direction.ONE_WAY, Kind.SHOP_FLOOR, "사상기", "그라인더"))));

    assertThat(keys("사상기"))
        .containsExactlyInAnyOrder(
            GRINDER_BOSCH.codeKey(), GRINDER_BOSCH_125.codeKey(), GRINDER_DEWALT.codeKey());
    // With another typed word the term is one group among others: the maker still narrows it.
    assertThat(keys("사상기 디월트")).containsExactly(GRINDER_DEWALT.codeKey());
  }

  @Test
  void aOneWayEntryDoesNotExpandBackwards() {
    List<String> typedOnly = keys("전동드릴");
    // An odd entry (drill searchers are shown grinders too), but its direction is what counts.
    backend.useVocabulary(
        Vocabulary.of(List.of(entry(Direction.ONE_WAY, Kind.SYNONYM, "전동드릴", "그라인더"))));

    assertThat(keys("그라인더"))
        .containsExactlyInAnyOrder(
            GRINDER_BOSCH.codeKey(), GRINDER_BOSCH_125.codeKey(), GRINDER_DEWALT.codeKey());
    List<String> drills = keys("전동드릴");
    assertThat(typedOnly).hasSize(4).doesNotContain(GRINDER_DEWALT.codeKey());
    assertThat(drills)
        .hasSize(7)
        .containsAll(typedOnly)
        .contains(GRINDER_BOSCH.codeKey(), GRINDER_BOSCH_125.codeKey(), GRINDER_DEWALT.codeKey());
    // What was typed ranks above what the vocabulary added: the drills first, in their own order.
    assertThat(drills.subList(0, typedOnly.size())).isEqualTo(typedOnly);
  }

  @Test
  void aTwoWayEntryExpandsEveryTermToTheOthers() {
    backend.useVocabulary(
        Vocabulary.of(List.of(entry(Direction.TWO_WAY, Kind.MAKER, "보쉬", "보시", "Bosch"))));

    assertThat(keys("보시 그라인더"))
        .containsExactlyInAnyOrder(GRINDER_BOSCH.codeKey(), GRINDER_BOSCH_125.codeKey());
    assertThat(keys("bosch 그라인더"))
        .containsExactlyInAnyOrder(GRINDER_BOSCH.codeKey(), GRINDER_BOSCH_125.codeKey());
  }

  @Test
  void aMultiWordTermMatchesTypedWithOrWithoutItsSpace() {
    // As typed (a typo correction may find the glasses too: 안경 is 보안경 with a syllable dropped).
    assertThat(backend.search(SearchQuery.text("안전 안경").toBuilder().exact(true).build()).hits())
        .as("no product says 안전 안경")
        .isEmpty();

    backend.useVocabulary(
        Vocabulary.of(List.of(entry(Direction.ONE_WAY, Kind.SYNONYM, "안전 안경", "보안경"))));

    List<String> glasses = List.of(GLASSES_3M.codeKey(), GLASSES_PB.codeKey());
    assertThat(keys("안전 안경")).containsExactlyInAnyOrderElementsOf(glasses);
    assertThat(keys("안전안경")).containsExactlyInAnyOrderElementsOf(glasses);
    // As typed: one hit is "too little", so a typo correction would add fuzzy hits after it.
    assertThat(
            backend
                .search(SearchQuery.text("3M 안전 안경").toBuilder().exact(true).build())
                .hits()
                .stream()
                .map(SearchResult.Hit::codeKey)
                .toList())
        .as("the run inside a longer query, the maker still narrowing")
        .containsExactly(GLASSES_3M.codeKey());
  }

  @Test
  void aNewVocabularyAppliesToTheNextSearchWithoutReindexing() {
    backend.useVocabulary(
        Vocabulary.of(List.of(entry(Direction.ONE_WAY, Kind.SHOP_FLOOR, "사상기", "그라인더"))));
    assertThat(keys("사상기")).hasSize(3);

    backend.useVocabulary(Vocabulary.EMPTY);

    assertThat(keys("사상기")).isEmpty();
  }

  @Test
  void highlightsShowTheAlternativeThatMatched() {
    backend.useVocabulary(
        Vocabulary.of(List.of(entry(Direction.ONE_WAY, Kind.SHOP_FLOOR, "사상기", "그라인더"))));

    SearchResult.Hit hit = backend.search(SearchQuery.text("사상기 디월트")).hits().get(0);

    assertThat(hit.highlights().get("name")).anySatisfy(h -> assertThat(h).contains("그라인더</em>"));
  }
}
