package kr.catalog.api.recommendation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Rebuilds the derived tables of the recommendations ({@code co_purchase}, {@code
 * product_popularity}) from the orders, on a schedule ({@code
 * catalog.recommendations.refresh-every}), never inside an order: confirming an order writes
 * nothing here and waits for nothing. A rebuild runs only when orders were added or cancelled since
 * the last one ({@code co_purchase_state}), and only on one instance at a time (a transaction-level
 * advisory lock; the others skip that round). Readers keep seeing the previous counts until the
 * rebuild commits (PostgreSQL MVCC), so a page never sees an empty table.
 *
 * <p>What counts: every order not cancelled; a pair counts the orders holding both products. Orders
 * of more than {@value #MAX_LINES} lines are left out of the pairs: a stock-up order of hundreds of
 * lines would pair everything with everything and say nothing about what goes together.
 */
@ApplicationScoped
public class CoPurchaseRefresh {
  private static final Logger LOG = Logger.getLogger(CoPurchaseRefresh.class);

  /** Orders with more lines than this count for popularity only. */
  public static final int MAX_LINES = 40;

  /** The advisory lock key of the rebuild (any constant unique within the platform). */
  private static final long LOCK = 0x5245434FL;

  @Inject EntityManager em;

  @Scheduled(
      identity = "co-purchase-refresh",
      every = "${catalog.recommendations.refresh-every:30s}",
      delayed = "${catalog.recommendations.refresh-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      refresh();
    } catch (RuntimeException e) {
      // The next round tries again; recommendations keep the previous counts meanwhile.
      LOG.warnf("Co-purchase rebuild failed: %s", e.getMessage());
    }
  }

  /**
   * Rebuilds the counts if orders changed since the last rebuild.
   *
   * @return whether a rebuild ran
   */
  public boolean refresh() {
    return QuarkusTransaction.requiringNew().timeout(600).call(this::rebuildIfChanged);
  }

  private boolean rebuildIfChanged() {
    Object locked =
        em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
            .setParameter(1, LOCK)
            .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return false;
    }
    Object[] now =
        (Object[])
            em.createNativeQuery(
                    "SELECT coalesce(max(id), 0), count(*),"
                        + " count(*) FILTER (WHERE status = 'CANCELLED') FROM customer_order")
                .getSingleResult();
    long lastId = ((Number) now[0]).longValue();
    long count = ((Number) now[1]).longValue();
    long cancelled = ((Number) now[2]).longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> seen =
        em.createNativeQuery(
                "SELECT last_order_id, order_count, cancelled_count FROM co_purchase_state"
                    + " WHERE id = 1")
            .getResultList();
    if (!seen.isEmpty()
        && ((Number) seen.get(0)[0]).longValue() == lastId
        && ((Number) seen.get(0)[1]).longValue() == count
        && ((Number) seen.get(0)[2]).longValue() == cancelled) {
      return false;
    }
    long started = System.nanoTime();
    em.createNativeQuery("DELETE FROM co_purchase").executeUpdate();
    int pairs =
        em.createNativeQuery(
                "WITH counted AS ("
                    + "  SELECT DISTINCT l.order_id, l.code_key FROM order_line l"
                    + "  JOIN customer_order o ON o.id = l.order_id"
                    + "  WHERE o.status <> 'CANCELLED' AND o.id <= ?1"
                    + "  AND (SELECT count(*) FROM order_line n WHERE n.order_id = o.id) <= ?2)"
                    + " INSERT INTO co_purchase (code_key, other_key, orders)"
                    + " SELECT a.code_key, b.code_key, count(*) FROM counted a"
                    + " JOIN counted b ON a.order_id = b.order_id AND a.code_key <> b.code_key"
                    + " GROUP BY a.code_key, b.code_key")
            .setParameter(1, lastId)
            .setParameter(2, MAX_LINES)
            .executeUpdate();
    em.createNativeQuery("DELETE FROM product_popularity").executeUpdate();
    int products =
        em.createNativeQuery(
                "INSERT INTO product_popularity (code_key, orders)"
                    + " SELECT l.code_key, count(DISTINCT l.order_id) FROM order_line l"
                    + " JOIN customer_order o ON o.id = l.order_id"
                    + " WHERE o.status <> 'CANCELLED' AND o.id <= ?1 GROUP BY l.code_key")
            .setParameter(1, lastId)
            .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO co_purchase_state (id, last_order_id, order_count, cancelled_count,"
                + " computed_at) VALUES (1, ?1, ?2, ?3, now()) ON CONFLICT (id) DO UPDATE SET"
                + " last_order_id = EXCLUDED.last_order_id, order_count = EXCLUDED.order_count,"
                + " cancelled_count = EXCLUDED.cancelled_count, computed_at = now()")
        .setParameter(1, lastId)
        .setParameter(2, count)
        .setParameter(3, cancelled)
        .executeUpdate();
    LOG.infof(
        "Co-purchase counts rebuilt from %d orders: %d pairs, %d products (%d ms)",
        count - cancelled, pairs, products, (System.nanoTime() - started) / 1_000_000);
    return true;
  }
}
