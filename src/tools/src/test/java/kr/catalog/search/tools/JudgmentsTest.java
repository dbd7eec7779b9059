package kr.catalog.search.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgmentsTest {

  @TempDir Path dir;

  private Judgments judgments() throws IOException {
    Path csv = dir.resolve("judgments.csv");
    Files.writeString(
        csv,
        "query,docid,rating\n"
            + "drill,a,3\n"
            + "drill,b,1\n"
            + "drill,c,0\n"
            + "\"saw, hand\",x,2\n"
            + "glue,g,0\n",
        StandardCharsets.UTF_8);
    return Judgments.read(csv);
  }

  @Test
  void idealRankingScoresOne() throws IOException {
    assertThat(judgments().ndcg("drill", List.of("a", "b", "c"), 10)).isEqualTo(1.0);
  }

  @Test
  void swappedRankingScoresItsDiscountedGain() throws IOException {
    // DCG = (2^1-1)/log2(2) + (2^3-1)/log2(3) = 1 + 7/1.58496 = 5.41650
    // IDCG = 7/log2(2) + 1/log2(3) = 7 + 0.63093 = 7.63093
    assertThat(judgments().ndcg("drill", List.of("b", "a"), 10)).isCloseTo(0.70981, within(1e-5));
  }

  @Test
  void unjudgedHitsCountZeroAndTheCutOffApplies() throws IOException {
    Judgments j = judgments();
    // "a" at rank 2 behind an unjudged id, "b" cut off: (7/log2(3)) / 7.63093 = 4.41650 / 7.63093
    assertThat(j.ndcg("drill", List.of("zzz", "a", "b"), 2)).isCloseTo(0.57876, within(1e-5));
    assertThat(j.ndcg("drill", List.of("zzz", "a"), 1)).isZero();
  }

  @Test
  void queriesWithCommasAndWithoutRelevantDocuments() throws IOException {
    Judgments j = judgments();
    assertThat(j.queries()).containsExactly("drill", "saw, hand", "glue");
    assertThat(j.hasRelevant("saw, hand")).isTrue();
    assertThat(j.hasRelevant("glue")).isFalse();
  }
}
