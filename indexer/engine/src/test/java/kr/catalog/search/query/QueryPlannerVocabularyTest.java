package kr.catalog.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kr.catalog.search.analysis.CatalogAnalyzer;
import kr.catalog.search.vocabulary.Vocabulary;
import kr.catalog.search.vocabulary.VocabularyEntry;
import org.junit.jupiter.api.Test;

/** How the planner weighs a vocabulary term's typed form against its alternatives. */
class QueryPlannerVocabularyTest {

  private static final CatalogAnalyzer ANALYZER = CatalogAnalyzer.withDictionary(List.of("보안경"));

  private static final Vocabulary GOGGLES =
      Vocabulary.of(
          List.of(
              new VocabularyEntry(
                  List.of("고글", "보안경"),
                  VocabularyEntry.Direction.TWO_WAY,
                  null,
                  VocabularyEntry.Kind.SYNONYM,
                  "test")));

  /** The dis-max group of a one-word query (inside the bool of groups). */
  private static QueryNode.DisMax group(QueryPlanner planner, String text) {
    QueryNode node = planner.freeText(text);
    while (node instanceof QueryNode.Bool b) {
      node = b.should().get(0);
    }
    return (QueryNode.DisMax) node;
  }

  @Test
  void aTypedWordTheCatalogUsesRanksAboveItsAlternatives() {
    QueryPlanner planner = new QueryPlanner(ANALYZER, GOGGLES, Set.of("보안경")::contains);

    QueryNode.DisMax g = group(planner, "보안경");

    assertThat(g.clauses().get(0)).isNotInstanceOf(QueryNode.Scaled.class);
    assertThat(g.clauses().get(1)).isInstanceOf(QueryNode.Scaled.class);
    assertThat(((QueryNode.Scaled) g.clauses().get(1)).factors().get(0).factor())
        .isEqualTo(QueryPlanner.ALTERNATIVE_WEIGHT);
  }

  @Test
  void aTypedWordTheCatalogNeverUsesRanksBelowWhatItMeans() {
    QueryPlanner planner = new QueryPlanner(ANALYZER, GOGGLES, Set.of("보안경")::contains);

    QueryNode.DisMax g = group(planner, "고글");

    assertThat(g.clauses().get(0)).isInstanceOf(QueryNode.Scaled.class);
    assertThat(g.clauses().get(1)).isNotInstanceOf(QueryNode.Scaled.class);
  }

  @Test
  void withoutVocabularyThePlanIsUnchanged() {
    QueryPlanner plain = new QueryPlanner(ANALYZER);
    QueryPlanner empty = new QueryPlanner(ANALYZER, Vocabulary.EMPTY, w -> false);

    assertThat(empty.freeText("고글 보안경")).isEqualTo(plain.freeText("고글 보안경"));
  }
}
