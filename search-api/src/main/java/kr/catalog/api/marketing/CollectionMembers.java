package kr.catalog.api.marketing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kr.catalog.api.catalog.CatalogReindexed;
import kr.catalog.api.cluster.ClusterMessage;
import kr.catalog.api.cluster.ClusterResync;
import kr.catalog.api.cluster.ClusterTopic;
import kr.catalog.api.marketing.CurationCache.CollectionEntry;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;

/**
 * Which products belong to a collection, for pricing and explanations: the hand-picked ones, plus
 * for a rule-based collection every product its saved search finds in the served catalog. The
 * search backend is asked once per collection version and catalog, then the answer is kept until
 * the collection changes (a new version) or the catalog is indexed again.
 */
@ApplicationScoped
public class CollectionMembers {

  /** Hits per page while walking a rule's matches with the cursor. */
  private static final int PAGE = SearchQuery.Page.MAX_SIZE;

  @Inject SearchBackend backend;

  private final Map<String, Set<String>> ruleMembers = new ConcurrentHashMap<>();

  /** Whether the product belongs to the collection (whatever the collection's window). */
  public boolean contains(CollectionEntry c, String codeKey) {
    return c.codeKeys().contains(codeKey)
        || (c.ruleQuery() != null && ruleMembers(c).contains(codeKey));
  }

  /** The code keys the collection's saved search finds now (empty without a rule). */
  public Set<String> ruleMembers(CollectionEntry c) {
    if (c.ruleQuery() == null) {
      return Set.of();
    }
    return ruleMembers.computeIfAbsent(c.id() + ":" + c.version(), k -> walk(c.ruleQuery()));
  }

  void onReindex(@Observes CatalogReindexed event) {
    ruleMembers.clear();
  }

  /** Drops the answers of changed or deleted collections (keys are per version). */
  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CurationChanged event) {
    ruleMembers.clear();
  }

  /** Another instance changed a collection (keys are per version; deleted ones must go too). */
  void onOtherInstance(@Observes ClusterMessage message) {
    if (message.topic() == ClusterTopic.CURATION) {
      ruleMembers.clear();
    }
  }

  void onResync(@Observes ClusterResync event) {
    ruleMembers.clear();
  }

  private Set<String> walk(SearchQuery rule) {
    Set<String> keys = new HashSet<>();
    SearchQuery.Page page = SearchQuery.Page.first(PAGE);
    while (true) {
      SearchResult result = backend.search(rule.withPage(page));
      result.hits().stream().filter(h -> !h.discontinued()).forEach(h -> keys.add(h.codeKey()));
      if (result.nextCursor() == null || result.hits().size() < PAGE) {
        return Set.copyOf(keys);
      }
      page = SearchQuery.Page.after(result.nextCursor(), PAGE);
    }
  }
}
