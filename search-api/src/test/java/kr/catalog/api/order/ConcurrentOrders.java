package kr.catalog.api.order;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fires order submissions at the running application from many threads at once (a start gate
 * releases them together) and collects the status codes. Shared by the oversell test and the
 * throughput benchmark.
 */
final class ConcurrentOrders {

  private ConcurrentOrders() {}

  /**
   * The outcome of one burst.
   *
   * @param statuses the HTTP status of every submission, in submission order
   * @param elapsedNanos from the start gate to the last answer
   */
  record Burst(
      List<Integer> statuses, List<String> bodies, List<Long> latencyNanos, long elapsedNanos) {
    long count(int status) {
      return statuses.stream().filter(s -> s == status).count();
    }

    /** The latency at this percentile (0..100), in milliseconds. */
    double latencyMillis(double percentile) {
      List<Long> sorted = latencyNanos.stream().sorted().toList();
      int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1_000_000.0;
    }
  }

  /**
   * Submits {@code orders} single-line orders of {@code quantity} units, {@code threads} at once.
   */
  static Burst fire(
      URI ordersUri, List<String> tokens, String code, int quantity, int orders, int threads)
      throws Exception {
    return fire(ordersUri, tokens, List.of(code), quantity, orders, threads, null);
  }

  /** As above, order {@code i} taking {@code codes[i % codes.size()]}. */
  static Burst fire(
      URI ordersUri,
      List<String> tokens,
      List<String> codes,
      int quantity,
      int orders,
      int threads,
      String idempotencyKey)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<Object[]>> futures = new ArrayList<>();
      for (int i = 0; i < orders; i++) {
        String token = tokens.get(i % tokens.size());
        String body =
            String.format(
                Locale.ROOT,
                "{\"channel\":\"WEB\",\"fulfilment\":\"DELIVERY\",\"lines\":[{\"code\":\"%s\",\"quantity\":%d}]}",
                codes.get(i % codes.size()),
                quantity);
        futures.add(
            pool.submit(
                () -> {
                  gate.await();
                  HttpRequest.Builder builder = HttpRequest.newBuilder(ordersUri);
                  if (idempotencyKey != null) {
                    builder.header("Idempotency-Key", idempotencyKey);
                  }
                  HttpRequest request =
                      builder
                          .timeout(Duration.ofSeconds(60))
                          .header("Content-Type", "application/json")
                          .header("Authorization", "Bearer " + token)
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build();
                  long sent = System.nanoTime();
                  int status;
                  String answer;
                  try {
                    HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString());
                    status = response.statusCode();
                    answer = response.body();
                  } catch (IOException e) {
                    status = -1;
                    answer = "";
                  }
                  return new Object[] {status, answer, System.nanoTime() - sent};
                }));
      }
      long started = System.nanoTime();
      gate.countDown();
      List<Integer> statuses = new ArrayList<>();
      List<String> bodies = new ArrayList<>();
      List<Long> latencies = new ArrayList<>();
      for (Future<Object[]> f : futures) {
        Object[] outcome = f.get();
        statuses.add((Integer) outcome[0]);
        bodies.add((String) outcome[1]);
        latencies.add((Long) outcome[2]);
      }
      return new Burst(statuses, bodies, latencies, System.nanoTime() - started);
    } finally {
      pool.shutdownNow();
    }
  }
}
