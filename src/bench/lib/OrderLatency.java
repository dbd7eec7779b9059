import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Order latency of a running platform (src/bench/quick-start-durability.sh): CLIENTS threads place
 * ORDERS orders in all as the demo customer, each with its own Idempotency-Key, after WARMUP
 * orders that are not counted; prints p50, p90, p99 and max in ms and the non-201 count.
 *
 * <p>Usage: {@code java src/bench/lib/OrderLatency.java BASE_URL [ORDERS] [CLIENTS] [WARMUP]}
 */
public final class OrderLatency {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    int orders = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String token = login(http, base, "customer");
    String warehouse = login(http, base, "warehouse");
    send(http, base + "/api/stock/BL-565-2", warehouse, "PUT", "{\"onHand\":10000000}", null);
    String body =
        "{\"channel\":\"WEB\",\"fulfilment\":\"PICKUP\",\"lines\":[{\"code\":\"BL-565-2\","
            + "\"quantity\":1}]}";
    run(http, base, token, body, warmup, clients);
    long started = System.nanoTime();
    List<long[]> results = run(http, base, token, body, orders, clients);
    double seconds = (System.nanoTime() - started) / 1e9;
    List<Long> nanos = new ArrayList<>();
    int failed = 0;
    for (long[] r : results) {
      nanos.add(r[0]);
      if (r[1] != 201) {
        failed++;
      }
    }
    Collections.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "orders=%d clients=%d p50=%.1f p90=%.1f p99=%.1f max=%.1f ms, %.0f orders/s, non-201=%d%n",
        orders,
        clients,
        pct(nanos, 0.50),
        pct(nanos, 0.90),
        pct(nanos, 0.99),
        nanos.get(nanos.size() - 1) / 1e6,
        orders / seconds,
        failed);
  }

  private static List<long[]> run(
      HttpClient http, String base, String token, String body, int orders, int clients)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> futures = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      futures.add(
          pool.submit(
              () -> {
                long t = System.nanoTime();
                int status =
                    send(
                        http,
                        base + "/api/orders",
                        token,
                        "POST",
                        body,
                        UUID.randomUUID().toString());
                return new long[] {System.nanoTime() - t, status};
              }));
    }
    List<long[]> results = new ArrayList<>();
    for (Future<long[]> f : futures) {
      results.add(f.get());
    }
    pool.shutdown();
    return results;
  }

  private static double pct(List<Long> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
  }

  private static String login(HttpClient http, String base, String user) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + user + "-demo\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("log-in of " + user + " failed: " + r.body());
    }
    return m.group(1);
  }

  private static int send(
      HttpClient http, String url, String token, String method, String body, String key)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
