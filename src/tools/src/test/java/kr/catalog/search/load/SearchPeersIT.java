package kr.catalog.search.load;

import static kr.catalog.search.load.LoadFixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP peers (Meilisearch, OpenSearch with analysis-common, Solr with Nori), started for real
 * as the peer benchmark starts them, answer the mix's search requests correctly on the small
 * fixture catalog: the discontinued product is never found, filters and facets apply, codes are
 * found typed compact, makers by a prefix. A benchmark against a peer that answered wrongly would
 * be worthless.
 */
class SearchPeersIT {

  private static final Path WORK = Path.of("target", "peers-it").toAbsolutePath();
  private static final List<SearchPeer> PEERS = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    PrintWriter log = new PrintWriter(new StringWriter(), true);
    PEERS.add(MeilisearchPeer.start(WORK, CATALOG, log));
    PEERS.add(OpenSearchPeer.start(WORK, CATALOG, log));
    PEERS.add(SolrPeer.start(WORK, CATALOG, log));
  }

  @AfterAll
  static void stop() {
    PEERS.forEach(SearchPeer::close);
  }

  private static SearchIntent search(String text, String category, String maker) {
    return new SearchIntent(
        SearchIntent.Type.SEARCH, text, category, maker, null, null, false, false, 20);
  }

  @Test
  void makerNameFindsItsProductsButNotTheDiscontinuedOne() throws Exception {
    for (SearchPeer peer : PEERS) {
      // 보쉬 makes the drill, the helmet and the discontinued GSB-10.
      assertThat(peer.total(search("보쉬", null, null))).as(peer.label()).isEqualTo(2);
    }
  }

  @Test
  void aKoreanCompoundIsFoundByItsPart() throws Exception {
    // 해머드릴 and 코팅장갑 are one word each: only an analyzer that splits them (Solr's Nori, the
    // cjk bigrams of OpenSearch's analysis-common) finds them by 해머 or 장갑 (neither is in a
    // category name, so the match is the product name's).
    for (SearchPeer peer : PEERS) {
      if (peer instanceof MeilisearchPeer) {
        continue; // its own segmentation and its prefix search: not what is tested here
      }
      assertThat(peer.total(search("해머", null, null))).as(peer.label()).isEqualTo(1);
      assertThat(peer.total(search("장갑", null, null))).as(peer.label()).isEqualTo(1);
      assertThat(peer.total(search("보쉬 전동드릴", null, null))).as(peer.label()).isEqualTo(1);
    }
  }

  @Test
  void filtersNarrowTheHits() throws Exception {
    for (SearchPeer peer : PEERS) {
      assertThat(peer.total(search("보쉬", LoadFixtures.SAFETY.id(), null)))
          .as(peer.label())
          .isEqualTo(1);
      assertThat(peer.total(search("", LoadFixtures.TOOLS.id(), LoadFixtures.MAKITA.id())))
          .as(peer.label())
          .isEqualTo(1);
    }
  }

  @Test
  void facetsCountTheMakersOfTheMatches() throws Exception {
    for (SearchPeer peer : PEERS) {
      String answer = peer.answer(search("", LoadFixtures.SAFETY.id(), null)).toString();
      // Both makers have a product in 안전용품; the facet names each.
      assertThat(answer).as(peer.label()).contains("M001").contains("M002");
    }
  }

  @Test
  void codeTypedCompactInLowerCaseIsFoundFirst() throws Exception {
    for (SearchPeer peer : PEERS) {
      JsonNode a = peer.answer(SearchIntent.of(SearchIntent.Type.LOOKUP, "gsb13re", 20));
      JsonNode hits =
          a.has("response")
              ? a.path("response").path("docs")
              : a.has("hits") && a.path("hits").has("hits")
                  ? a.path("hits").path("hits")
                  : a.path("hits");
      JsonNode first = hits.path(0);
      String key =
          first.has("_source")
              ? first.path("_source").path("codeKey").asText()
              : first.path("codeKey").asText();
      assertThat(key).as(peer.label()).isEqualTo("GSB13RE");
    }
  }

  @Test
  void makerPrefixFindsTheMaker() throws Exception {
    for (SearchPeer peer : PEERS) {
      String answer = peer.answer(SearchIntent.of(SearchIntent.Type.MAKERS, "마끼", 20)).toString();
      assertThat(answer).as(peer.label()).contains("마끼다");
    }
  }
}
