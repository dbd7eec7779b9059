package kr.catalog.search.tools;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import kr.catalog.model.Catalog;
import kr.catalog.search.SearchQuery;

/**
 * Requests for the latency benchmark per kind of query (issue 19), in equal shares, drawn with a
 * fixed seed: the judged Korean query set's texts grouped by what the search does with them, and
 * identifier lookups.
 *
 * <ul>
 *   <li>{@code exact}: catalog words, spacing variants and English names (kinds {@code catalog},
 *       {@code spacing}, {@code english}): the typed text runs once;
 *   <li>{@code corrected}: one wrong jamo or a whole syllable dropped ({@code typo}, {@code
 *       dropped}): the typed text, the corrector, then the corrected text;
 *   <li>{@code vocabulary}: synonyms, shop-floor words and loanword spellings ({@code synonym},
 *       {@code shop-floor}, {@code loanword}): the typed text expanded by the trade vocabulary;
 *   <li>{@code lookup}: a catalog code, model number, supplier code or barcode typed another way
 *       ({@link QueryMix#identifierLookups}).
 * </ul>
 *
 * The set's texts repeat (330 queries for thousands of requests): what is measured is the work per
 * kind, not a cache (the backends keep none for searches).
 */
final class QueryKindsMix {

  private static final Map<String, String> GROUP =
      Map.of(
          "catalog", "exact",
          "spacing", "exact",
          "english", "exact",
          "typo", "corrected",
          "dropped", "corrected",
          "synonym", "vocabulary",
          "shop-floor", "vocabulary",
          "loanword", "vocabulary");

  private QueryKindsMix() {}

  static List<QueryMix.Request> of(Catalog catalog, int count, long seed) {
    return of(catalog, count, seed, false);
  }

  /**
   * The same requests; with {@code asTyped} every text runs as typed only ({@code exact=true}): no
   * correction and no second search, the way the platform searched before typo tolerance, to
   * measure the kinds before and after it on one index.
   */
  static List<QueryMix.Request> of(Catalog catalog, int count, long seed, boolean asTyped) {
    Random random = new Random(seed);
    Map<String, List<String>> texts =
        KoreanQuerySet.shipped().queries().stream()
            .filter(q -> GROUP.containsKey(q.kind()))
            .collect(
                Collectors.groupingBy(
                    q -> GROUP.get(q.kind()),
                    java.util.TreeMap::new,
                    Collectors.mapping(KoreanQuerySet.Query::text, Collectors.toList())));
    List<QueryMix.Request> lookups = QueryMix.identifierLookups(catalog, count, seed);
    List<String> kinds = List.of("exact", "corrected", "vocabulary", "lookup");
    List<QueryMix.Request> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String kind = kinds.get(i % kinds.size());
      if (kind.equals("lookup")) {
        QueryMix.Request r = lookups.get(i);
        requests.add(new QueryMix.Request("lookup", r.run(), r.apiPath()));
        continue;
      }
      List<String> group = texts.get(kind);
      String text = group.get(random.nextInt(group.size()));
      SearchQuery q = SearchQuery.text(text).toBuilder().exact(asTyped).build();
      requests.add(
          new QueryMix.Request(
              kind,
              b -> b.search(q),
              "/api/search?q="
                  + URLEncoder.encode(text, StandardCharsets.UTF_8)
                  + (asTyped ? "&exact=true" : "")));
    }
    return requests;
  }
}
