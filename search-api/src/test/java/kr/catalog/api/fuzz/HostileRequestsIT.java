package kr.catalog.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests against every public and authenticated endpoint, from a fixed seed: query-syntax
 * injection, SQL, control characters, odd Unicode, huge values, wrong types, path tricks, malformed
 * JSON; and (issue #21) long pasted {@code code quantity} lists and CSV, among them the shape that
 * made the old line parser backtrack quadratically, and passwords longer than bcrypt's 72 bytes
 * (multi-byte Korean) at log-in and at account creation. The platform must never answer 5xx, and
 * every refusal must be problem+json; the slowest long-list answer is reported.
 *
 * <p>The default test command sends {@value #SHORT_RUN} requests; {@code -Dcatalog.fuzz=true} sends
 * {@value #FULL_RUN} (issue #9), e.g. {@code ./mvnw -pl search-api -am verify
 * -Dtest=HostileRequestsIT -Dsurefire.failIfNoSpecifiedTests=false -Dcatalog.fuzz=true}. The counts
 * by status are written to {@code target/reliability/hostile-requests.txt}.
 *
 * <p>One refusal is not the application's: a request line over 4 KB is refused by the HTTP layer
 * (Vert.x) with a bare {@code HTTP/1.0 414} and the connection is closed, before any handler sees
 * it (nginx does the same in production). An HTTP/1.0 answer without keep-alive ends the
 * connection, but the JDK client pools it anyway and the next request on it (a POST, which it does
 * not retry) fails with "header parser received no bytes". So after a 414 this client starts a
 * fresh connection pool, as a conforming client would; every request gets an answer.
 */
@QuarkusTest
class HostileRequestsIT {
  /** Requests of the default test command. */
  static final int SHORT_RUN = 1_000;

  /** Requests with {@code -Dcatalog.fuzz=true}. */
  static final int FULL_RUN = 10_000;

  private static final int REQUESTS = Boolean.getBoolean("catalog.fuzz") ? FULL_RUN : SHORT_RUN;

  /** The fixed seed, or another one with {@code -Dcatalog.fuzz.seed=N} to explore further. */
  private static final long SEED = Long.getLong("catalog.fuzz.seed", 20_261_123L);

  @TestHTTPResource("/")
  URL base;

  private HttpClient http = newClient();

  private static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** Strings people (and scripts) type into search boxes and URLs. */
  private static final List<String> NASTY =
      List.of(
          "",
          " ",
          "*:*",
          "name:(a OR b) AND -c",
          "\"unbalanced",
          "(((",
          "a~2^3",
          "/[a-z]+/",
          "{!lucene}x",
          "\\",
          "' OR 1=1 --",
          "'; DROP TABLE customer_order; --",
          "%00",
          "\u0000\u0001\u001f",
          "\u202e\u200b\u200d",
          "😀🔧🔩",
          "ㅂㅅ",
          "ᄇ",
          "ＧＳＢ－１３ＲＥ",
          "GSB-13RE",
          "드릴드릴드릴드릴드릴드릴드릴드릴드릴드릴드릴드릴드릴드릴드릴드릴드릴드릴",
          "../../../etc/passwd",
          "..%2f..%2fetc%2fpasswd",
          "%2e%2e/%2e%2e",
          "<script>alert(1)</script>",
          "${jndi:ldap://127.0.0.1/x}",
          "-1",
          "0",
          "99999999999999999999999",
          "1e10",
          "NaN",
          "true",
          "null",
          "[]",
          "{}");

  private static final List<String> GET_PATHS =
      List.of(
          "/api/search",
          "/api/suggest",
          "/api/lookup/code",
          "/api/makers",
          "/api/categories",
          "/api/products/%s",
          "/api/ebooks",
          "/api/ebooks/%s",
          "/api/ebooks/catalog-book/pages/%s",
          "/api/ebooks/catalog-book/labels/%s",
          "/api/ebooks/%s/search",
          "/media/%s",
          "/api/orders",
          "/api/orders/%s",
          "/api/quotes/%s",
          "/api/quotes/%s/pdf",
          "/api/collections",
          "/api/collections/%s",
          "/api/promotions",
          "/api/marketing/collections",
          "/api/marketing/collections/%s",
          "/api/marketing/rules",
          "/api/marketing/rules/%s",
          "/api/marketing/audit",
          "/api/marketing/explain");

  private static final List<String> PARAMS =
      List.of(
          "q",
          "category",
          "maker",
          "origin",
          "brand",
          "flag",
          "priceMin",
          "priceMax",
          "sort",
          "page",
          "size",
          "cursor",
          "group",
          "limit",
          "within",
          "status",
          "collection",
          "entity",
          "code");

  private static final List<String> POST_PATHS =
      List.of(
          "/api/auth/login",
          "/api/orders",
          "/api/quotes",
          "/api/orders/1/transitions",
          "/api/quotes/1/order",
          "/api/collections",
          "/api/collections/demo-%s",
          "/api/marketing/rules",
          "/api/marketing/rules/%s");

  @Test
  void noHostileRequestGetsA5xxAndEveryApplicationRefusalIsProblemJson() throws Exception {
    Random random = new Random(SEED);
    // Counsellors reach orders and quotes, marketing reaches collections and rules.
    List<String> tokens = List.of(login("counsellor"), login("marketing"));
    // Only for the account-creation requests of the long-password case.
    String admin = login("admin");
    long slowestLongListMillis = 0;
    String slowestLongList = "";
    int longInputs = 0;
    Map<Integer, Integer> statuses = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
      String token = tokens.get(random.nextInt(tokens.size()));
      int kind = random.nextInt(8);
      HttpRequest request =
          kind == 0
              ? longInput(random, token, admin)
              : kind <= 2 ? post(random, token) : get(random, token);
      longInputs += kind == 0 ? 1 : 0;
      HttpResponse<String> response;
      try {
        long sent = System.nanoTime();
        response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (kind == 0 && request.uri().getPath().equals("/api/quotes")) {
          long took = (System.nanoTime() - sent) / 1_000_000;
          if (took > slowestLongListMillis) {
            slowestLongListMillis = took;
            slowestLongList = describe(request);
          }
        }
      } catch (java.io.IOException e) {
        failures.add(
            "no answer ("
                + e.getMessage()
                + ") "
                + request.method()
                + " "
                + request
                    .uri()
                    .toString()
                    .substring(0, Math.min(200, request.uri().toString().length()))
                + " headers "
                + request.headers().map().keySet());
        continue;
      }
      statuses.merge(response.statusCode(), 1, Integer::sum);
      if (response.statusCode() == 414) {
        // The HTTP layer closed this connection after its HTTP/1.0 answer (see the class Javadoc).
        http.close();
        http = newClient();
      }
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      if (response.statusCode() >= 500) {
        failures.add(response.statusCode() + " " + request.method() + " " + request.uri());
      } else if (response.statusCode() >= 400
          && response.statusCode() != 414
          && !contentType.startsWith("application/problem+json")) {
        failures.add(
            response.statusCode()
                + " not problem+json ("
                + contentType
                + ") "
                + request.method()
                + " "
                + request.uri()
                + " body "
                + response.body().substring(0, Math.min(120, response.body().length()))
                + " sent "
                + request.headers().map());
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    Path report = Path.of("target", "reliability", "hostile-requests.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(
        report,
        String.format(
            java.util.Locale.ROOT,
            "requests=%d seed=%d elapsedMs=%d longInputs=%d slowestLongListMs=%d (%s) statuses=%s"
                + " failures=%d%n",
            REQUESTS,
            SEED,
            millis,
            longInputs,
            slowestLongListMillis,
            slowestLongList,
            new java.util.TreeMap<>(statuses),
            failures.size()),
        StandardCharsets.UTF_8);
    assertThat(failures).as("statuses seen: %s", statuses).isEmpty();
    // The slowest long list is reported, not asserted: it is wall time on a shared machine (a load
    // of 27 on 2 cores gave 5.4 s once). Linear parsing is asserted on CPU time by LineParserTest.
    assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REQUESTS);
  }

  private HttpRequest get(Random random, String token) {
    String template = GET_PATHS.get(random.nextInt(GET_PATHS.size()));
    String path = template.replace("%s", pathSegment(random));
    StringBuilder query = new StringBuilder();
    int params = random.nextInt(5);
    for (int p = 0; p < params; p++) {
      query
          .append(p == 0 ? "?" : "&")
          .append(PARAMS.get(random.nextInt(PARAMS.size())))
          .append('=')
          .append(encode(value(random)));
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(path + query)).timeout(Duration.ofSeconds(30)).GET();
    if (random.nextBoolean()) {
      builder.header(
          "Authorization", "Bearer " + (random.nextBoolean() ? token : encode(value(random))));
    }
    return builder.build();
  }

  private HttpRequest post(Random random, String token) {
    String template = POST_PATHS.get(random.nextInt(POST_PATHS.size()));
    String path = template.replace("%s", encode(value(random)).replace("+", "%20"));
    String body =
        switch (random.nextInt(10)) {
          case 0 -> "{";
          case 1 -> "not json at all " + value(random);
          case 2 -> "{\"username\": 12, \"password\": []}";
          case 3 ->
              "{\"channel\":\"" + value(random) + "\",\"fulfilment\":\"DELIVERY\",\"lines\":[]}";
          case 4 ->
              "{\"channel\":\"WEB\",\"fulfilment\":\"PICKUP\",\"lines\":[{\"code\":\""
                  + jsonEscape(value(random))
                  + "\",\"quantity\":"
                  + (random.nextInt(3) == 0 ? "-5" : "\"many\"")
                  + "}]}";
          case 5 -> "{\"to\":\"" + jsonEscape(value(random)) + "\",\"note\":null}";
          case 6 -> "[" + "1,".repeat(5_000) + "1]";
          case 7 ->
              "{\"type\":\""
                  + jsonEscape(value(random))
                  + "\",\"slug\":\""
                  + jsonEscape(value(random))
                  + "\",\"titleKo\":\"기획전\",\"startsAt\":\""
                  + jsonEscape(value(random))
                  + "\",\"endsAt\":\"2026-01-01T00:00:00Z\",\"discountPercent\":"
                  + (random.nextBoolean() ? "\"lots\"" : "-7")
                  + ",\"codes\":[\""
                  + jsonEscape(value(random))
                  + "\"]}";
          case 8 ->
              "{\"action\":\""
                  + (random.nextBoolean() ? "PIN" : jsonEscape(value(random)))
                  + "\",\"query\":\""
                  + jsonEscape(value(random))
                  + "\",\"code\":\"GSB-13RE\",\"position\":"
                  + (random.nextBoolean() ? "0" : "\"first\"")
                  + ",\"factor\":1e400,\"startsAt\":\"2026-01-01T00:00:00Z\","
                  + "\"endsAt\":\"2025-01-01T00:00:00Z\"}";
          default ->
              "{\"lines\":[{\"code\":\"GSB-13RE\",\"quantity\":1}],\"extra\":{\"deep\":[[[[]]]]}}";
        };
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", random.nextInt(5) == 0 ? "text/plain" : "application/json")
            .method(
                template.contains("%s") && random.nextBoolean()
                    ? (random.nextBoolean() ? "PUT" : "DELETE")
                    : "POST",
                HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (random.nextInt(3) > 0) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (random.nextBoolean()) {
      builder.header("Idempotency-Key", encode(value(random)));
    }
    return builder.build();
  }

  /** Korean syllables: 3 bytes each in UTF-8, so 25 of them are past bcrypt's 72 bytes. */
  private static final String HANGUL = "가나다라마바사아자차카타파하";

  /**
   * Long inputs (issue #21): pasted lists and CSV up to past their size and line caps, the
   * backtracking shape {@code a1,1,...,x}, and passwords past 72 bytes at log-in (for user names
   * that do not exist, so no real account is locked) and at account creation.
   */
  private HttpRequest longInput(Random random, String token, String admin) {
    String path = "/api/quotes";
    String auth = token;
    String body =
        switch (random.nextInt(6)) {
          case 0 ->
              "{\"customerId\":1,\"pasted\":\"a" + "1,".repeat(random.nextInt(30_000)) + "x\"}";
          case 1 -> {
            StringBuilder pasted = new StringBuilder();
            int lines = random.nextInt(900);
            for (int l = 0; l < lines; l++) {
              pasted
                  .append(random.nextBoolean() ? "BL/232-2" : jsonEscape(value(random)))
                  .append(random.nextBoolean() ? " " : ",\\t")
                  .append(random.nextInt(3) == 0 ? "1,000" : Integer.toString(random.nextInt(9)))
                  .append(random.nextBoolean() ? "개" : "")
                  .append("\\n");
            }
            yield "{\"customerId\":1,\"pasted\":\"" + pasted + "\"}";
          }
          case 2 ->
              "{\"customerId\":1,\"csv\":\"code,quantity\\n"
                  + "\\\"BL/232-2\\\",1,\\n".repeat(random.nextInt(3_000))
                  + "\"}";
          case 3 ->
              "{\"customerId\":1,\"pasted\":\""
                  + ("a" + " ,".repeat(random.nextInt(5_000)) + "5\\n")
                      .repeat(1 + random.nextInt(20))
                  + "\"}";
          case 4 -> {
            path = "/api/auth/login";
            auth = null;
            yield "{\"username\":\"nobody-"
                + random.nextInt(3)
                + "\",\"password\":\""
                + HANGUL.repeat(1 + random.nextInt(15))
                + "\"}";
          }
          default -> {
            path = "/api/customers/users";
            auth = admin;
            yield "{\"username\":\"fuzz-"
                + random.nextInt(1_000_000)
                + "\",\"password\":\""
                + HANGUL.repeat(1 + random.nextInt(6))
                + "\",\"displayName\":\"퍼즈\",\"role\":\"WAREHOUSE\"}";
          }
        };
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (auth != null) {
      builder.header("Authorization", "Bearer " + auth);
    }
    HttpRequest request = builder.build();
    if (path.equals("/api/quotes")) {
      bodies.clear();
      bodies.put(request, body);
    }
    return request;
  }

  /** Which long input a request was: its path, body size and the start of its body. */
  private final Map<HttpRequest, String> bodies = new java.util.IdentityHashMap<>();

  private String describe(HttpRequest request) {
    String body = bodies.getOrDefault(request, "");
    return request.uri().getPath()
        + " "
        + body.length()
        + " chars: "
        + body.substring(0, Math.min(60, body.length())).replace('\\', '/');
  }

  private static String value(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> "x".repeat(random.nextInt(3) == 0 ? 5_000 : 300);
      case 1 -> randomUnicode(random, 1 + random.nextInt(40));
      default -> NASTY.get(random.nextInt(NASTY.size()));
    };
  }

  private static String pathSegment(Random random) {
    String v = value(random);
    // Path segments are sent as typed, percent-encoded, or raw traversal.
    return switch (random.nextInt(3)) {
      case 0 -> encode(v).replace("+", "%20");
      case 1 -> "..%2F..%2F" + encode(v);
      default -> encode(v).replace("%2F", "/").replace("+", "%20");
    };
  }

  private static String randomUnicode(Random random, int length) {
    StringBuilder s = new StringBuilder();
    while (s.length() < length) {
      int cp = random.nextInt(0x2FFFF);
      if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp) && cp > 0) {
        s.appendCodePoint(cp);
      }
    }
    return s.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String jsonEscape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
              } else if (cp < 0x20) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  private URI uri(String pathAndQuery) {
    return URI.create(base.toString().replaceAll("/$", "") + pathAndQuery);
  }

  private String login(String user) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + user + "-demo\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
  }
}
