package kr.catalog.api.pricing;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.catalog.api.catalog.CatalogReindexed;
import kr.catalog.api.catalog.SignalsChanged;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.marketing.CollectionMembers;
import kr.catalog.api.marketing.CurationCache;
import kr.catalog.api.marketing.CurationCache.CollectionEntry;
import kr.catalog.api.marketing.CurationChanged;
import org.jboss.logging.Logger;

/**
 * Finds the products whose discount flag changes without a transaction saying so: a discounting
 * collection whose window starts or ends, a promotion whose first day comes or whose last day
 * passes. It also turns a committed change of a discounting collection (created, edited, deleted)
 * into the products concerned. Either way it fires {@link SignalsChanged} for them, and {@code
 * LiveSignals} pushes what really changed.
 *
 * <p>Collections: every {@link #PERIOD_MILLIS} and after each committed curation change, the
 * discounting state of every collection (active now with a discount, and its version) is compared
 * with the previous check; the members (hand-picked and rule matches) of the old and new state of
 * each collection that changed are fired. The first check after start and after a reindex starts
 * from nothing, so every active discounting collection's members are fired then (rule members are
 * known only once the catalog is indexed). Promotions: when the day in the commerce zone turns, the
 * products of promotions starting or ending between the two days are fired.
 */
@ApplicationScoped
public class DiscountWindows {
  private static final Logger LOG = Logger.getLogger(DiscountWindows.class);

  /**
   * How often windows are checked: a window's start or end reaches search within this and a push.
   */
  static final long PERIOD_MILLIS = 1_000;

  @Inject CurationCache cache;
  @Inject CollectionMembers members;
  @Inject PromotionService promotions;
  @Inject CommerceConfig config;
  @Inject Clock clock;
  @Inject Event<SignalsChanged> signalsChanged;

  /** The discounting state of a collection at one check. */
  private record State(int version, boolean discounting, CollectionEntry entry) {}

  private ScheduledExecutorService ticker;

  // Read and written on the ticker thread only.
  private Map<Long, State> previous = Map.of();
  private LocalDate previousDay;

  /** After the catalog is indexed at start-up (the bootstrap observes at APPLICATION + 2000). */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 2500) StartupEvent event) {
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "discount-windows");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleWithFixedDelay(this::check, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }

  /** After the curation cache has reloaded (it observes at the default priority). */
  void onCurationChange(
      @Observes(during = TransactionPhase.AFTER_SUCCESS)
          @Priority(Interceptor.Priority.APPLICATION + 1000)
          CurationChanged event) {
    submit(this::check);
  }

  /** Rule members may differ in a new catalog: start again from nothing. */
  void onReindex(@Observes CatalogReindexed event) {
    submit(
        () -> {
          previous = Map.of();
          check();
        });
  }

  private void submit(Runnable task) {
    if (ticker == null) {
      return;
    }
    try {
      ticker.execute(task);
    } catch (RuntimeException e) {
      // Shutting down.
    }
  }

  private void check() {
    try {
      Instant now = clock.instant();
      Set<String> changed = new HashSet<>(collectionChanges(now));
      LocalDate today = LocalDate.ofInstant(now, config.zone());
      if (previousDay != null && !previousDay.equals(today)) {
        changed.addAll(promotions.windowChangesBetween(previousDay, today));
      }
      previousDay = today;
      if (!changed.isEmpty()) {
        signalsChanged.fire(new SignalsChanged(changed));
      }
    } catch (RuntimeException e) {
      // The next check tries again (the state compared with is only replaced on success).
      LOG.warnf("Checking discount windows failed: %s", e.toString());
    }
  }

  private Set<String> collectionChanges(Instant now) {
    Map<Long, State> current = new HashMap<>();
    for (CollectionEntry c : cache.current().collections()) {
      boolean discounting =
          c.activeAt(now) && c.discountPercent() != null && c.discountPercent() > 0;
      current.put(c.id(), new State(c.version(), discounting, c));
    }
    Set<String> codeKeys = new HashSet<>();
    Set<Long> ids = new HashSet<>(previous.keySet());
    ids.addAll(current.keySet());
    for (Long id : ids) {
      State before = previous.get(id);
      State after = current.get(id);
      boolean wasDiscounting = before != null && before.discounting();
      boolean isDiscounting = after != null && after.discounting();
      boolean sameVersion = before != null && after != null && before.version() == after.version();
      if ((!wasDiscounting && !isDiscounting) || (wasDiscounting == isDiscounting && sameVersion)) {
        continue;
      }
      if (before != null) {
        codeKeys.addAll(membersOf(before.entry()));
      }
      if (after != null) {
        codeKeys.addAll(membersOf(after.entry()));
      }
    }
    previous = current;
    return codeKeys;
  }

  private Set<String> membersOf(CollectionEntry c) {
    Set<String> keys = new HashSet<>(c.codeKeys());
    keys.addAll(members.ruleMembers(c));
    return keys;
  }
}
