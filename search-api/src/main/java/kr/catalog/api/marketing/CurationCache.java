package kr.catalog.api.marketing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.catalog.api.cluster.ClusterBus;
import kr.catalog.api.cluster.ClusterMessage;
import kr.catalog.api.cluster.ClusterResync;
import kr.catalog.api.cluster.ClusterTopic;
import kr.catalog.search.SearchQuery;
import org.jboss.logging.Logger;

/**
 * Every collection and merchandising rule, held in memory so that a search costs no database query:
 * loaded at start-up and again after each committed change. The snapshot holds scheduled and ended
 * entries too; which ones are active is decided per request from the clock, so a collection starts
 * and ends on time without any reload.
 *
 * <p>Several API instances share the database: a change is announced to the others on the {@link
 * ClusterBus} inside its transaction (so the notification leaves only if it commits), and each
 * instance reloads when it hears of one, or after its bus reconnected (it may have missed some).
 */
@ApplicationScoped
public class CurationCache {
  private static final Logger LOG = Logger.getLogger(CurationCache.class);

  @Inject ObjectMapper json;
  @Inject ClusterBus bus;

  private volatile Snapshot snapshot = new Snapshot(List.of(), List.of());

  /**
   * A collection as searches and pricing see it.
   *
   * @param ruleQuery the saved search as a backend query, or null for a hand-picked-only one
   */
  public record CollectionEntry(
      long id,
      int version,
      String slug,
      CollectionType type,
      String titleKo,
      String titleEn,
      String description,
      Instant startsAt,
      Instant endsAt,
      List<String> codeKeys,
      SavedSearch rule,
      SearchQuery ruleQuery,
      Integer discountPercent) {

    /** {@code startsAt <= now < endsAt}. */
    public boolean activeAt(Instant now) {
      return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }
  }

  /** A merchandising rule as searches see it. */
  public record RuleEntry(
      long id,
      String queryKey,
      String categoryId,
      RuleAction action,
      Integer position,
      BigDecimal factor,
      String codeKey,
      Instant startsAt,
      Instant endsAt) {

    /** {@code startsAt <= now < endsAt}. */
    public boolean activeAt(Instant now) {
      return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }
  }

  /**
   * One consistent state of all collections (by slug) and rules (newest first).
   *
   * @param collections every collection, by start then slug
   * @param rules every rule, newest (highest id) first
   */
  public record Snapshot(List<CollectionEntry> collections, List<RuleEntry> rules) {
    public Snapshot {
      collections = List.copyOf(collections);
      rules = List.copyOf(rules);
    }

    /** Collections by slug. */
    public Map<String, CollectionEntry> bySlug() {
      return collections.stream()
          .collect(
              Collectors.toMap(CollectionEntry::slug, c -> c, (a, b) -> a, LinkedHashMap::new));
    }

    /** Collections active at this instant, in snapshot order. */
    public List<CollectionEntry> activeAt(Instant now) {
      return collections.stream().filter(c -> c.activeAt(now)).toList();
    }
  }

  /** The current snapshot. */
  public Snapshot current() {
    return snapshot;
  }

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1500) StartupEvent event) {
    reload();
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CurationChanged event) {
    reload();
  }

  /** Inside the changing transaction: the other instances hear of it when it commits. */
  void announce(@Observes CurationChanged event) {
    bus.publish(ClusterTopic.CURATION);
  }

  void onOtherInstance(@Observes ClusterMessage message) {
    if (message.topic() == ClusterTopic.CURATION) {
      reload();
    }
  }

  void onResync(@Observes ClusterResync event) {
    reload();
  }

  /** Reads everything again (a few hundred rows at most). */
  public void reload() {
    snapshot = QuarkusTransaction.requiringNew().call(this::read);
    LOG.debugf(
        "Curation reloaded: %d collections, %d rules",
        snapshot.collections().size(), snapshot.rules().size());
  }

  private Snapshot read() {
    List<CollectionEntry> collections =
        PromoCollection.<PromoCollection>listAll().stream()
            .sorted(
                Comparator.comparing((PromoCollection c) -> c.startsAt).thenComparing(c -> c.slug))
            .map(this::entry)
            .toList();
    List<RuleEntry> rules =
        MerchandisingRule.<MerchandisingRule>listAll().stream()
            .sorted(Comparator.comparing((MerchandisingRule r) -> r.id).reversed())
            .map(
                r ->
                    new RuleEntry(
                        r.id,
                        r.queryKey,
                        r.categoryId,
                        r.action,
                        r.position,
                        r.factor,
                        r.codeKey,
                        r.startsAt,
                        r.endsAt))
            .toList();
    return new Snapshot(collections, rules);
  }

  private CollectionEntry entry(PromoCollection c) {
    SavedSearch rule = rule(c.ruleJson);
    return new CollectionEntry(
        c.id,
        c.version,
        c.slug,
        c.type,
        c.titleKo,
        c.titleEn,
        c.description,
        c.startsAt,
        c.endsAt,
        List.copyOf(c.codeKeys),
        rule,
        rule == null ? null : rule.toQuery(),
        c.discountPercent);
  }

  /** The saved search stored as JSON, or null. */
  SavedSearch rule(String ruleJson) {
    if (ruleJson == null) {
      return null;
    }
    try {
      return json.readValue(ruleJson, SavedSearch.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored collection rule is not valid JSON", e);
    }
  }
}
