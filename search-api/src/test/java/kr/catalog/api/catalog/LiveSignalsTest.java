package kr.catalog.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kr.catalog.model.Product;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.ProductSignals.Signal;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The worker of {@link LiveSignals} without a server: a search backend that records (or refuses)
 * updates and a database stand-in whose signals the test sets. Shows that many changes of one
 * product become few updates, that an unchanged signal is not sent again, and that a failed update
 * is retried until it goes through.
 */
class LiveSignalsTest {

  private static final Signal IN = new Signal(true, false);
  private static final Signal OUT = new Signal(false, false);

  /** The "database": the signal each product has now. */
  private final Map<String, Signal> truth = new ConcurrentHashMap<>();

  private final List<ProductSignals> updates = new CopyOnWriteArrayList<>();
  private final AtomicInteger refusalsLeft = new AtomicInteger();
  private volatile CountDownLatch hold = new CountDownLatch(0);
  private final CountDownLatch entered = new CountDownLatch(1);
  private LiveSignals live;

  private LiveSignals start() {
    live = new LiveSignals();
    live.registry = new SimpleMeterRegistry();
    live.signals =
        new SearchSignals() {
          @Override
          public ProductSignals productSignals(List<Product> products) {
            throw new UnsupportedOperationException();
          }

          @Override
          public ProductSignals signalsOf(Collection<String> codeKeys) {
            Map<String, Signal> now = new HashMap<>();
            codeKeys.forEach(k -> now.put(k, truth.getOrDefault(k, Signal.NONE)));
            return new ProductSignals(now);
          }
        };
    live.backend =
        (SearchBackend)
            Proxy.newProxyInstance(
                SearchBackend.class.getClassLoader(),
                new Class<?>[] {SearchBackend.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "name" -> "fake";
                      case "updateSignals" -> {
                        entered.countDown();
                        hold.await(10, TimeUnit.SECONDS);
                        if (refusalsLeft.getAndDecrement() > 0) {
                          throw new SearchUnavailableException("backend down");
                        }
                        updates.add((ProductSignals) args[0]);
                        yield null;
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    live.start();
    return live;
  }

  @AfterEach
  void stop() {
    if (live != null) {
      live.stop(null);
    }
  }

  private void awaitUpdates(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (updates.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(updates).hasSizeGreaterThanOrEqualTo(count);
  }

  private Signal lastSent(String key) {
    Signal last = null;
    for (ProductSignals u : updates) {
      if (u.byCodeKey().containsKey(key)) {
        last = u.byCodeKey().get(key);
      }
    }
    return last;
  }

  @Test
  void manyChangesOfOneProductWhileAnUpdateRunsBecomeOneMoreUpdate() throws Exception {
    LiveSignals signals = start();
    hold = new CountDownLatch(1);
    truth.put("A", IN);
    signals.changed(Set.of("A"));
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    // The first update is held inside the backend; a hundred orders come and go meanwhile.
    for (int i = 0; i < 100; i++) {
      truth.put("A", i % 2 == 0 ? OUT : IN);
      signals.changed(Set.of("A"));
    }
    truth.put("A", OUT);
    signals.changed(Set.of("A"));
    hold.countDown();

    awaitUpdates(2);
    Thread.sleep(200);
    assertThat(updates).hasSize(2);
    assertThat(lastSent("A")).isEqualTo(OUT);
  }

  @Test
  void anUnchangedSignalIsNotSentAgain() throws Exception {
    LiveSignals signals = start();
    truth.put("A", IN);
    signals.changed(Set.of("A"));
    awaitUpdates(1);

    signals.changed(Set.of("A"));
    truth.put("B", OUT);
    signals.changed(Set.of("B"));
    awaitUpdates(2);
    Thread.sleep(200);

    assertThat(updates).hasSize(2);
    // B was never sent, so its first signal goes even though it says "neither".
    assertThat(updates.get(1).byCodeKey()).containsOnlyKeys("B");
  }

  @Test
  void aFailedUpdateIsRetriedUntilItGoesThrough() throws Exception {
    LiveSignals signals = start();
    refusalsLeft.set(2);
    truth.put("A", IN);
    signals.changed(Set.of("A"));

    // 500 ms, then 1 s between the attempts.
    awaitUpdates(1);
    assertThat(lastSent("A")).isEqualTo(IN);
    assertThat(signals.registry.counter("catalog.signals.push.failures").count()).isEqualTo(2.0);
  }
}
