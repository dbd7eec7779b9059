package kr.catalog.search.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.catalog.model.Catalog;
import kr.catalog.model.Product;

/**
 * The platform's HTTP API as a load target: logs the demo accounts in once, sends each request with
 * its account's bearer token, and gives each order a unique {@code Idempotency-Key} per run (a
 * retry in the mix repeats its order's key, so the platform must answer it with that order).
 */
public final class HttpTarget implements LoadRunner.Target {

  /** Passwords of the demo accounts the mix uses (the quick start's, listed in the README). */
  static final Map<String, String> DEMO_PASSWORDS =
      Map.of(
          "customer", "customer-demo",
          "customer2", "customer2-demo",
          "counsellor", "counsellor-demo");

  /** Products with at least this many units available are ordered (one unit per line). */
  static final int MIN_AVAILABLE = 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient http;
  private final Duration timeout;
  private final String runId;
  private final Map<String, String> tokens = new LinkedHashMap<>();

  /**
   * A target for the platform at {@code base}.
   *
   * @param runId makes this run's idempotency keys unique (the platform remembers keys)
   * @param timeout how long one request may take before it counts as failed
   */
  public HttpTarget(URI base, String runId, Duration timeout) {
    this.base = base;
    this.runId = runId;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Logs the demo accounts in; the platform must have seeded them (quick start, tests). */
  public HttpTarget login() throws IOException, InterruptedException {
    for (Map.Entry<String, String> a : new java.util.TreeMap<>(DEMO_PASSWORDS).entrySet()) {
      String body =
          JSON.writeValueAsString(Map.of("username", a.getKey(), "password", a.getValue()));
      HttpResponse<String> r =
          http.send(
              request("/api/auth/login")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IOException(
            "log-in of demo account "
                + a.getKey()
                + " answered "
                + r.statusCode()
                + ": "
                + r.body());
      }
      tokens.put(a.getKey(), JSON.readTree(r.body()).path("token").asText());
    }
    return this;
  }

  /**
   * Finds out what the platform offers beyond the catalog: its e-books, products with enough stock
   * for orders (up to {@code maxOrderable}, checked among a seeded sample), and a customer for the
   * counsellor's quotes.
   */
  public LoadMix.Context discover(Catalog catalog, int maxOrderable, long seed)
      throws IOException, InterruptedException {
    List<LoadMix.Book> books = new ArrayList<>();
    for (JsonNode b : getJson("/api/ebooks", null)) {
      books.add(new LoadMix.Book(b.path("id").asText(), b.path("pageCount").asInt()));
    }
    books.removeIf(b -> b.pageCount() < 1);
    List<Product> candidates =
        new ArrayList<>(catalog.products().stream().filter(p -> !p.discontinued()).toList());
    Collections.shuffle(candidates, new Random(seed));
    List<String> orderable = new ArrayList<>();
    String customer = LoadMix.CUSTOMERS.getFirst();
    for (int i = 0;
        i < candidates.size() && i < maxOrderable * 3 && orderable.size() < maxOrderable;
        i++) {
      Product p = candidates.get(i);
      HttpResponse<String> r =
          http.send(
              authorized(request("/api/stock/" + LoadMix.pathSegment(p.codeKey())), customer)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200
          && JSON.readTree(r.body()).path("available").asLong() >= MIN_AVAILABLE) {
        orderable.add(p.code());
      }
    }
    Long staffCustomer = null;
    JsonNode customers = getJson("/api/customers", LoadMix.COUNSELLOR);
    if (customers.isArray() && !customers.isEmpty()) {
      staffCustomer = customers.get(0).path("id").asLong();
    }
    return new LoadMix.Context(books, orderable, staffCustomer);
  }

  /** What the platform's search reports as the number of products when nothing is filtered. */
  public long searchableCount() throws IOException, InterruptedException {
    return getJson("/api/search?size=1", null).path("total").asLong(-1);
  }

  @Override
  public String send(LoadRequest r, long cycle) throws IOException, InterruptedException {
    HttpRequest.Builder b = request(r.path()).header("Accept", "application/json");
    if (r.account() != null) {
      authorized(b, r.account());
    }
    if (r.idempotencyKey() != null) {
      b.header("Idempotency-Key", runId + "-" + cycle + "-" + r.idempotencyKey());
    }
    if (r.body() != null) {
      b.header("Content-Type", "application/json")
          .method(r.method(), HttpRequest.BodyPublishers.ofString(r.body()));
    } else {
      b.method(r.method(), HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<Void> response = http.send(b.build(), HttpResponse.BodyHandlers.discarding());
    int status = response.statusCode();
    return status >= 200 && status < 300 ? LoadStats.OK : Integer.toString(status);
  }

  private JsonNode getJson(String path, String account) throws IOException, InterruptedException {
    HttpRequest.Builder b = request(path).header("Accept", "application/json").GET();
    if (account != null) {
      authorized(b, account);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder b, String account) {
    String token = tokens.get(account);
    if (token == null) {
      throw new IllegalStateException("account " + account + " is not logged in; call login()");
    }
    return b.header("Authorization", "Bearer " + token);
  }
}
