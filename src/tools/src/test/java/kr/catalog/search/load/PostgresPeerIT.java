package kr.catalog.search.load;

import static kr.catalog.search.load.LoadFixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.catalog.testharness.PostgresServer;
import kr.catalog.testharness.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL full-text search peer answers the load mix's search requests correctly on a real
 * PostgreSQL (the harness's): a comparison with a peer that answered wrongly would be worthless.
 */
class PostgresPeerIT {

  private static PostgresPeer peer;

  @BeforeAll
  static void load() throws Exception {
    PostgresServer pg = TestServers.postgres();
    StringWriter log = new StringWriter();
    peer =
        PostgresPeer.load(
            pg.jdbcUrl(), pg.username(), pg.password(), CATALOG, new PrintWriter(log, true));
    assertThat(log.toString()).contains("5 products analysed");
  }

  @AfterAll
  static void close() throws Exception {
    peer.close();
  }

  private static SearchIntent search(String text, String category, String maker, boolean byPrice) {
    return new SearchIntent(
        SearchIntent.Type.SEARCH, text, category, maker, null, null, false, byPrice, 20);
  }

  private static List<String> part(List<List<String>> rows, String part) {
    return rows.stream().filter(r -> r.get(0).equals(part)).map(r -> r.get(1)).toList();
  }

  private static Map<String, Long> counts(List<List<String>> rows, String part) {
    return rows.stream()
        .filter(r -> r.get(0).equals(part))
        .collect(Collectors.toMap(r -> r.get(1), r -> (long) Double.parseDouble(r.get(2))));
  }

  @Test
  void koreanTextFindsTheProductsWithFacetsAndLeavesTheDiscontinuedOut() throws Exception {
    // Both drills are in the category "드릴"; the discontinued GSB-10 is too, but is never found.
    List<List<String>> rows = peer.answer(search("드릴", null, null, false));

    assertThat(part(rows, "hit")).containsExactlyInAnyOrder("GSB13RE", "HP1630");
    assertThat(counts(rows, "total")).containsEntry(null, 2L);
    assertThat(counts(rows, "category")).containsExactlyEntriesOf(Map.of("01", 2L));
    assertThat(counts(rows, "maker")).containsOnly(Map.entry("M001", 1L), Map.entry("M002", 1L));
  }

  @Test
  void facetsAreDisjunctiveLikeTheApis() throws Exception {
    // Filtered to Makita: one hit, but the maker counts ignore the maker filter (both makers stay
    // visible) while the category counts respect it.
    List<List<String>> rows = peer.answer(search("드릴", null, "M002", false));

    assertThat(part(rows, "hit")).containsExactly("HP1630");
    assertThat(counts(rows, "maker")).containsOnly(Map.entry("M001", 1L), Map.entry("M002", 1L));
    assertThat(counts(rows, "category")).containsExactlyEntriesOf(Map.of("01", 1L));
    assertThat(rows).contains(List.of("price", "120000", "120000"));
  }

  @Test
  void browsingACategorySortsByPriceCheapestFirst() throws Exception {
    List<List<String>> rows = peer.answer(search("", "02", null, true));

    // Gloves 12,500 won, helmet 23,000 won.
    assertThat(part(rows, "hit")).containsExactly("GL200B", "HM7");
    assertThat(counts(rows, "category")).containsOnly(Map.entry("01", 2L), Map.entry("02", 2L));
  }

  @Test
  void codesAreFoundTypedAnyWayExactFirst() throws Exception {
    assertThat(peer.answer(SearchIntent.of(SearchIntent.Type.LOOKUP, "gsb-13re", 20)))
        .extracting(r -> r.get(0))
        .containsExactly("GSB13RE");
    // An inner part matches the code it is part of; the discontinued one is still a lookup hit.
    assertThat(peer.answer(SearchIntent.of(SearchIntent.Type.LOOKUP, "sb1", 20)))
        .extracting(r -> r.get(0))
        .containsExactly("GSB10", "GSB13RE");
    assertThat(peer.answer(SearchIntent.of(SearchIntent.Type.LOOKUP, "200b", 20)))
        .extracting(r -> r.get(0))
        .containsExactly("GL200B");
  }

  @Test
  void suggestMatchesPrefixesOfWordsAndMakerNames() throws Exception {
    assertThat(part(peer.answer(SearchIntent.of(SearchIntent.Type.SUGGEST, "코팅", 8)), "product"))
        .containsExactly("GL200B");
    assertThat(part(peer.answer(SearchIntent.of(SearchIntent.Type.SUGGEST, "mak", 8)), "maker"))
        .containsExactly("M002");
  }

  @Test
  void makersAreFoundByNameEnglishNameAndInitialConsonants() throws Exception {
    assertThat(peer.answer(SearchIntent.of(SearchIntent.Type.MAKERS, "ㅂㅅ", 20)))
        .extracting(r -> r.get(0))
        .containsExactly("M001");
    assertThat(peer.answer(SearchIntent.of(SearchIntent.Type.MAKERS, "mak", 20)))
        .extracting(r -> r.get(0))
        .containsExactly("M002");
    assertThat(peer.answer(SearchIntent.of(SearchIntent.Type.MAKERS, "마끼", 20)))
        .containsExactly(List.of("M002", "2"));
  }
}
