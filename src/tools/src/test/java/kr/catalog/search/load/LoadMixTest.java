package kr.catalog.search.load;

import static kr.catalog.search.load.LoadFixtures.CATALOG;
import static kr.catalog.search.load.LoadFixtures.FULL_CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The request mix: seeded and repeatable, shaped by its weights, and the same for a peer. */
class LoadMixTest {

  @Test
  void theSameSeedDrawsTheSameRequestsAndAnotherSeedOthers() {
    List<LoadRequest> a =
        LoadMix.generate(CATALOG, FULL_CONTEXT, LoadMix.DEFAULT_WEIGHTS, 2_000, 42);
    List<LoadRequest> b =
        LoadMix.generate(CATALOG, FULL_CONTEXT, LoadMix.DEFAULT_WEIGHTS, 2_000, 42);
    List<LoadRequest> c =
        LoadMix.generate(CATALOG, FULL_CONTEXT, LoadMix.DEFAULT_WEIGHTS, 2_000, 43);

    assertThat(a).hasSize(2_000).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void kindsAreDrawnInProportionToTheirWeights() {
    int n = 40_000;
    List<LoadRequest> mix = LoadMix.generate(CATALOG, FULL_CONTEXT, LoadMix.DEFAULT_WEIGHTS, n, 7);
    Map<String, Long> counts = LoadMix.countByKind(mix);
    int total = LoadMix.DEFAULT_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
    long retries = counts.getOrDefault(LoadMix.ORDER_RETRY, 0L);
    // Retries are extra requests after one order in RETRY_EVERY: the drawn kinds are n - retries.
    double drawn = n - retries;
    for (Map.Entry<LoadMix.Kind, Integer> w : LoadMix.DEFAULT_WEIGHTS.entrySet()) {
      double share = counts.getOrDefault(w.getKey().label(), 0L) / drawn;
      assertThat(share)
          .as(w.getKey().label())
          .isCloseTo(w.getValue() / (double) total, org.assertj.core.data.Offset.offset(0.01));
    }
    long orders = counts.get(LoadMix.Kind.ORDER.label());
    assertThat(retries / (double) orders)
        .isCloseTo(1.0 / LoadMix.RETRY_EVERY, org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void thePeerGetsExactlyTheSearchRequestsOfThePlatformsSearchMix() {
    Map<LoadMix.Kind, Integer> search = LoadMix.searchOnly(LoadMix.DEFAULT_WEIGHTS);
    List<LoadRequest> forPlatform = LoadMix.generate(CATALOG, FULL_CONTEXT, search, 3_000, 5);
    List<LoadRequest> forPeer =
        LoadMix.generate(CATALOG, LoadMix.Context.catalogOnly(), search, 3_000, 5);

    assertThat(forPeer).isEqualTo(forPlatform);
    assertThat(forPeer).allMatch(LoadRequest::isSearch);
    assertThat(LoadMix.countByKind(forPeer).keySet())
        .containsExactlyInAnyOrder(
            "search.text", "search.filters", "search.browse", "lookup.code", "suggest", "makers");
  }

  @Test
  void identifierLookupsTypeTheCatalogsIdentifiersAndNeedSome() {
    kr.catalog.model.Product withIds =
        LoadFixtures.DRILL_BOSCH.withIdentifiers(
            List.of(
                new kr.catalog.model.Identifier(
                    kr.catalog.model.Identifier.Kind.MODEL_NUMBER, "0601-1A7-000"),
                new kr.catalog.model.Identifier(
                    kr.catalog.model.Identifier.Kind.BARCODE, "8801234567893")));
    kr.catalog.model.Catalog catalog =
        new kr.catalog.model.Catalog(
            "ids",
            CATALOG.makers(),
            CATALOG.categories(),
            List.of(withIds, LoadFixtures.GLOVES),
            List.of(),
            List.of());
    List<LoadRequest> mix =
        LoadMix.generate(
            catalog, FULL_CONTEXT, LoadMix.parseWeights("lookup.model=1,lookup.barcode=1"), 40, 3);
    assertThat(LoadMix.countByKind(mix)).containsOnlyKeys("lookup.model", "lookup.barcode");
    assertThat(mix)
        .allSatisfy(
            r -> {
              String q = URLDecoder.decode(r.path(), StandardCharsets.UTF_8);
              assertThat(q).startsWith("/api/lookup/code?limit=20&q=");
              // Typed any way: exact, compact, a prefix or an infix of the identifier's key.
              String key =
                  q.substring(q.indexOf("q=") + 2)
                      .replaceAll("[^0-9A-Za-z]", "")
                      .toUpperCase(java.util.Locale.ROOT);
              assertThat(key).isNotEmpty();
              assertThat("06011A7000".contains(key) || "8801234567893".contains(key))
                  .as(q)
                  .isTrue();
            });
    assertThatThrownBy(
            () ->
                LoadMix.generate(
                    CATALOG, FULL_CONTEXT, LoadMix.parseWeights("lookup.supplier=1"), 5, 3))
        .hasMessageContaining("SUPPLIER_CODE");
  }

  @Test
  void whatThePlatformCannotServeIsLeftOut() {
    Map<LoadMix.Kind, Integer> used =
        LoadMix.effectiveWeights(LoadMix.DEFAULT_WEIGHTS, LoadMix.Context.catalogOnly());

    assertThat(used)
        .doesNotContainKeys(LoadMix.Kind.EBOOK_PAGE, LoadMix.Kind.EBOOK_SEARCH, LoadMix.Kind.ORDER)
        .containsKeys(LoadMix.Kind.QUOTE, LoadMix.Kind.PRODUCT, LoadMix.Kind.SEARCH_TEXT);
  }

  @Test
  void ordersCarryUniqueKeysAndEachRetryRepeatsItsOrder() {
    List<LoadRequest> mix =
        LoadMix.generate(CATALOG, FULL_CONTEXT, LoadMix.parseWeights("order=1"), 500, 11);
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < mix.size(); i++) {
      LoadRequest r = mix.get(i);
      assertThat(r.account()).isIn(LoadMix.CUSTOMERS);
      assertThat(r.body()).contains("\"channel\"").doesNotContain("GSB-10");
      if (r.kind().equals(LoadMix.ORDER_RETRY)) {
        LoadRequest order = mix.get(i - 1);
        assertThat(order.kind()).isEqualTo("order");
        assertThat(r.idempotencyKey()).isEqualTo(order.idempotencyKey());
        assertThat(r.body()).isEqualTo(order.body());
      } else {
        assertThat(keys.add(r.idempotencyKey())).as("unique key " + r.idempotencyKey()).isTrue();
      }
    }
    // Only the stocked products are ordered.
    assertThat(mix).allMatch(r -> r.body().contains("GSB-13RE") || r.body().contains("GL 200/B"));
  }

  @Test
  void searchPathsAreEncodedAndSayWhatTheIntentSays() {
    List<LoadRequest> mix =
        LoadMix.generate(
            CATALOG,
            FULL_CONTEXT,
            LoadMix.parseWeights("search.text=1,search.filters=1,suggest=1"),
            300,
            3);
    for (LoadRequest r : mix) {
      assertThat(r.path()).doesNotContainPattern("[\\uAC00-\\uD7A3 ]");
      String q = r.path().replaceAll(".*[?&]q=([^&]*).*", "$1");
      assertThat(URLDecoder.decode(q, StandardCharsets.UTF_8)).isEqualTo(r.intent().text());
      if (r.kind().equals("search.filters")) {
        assertThat(r.path()).contains("&maker=" + r.intent().maker());
        assertThat(r.intent().priceMin()).isLessThan(r.intent().priceMax());
      }
    }
    // The discontinued drill's words never appear: "구형드릴" is only in its name.
    assertThat(mix).noneMatch(r -> r.intent().text().contains("구형"));
  }

  @Test
  void mixSpecificationsAreParsedAndBadOnesNamed() {
    Map<LoadMix.Kind, Integer> expected = new EnumMap<>(LoadMix.Kind.class);
    expected.put(LoadMix.Kind.SEARCH_TEXT, 30);
    expected.put(LoadMix.Kind.ORDER, 5);
    assertThat(LoadMix.parseWeights("search.text=30, order=5")).isEqualTo(expected);
    assertThat(LoadMix.parseWeights("default")).isEqualTo(LoadMix.DEFAULT_WEIGHTS);
    assertThat(LoadMix.parseWeights("search").keySet()).allMatch(LoadMix.Kind::isSearch);

    assertThatThrownBy(() -> LoadMix.parseWeights("serch=3"))
        .hasMessageContaining("unknown request kind 'serch'")
        .hasMessageContaining("search.text");
    assertThatThrownBy(() -> LoadMix.parseWeights("order=-1")).hasMessageContaining("negative");
    assertThatThrownBy(() -> LoadMix.parseWeights("order=x"))
        .hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> LoadMix.parseWeights("order")).hasMessageContaining("kind=weight");
    assertThatThrownBy(() -> LoadMix.parseWeights("order=0")).hasMessageContaining("every weight");
    assertThatThrownBy(() -> LoadMix.parseWeights("order=1,order=2"))
        .hasMessageContaining("named twice");
  }
}
