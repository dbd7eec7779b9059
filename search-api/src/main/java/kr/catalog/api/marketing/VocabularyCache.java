package kr.catalog.api.marketing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import kr.catalog.api.cluster.ClusterBus;
import kr.catalog.api.cluster.ClusterMessage;
import kr.catalog.api.cluster.ClusterResync;
import kr.catalog.api.cluster.ClusterTopic;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.vocabulary.Vocabulary;
import kr.catalog.search.vocabulary.VocabularyEntry;
import org.jboss.logging.Logger;

/**
 * Hands the stored vocabulary to the search backend: seeded from the shipped file on the first
 * start, loaded at start-up and again after each committed change, so a change applies to the next
 * search (the backend swaps the whole vocabulary atomically; no reindex: it is applied at query
 * time). Like {@link CurationCache}, a change is announced to the other API instances on the {@link
 * ClusterBus} inside its transaction; each reloads when it hears of one or after its bus
 * reconnected.
 */
@ApplicationScoped
public class VocabularyCache {
  private static final Logger LOG = Logger.getLogger(VocabularyCache.class);

  @Inject SearchBackend backend;
  @Inject VocabularyService service;
  @Inject CatalogConfig config;
  @Inject ClusterBus bus;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1500) StartupEvent event) {
    int seeded = service.seedIfNeverSeeded();
    if (seeded > 0) {
      LOG.infof("Vocabulary seeded with the %d shipped entries", seeded);
    }
    reload();
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) VocabularyChanged event) {
    reload();
  }

  /** Inside the changing transaction: the other instances hear of it when it commits. */
  void announce(@Observes VocabularyChanged event) {
    bus.publish(ClusterTopic.VOCABULARY);
  }

  void onOtherInstance(@Observes ClusterMessage message) {
    if (message.topic() == ClusterTopic.VOCABULARY) {
      reload();
    }
  }

  void onResync(@Observes ClusterResync event) {
    reload();
  }

  /** Reads every entry again (a few hundred rows) and gives the backend the new vocabulary. */
  public void reload() {
    if (!config.search().vocabulary()) {
      backend.useVocabulary(Vocabulary.EMPTY);
      return;
    }
    List<VocabularyEntry> entries =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    VocabularyItem.<VocabularyItem>list("order by id").stream()
                        .map(VocabularyItem::toEntry)
                        .toList());
    backend.useVocabulary(Vocabulary.of(entries));
    LOG.debugf("Vocabulary reloaded: %d entries", entries.size());
  }
}
