package kr.catalog.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.catalog.api.order.Fixtures;

/**
 * Orders sent by concurrent clients, each with its own Idempotency-Key, and what the client was
 * told; after a crash every one is retried with its key and checked against what was promised.
 */
final class OrderLedger {

  /** The product every order takes; its stock is checked against the orders that exist. */
  static final String PRODUCT = Fixtures.MULTIMETER_COMPACT;

  /** Demo customers (README "Demo accounts"); client {@code i} orders as {@code USERS[i % 2]}. */
  static final List<String> USERS = List.of("customer", "customer2");

  /** One submission and the answer its client got before the crash (status 0: none). */
  static final class Sent {
    final String user;
    final String key;
    final String body;
    final int quantity;
    volatile int status;
    volatile long id = -1;

    Sent(String user, String key, int quantity) {
      this.user = user;
      this.key = key;
      this.quantity = quantity;
      this.body =
          String.format(
              Locale.ROOT,
              "{\"channel\":\"WEB\",\"fulfilment\":\"PICKUP\",\"lines\":[{\"code\":\"%s\","
                  + "\"quantity\":%d}]}",
              PRODUCT,
              quantity);
    }

    boolean confirmed() {
      return status == 200 || status == 201;
    }
  }

  /** What the retries after one crash found. */
  record Outcome(
      int sent,
      int confirmed,
      int unansweredCommitted,
      int unansweredNotCommitted,
      List<String> lost) {}

  private final List<Sent> round = Collections.synchronizedList(new ArrayList<>());
  private final Set<Long> orders = Collections.synchronizedSet(new HashSet<>());
  private long units;

  /**
   * Waits until a submission of the current round was confirmed: a kill before the first answer
   * (the JVM is still warming up after a restart) would test nothing.
   */
  void awaitFirstConfirmation() throws InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      synchronized (round) {
        if (round.stream().anyMatch(Sent::confirmed)) {
          return;
        }
      }
      assertThat(System.nanoTime()).as("an order confirmed within 60 s").isLessThan(giveUp);
      Thread.sleep(10);
    }
  }

  /** Units of {@link #PRODUCT} reserved by every order known to exist. */
  synchronized long units() {
    return units;
  }

  int orders() {
    return orders.size();
  }

  /**
   * Starts {@code clients} threads that place orders one after the other until {@code stop} is set
   * or their request gets no answer (the application was killed).
   */
  ExecutorService startClients(
      ChildPlatform app, Map<String, String> tokens, int clients, String run, AtomicBoolean stop) {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      pool.submit(
          () -> {
            String user = USERS.get(client % USERS.size());
            for (int i = 0; !stop.get(); i++) {
              Sent sent = new Sent(user, run + "-c" + client + "-" + i, 1 + i % 3);
              round.add(sent);
              try {
                HttpResponse<String> response =
                    app.send("POST", "/api/orders", tokens.get(user), sent.body, sent.key);
                if (response.statusCode() == 200 || response.statusCode() == 201) {
                  sent.id = ChildPlatform.json(response.body()).get("id").asLong();
                }
                // Set last: a status says the client has read the whole answer.
                sent.status = response.statusCode();
              } catch (IOException e) {
                // No answer: the application died with this request in flight.
                return null;
              }
            }
            return null;
          });
    }
    return pool;
  }

  /**
   * Retries every submission of the round with its key (the application is up again) and checks it:
   * a confirmed order must come back as the same order (200, same id); one that got no answer may
   * have been committed (200) or not (201, placed now). Then clears the round.
   */
  Outcome retryRound(ChildPlatform app, Map<String, String> tokens)
      throws IOException, InterruptedException {
    List<Sent> sent;
    synchronized (round) {
      sent = new ArrayList<>(round);
      round.clear();
    }
    List<String> lost = new ArrayList<>();
    int confirmed = 0;
    int committed = 0;
    int notCommitted = 0;
    for (Sent s : sent) {
      HttpResponse<String> retry = retryUntilAnswered(app, tokens.get(s.user), s);
      int status = retry.statusCode();
      long id = ChildPlatform.json(retry.body()).get("id").asLong();
      if (s.confirmed()) {
        confirmed++;
        if (status != 200 || id != s.id) {
          lost.add(
              s.key
                  + ": answered "
                  + s.status
                  + " with order "
                  + s.id
                  + " before the kill, retry answered "
                  + status
                  + " with order "
                  + id);
        } else {
          HttpResponse<String> stored = app.get("/api/orders/" + s.id, tokens.get(s.user));
          if (stored.statusCode() != 200) {
            lost.add(s.key + ": order " + s.id + " answers " + stored.statusCode());
          }
        }
      } else if (status == 200) {
        committed++;
      } else {
        notCommitted++;
      }
      if (orders.add(id)) {
        synchronized (this) {
          units += s.quantity;
        }
      }
    }
    return new Outcome(sent.size(), confirmed, committed, notCommitted, lost);
  }

  private static HttpResponse<String> retryUntilAnswered(ChildPlatform app, String token, Sent s)
      throws IOException, InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (true) {
      HttpResponse<String> retry = null;
      try {
        retry = app.send("POST", "/api/orders", token, s.body, s.key);
        if (retry.statusCode() == 200 || retry.statusCode() == 201) {
          return retry;
        }
      } catch (IOException e) {
        // The pool is reconnecting to a restarted database: try again.
      }
      // 503 while the database comes back is expected; anything else is a failure.
      assertThat(retry == null || retry.statusCode() == 503)
          .as(
              "retry of %s: %s",
              s.key, retry == null ? "" : retry.statusCode() + " " + retry.body())
          .isTrue();
      assertThat(System.nanoTime())
          .as("retry of %s answered within 120 s", s.key)
          .isLessThan(giveUp);
      Thread.sleep(200);
    }
  }

  /** Waits until the clients have ended. */
  static void awaitClients(ExecutorService pool) throws InterruptedException {
    pool.shutdown();
    assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).as("clients ended").isTrue();
  }

  /** Stock of {@link #PRODUCT} now, read by the warehouse. */
  record Stock(long onHand, long reserved, long available) {}

  static Stock stock(ChildPlatform app, String warehouseToken)
      throws IOException, InterruptedException {
    HttpResponse<String> stock = app.get("/api/stock/" + PRODUCT, warehouseToken);
    assertThat(stock.statusCode()).as("stock: %s", stock.body()).isEqualTo(200);
    var json = ChildPlatform.json(stock.body());
    return new Stock(
        json.get("onHand").asLong(), json.get("reserved").asLong(), json.get("available").asLong());
  }

  /** Sets the units on hand (warehouse): so many that no order is refused for stock. */
  static void stockUp(ChildPlatform app, String warehouseToken, long onHand)
      throws IOException, InterruptedException {
    HttpResponse<String> set =
        app.send(
            "PUT", "/api/stock/" + PRODUCT, warehouseToken, "{\"onHand\":" + onHand + "}", null);
    assertThat(set.statusCode()).as("stock: %s", set.body()).isEqualTo(200);
  }
}
