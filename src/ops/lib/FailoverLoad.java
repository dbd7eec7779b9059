import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The client side of src/ops/production-shape.sh's measurements: reads and orders through nginx for
 * a given time while the script kills or restarts API instances, and counts what a client sees.
 *
 * <pre>java FailoverLoad.java BASE_URL SECONDS READERS ORDERERS OUT_DIR</pre>
 *
 * It stops after SECONDS or as soon as the file OUT_DIR/stop exists (the script creates it once
 * its kill or restart is over), whichever comes first.
 *
 * Readers loop over a fixed mix of GETs (search, filtered search, product, suggest, collections);
 * any answer other than 200, or no answer, is a failed request. Orderers log in as the demo
 * customers and POST orders, each with its own Idempotency-Key; a failed attempt is counted and
 * retried with the same key (what a client of the API must do), until answered 200/201. Writes
 * OUT_DIR/orders.tsv (key, order id) for the script to compare with the database: no order lost,
 * none doubled. The TLS certificate of the local shape is self-signed: this client trusts any (it
 * talks to 127.0.0.1 only).
 */
public class FailoverLoad {

  static final List<String> READS =
      List.of(
          "/api/search?q=" + URLEncoder.encode("드릴", StandardCharsets.UTF_8),
          "/api/search?flag=in_stock&q=" + URLEncoder.encode("멀티미터", StandardCharsets.UTF_8),
          "/api/search?q=" + URLEncoder.encode("렌치", StandardCharsets.UTF_8) + "&size=20",
          "/api/products/BL-565-2",
          "/api/suggest?q=" + URLEncoder.encode("드", StandardCharsets.UTF_8),
          "/api/collections");

  static final Pattern EMPTY = Pattern.compile("\"total\"\\s*:\\s*0[,}]");
  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

  final String base;
  final HttpClient http;
  final long endNanos;
  final AtomicLong requests = new AtomicLong();
  final AtomicLong failures = new AtomicLong();
  final Map<String, AtomicLong> failuresByKind = new ConcurrentHashMap<>();
  final Map<Long, AtomicLong> failuresBySecond = new ConcurrentHashMap<>();
  final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
  final AtomicLong ordersConfirmed = new AtomicLong();
  final AtomicLong orderAttemptsFailed = new AtomicLong();
  final ConcurrentLinkedQueue<String> orderLines = new ConcurrentLinkedQueue<>();
  final long startNanos = System.nanoTime();
  volatile boolean stopped;

  FailoverLoad(String base, int seconds) throws Exception {
    this.base = base;
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(
        null,
        new TrustManager[] {
          new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] c, String a) {}

            public void checkServerTrusted(X509Certificate[] c, String a) {}

            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          }
        },
        new SecureRandom());
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(tls)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    endNanos = startNanos + Duration.ofSeconds(seconds).toNanos();
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
    FailoverLoad load = new FailoverLoad(args[0], Integer.parseInt(args[1]));
    int readers = Integer.parseInt(args[2]);
    int orderers = Integer.parseInt(args[3]);
    Path out = Path.of(args[4]);
    Files.createDirectories(out);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < readers; i++) {
      int n = i;
      threads.add(Thread.ofPlatform().start(() -> load.read(n)));
    }
    String[] users = {"customer", "customer2"};
    for (int i = 0; i < orderers; i++) {
      String user = users[i % users.length];
      String run = "o" + ProcessHandle.current().pid() + "-" + i;
      threads.add(Thread.ofPlatform().start(() -> load.order(user, run)));
    }
    Path stop = out.resolve("stop");
    while (threads.stream().anyMatch(Thread::isAlive)) {
      if (Files.exists(stop)) {
        load.stopped = true;
      }
      Thread.sleep(200);
    }
    Files.write(out.resolve("orders.tsv"), load.orderLines, StandardCharsets.UTF_8);
    String report = load.report();
    Files.writeString(out.resolve("client.txt"), report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  void read(int n) {
    int i = n;
    while (running()) {
      String path = READS.get(i++ % READS.size());
      long t0 = System.nanoTime();
      requests.incrementAndGet();
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(15))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
          fail("GET " + r.statusCode());
        } else if (path.startsWith("/api/search") && EMPTY.matcher(r.body()).find()) {
          // Every search of the mix finds products in any catalog version: an empty answer is a
          // failure the client sees (a publish must never serve a half-built index).
          fail("GET search empty");
        }
      } catch (IOException | InterruptedException e) {
        fail("GET " + e.getClass().getSimpleName());
      }
      latenciesMicros.add((System.nanoTime() - t0) / 1000);
    }
  }

  void order(String user, String run) {
    String token = null;
    for (int i = 0; running(); i++) {
      String key = run + "-" + i;
      String body =
          "{\"channel\":\"WEB\",\"fulfilment\":\"PICKUP\",\"lines\":[{\"code\":\"BL-565-2\","
              + "\"quantity\":1}]}";
      // Retried with the same key until answered: a confirmed order must be found once.
      for (int attempt = 0; ; attempt++) {
        try {
          if (token == null) {
            token = login(user);
          }
          requests.incrementAndGet();
          long t0 = System.nanoTime();
          HttpResponse<String> r =
              http.send(
                  HttpRequest.newBuilder(URI.create(base + "/api/orders"))
                      .timeout(Duration.ofSeconds(15))
                      .header("Content-Type", "application/json")
                      .header("Authorization", "Bearer " + token)
                      .header("Idempotency-Key", key)
                      .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          latenciesMicros.add((System.nanoTime() - t0) / 1000);
          if (r.statusCode() == 200 || r.statusCode() == 201) {
            Matcher m = ID.matcher(r.body());
            orderLines.add(user + "\t" + key + "\t" + (m.find() ? m.group(1) : "?"));
            ordersConfirmed.incrementAndGet();
            break;
          }
          if (r.statusCode() == 401) {
            token = null;
          }
          fail("POST order " + r.statusCode());
        } catch (IOException | InterruptedException e) {
          fail("POST order " + e.getClass().getSimpleName());
        }
        orderAttemptsFailed.incrementAndGet();
        sleep(200);
      }
    }
  }

  boolean running() {
    return !stopped && System.nanoTime() < endNanos;
  }

  String login(String user) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + user + "-demo\"}",
                        StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Matcher m = TOKEN.matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IOException("log-in answered " + r.statusCode());
    }
    return m.group(1);
  }

  void fail(String kind) {
    failures.incrementAndGet();
    failuresByKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    long second = (System.nanoTime() - startNanos) / 1_000_000_000L;
    failuresBySecond.computeIfAbsent(second, k -> new AtomicLong()).incrementAndGet();
  }

  String report() {
    List<Long> l = new ArrayList<>(latenciesMicros);
    Collections.sort(l);
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "requests %d in %.0f s (%.1f/s), failed at the client %d%n",
            requests.get(),
            seconds,
            requests.get() / seconds,
            failures.get()));
    s.append(
        String.format(
            Locale.ROOT,
            "latency ms p50 %.1f p99 %.1f max %.1f%n",
            pct(l, 0.50),
            pct(l, 0.99),
            l.isEmpty() ? 0.0 : l.get(l.size() - 1) / 1000.0));
    s.append(
        String.format(
            Locale.ROOT,
            "orders confirmed %d, order attempts failed and retried with their key %d%n",
            ordersConfirmed.get(),
            orderAttemptsFailed.get()));
    s.append("failures by kind ").append(new TreeMap<>(failuresByKind)).append('\n');
    s.append("failures by second of the run ").append(new TreeMap<>(failuresBySecond)).append('\n');
    return s.toString();
  }

  static double pct(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1000.0;
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
