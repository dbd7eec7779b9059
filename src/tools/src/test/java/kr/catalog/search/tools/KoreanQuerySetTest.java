package kr.catalog.search.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.catalog.model.Product;
import org.junit.jupiter.api.Test;

class KoreanQuerySetTest {

  private static Product product(String category, String maker) {
    return new Product(
        "C1",
        "C1",
        "C1",
        "이름",
        "name",
        maker,
        category,
        1000,
        "KR",
        "b",
        false,
        false,
        false,
        Map.of(),
        List.of(),
        LocalDate.of(2024, 1, 1));
  }

  @Test
  void gradesFollowFromWhatTheProductIs() {
    KoreanQuerySet.Query boschGrinder =
        new KoreanQuerySet.Query("보시 그라인더", "maker", "01.02", "bosch");
    assertThat(boschGrinder.grade(product("01.02", "bosch"))).isEqualTo(3);
    assertThat(boschGrinder.grade(product("01.02", "makita"))).as("right leaf only").isEqualTo(1);
    assertThat(boschGrinder.grade(product("01.01", "bosch"))).as("right maker only").isZero();

    KoreanQuerySet.Query powerTools = new KoreanQuerySet.Query("전동공구", "catalog", "01", "*");
    assertThat(powerTools.grade(product("01.05", "x"))).as("a leaf under the top").isEqualTo(3);
    assertThat(powerTools.grade(product("010.05", "x"))).isZero();

    KoreanQuerySet.Query maker = new KoreanQuerySet.Query("마키타", "maker", "*", "makita");
    assertThat(maker.grade(product("09.01", "makita"))).isEqualTo(3);
    assertThat(maker.grade(product("09.01", "bosch"))).isZero();
  }

  @Test
  void theShippedSetHasAtLeast150QueriesOverEveryLeafAndEveryKindOfTyping() {
    List<KoreanQuerySet.Query> queries = KoreanQuerySet.shipped().queries();

    assertThat(queries).hasSizeGreaterThanOrEqualTo(150);
    Set<String> leaves =
        queries.stream()
            .map(KoreanQuerySet.Query::category)
            .filter(c -> c.matches("\\d\\d\\.\\d\\d"))
            .collect(Collectors.toSet());
    assertThat(leaves).hasSize(44);
    assertThat(queries.stream().map(KoreanQuerySet.Query::kind).collect(Collectors.toSet()))
        .contains(
            "catalog", "spacing", "shop-floor", "loanword", "maker", "typo", "dropped", "english");
    assertThat(queries.stream().map(KoreanQuerySet.Query::text).distinct()).hasSize(queries.size());
  }
}
