package kr.catalog.search.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.catalog.embeddedpostgres.Archives;
import kr.catalog.model.Catalog;
import kr.catalog.model.Maker;
import kr.catalog.search.analysis.Chosung;
import kr.catalog.search.analysis.CodeForms;

/**
 * OpenSearch as a peer: a single node of the distribution published on Maven Central ({@code
 * org.opensearch.distribution.integ-test-zip:opensearch}), run as the harness's unprivileged user
 * (it refuses root), with a 512 MB heap like the harness's Elasticsearch nodes.
 *
 * <p>Best practice within what Maven Central serves: the integ-test distribution has no analysis
 * plugin, and OpenSearch's Nori plugin ({@code org.opensearch.plugin:analysis-nori}) is not served
 * there, but its {@code analysis-common} module is ({@code org.opensearch.plugin:analysis-common},
 * a plain jar without its plugin descriptor): it is installed into {@code plugins/analysis-common}
 * with a descriptor written here, and the Korean fields use its {@code cjk} analyzer (standard
 * tokenizer, width folding, lower case, CJK bigrams: Hangul runs become overlapping two-syllable
 * terms, so 전동드릴 is indexed as 전동, 동드, 드릴 and the query 드릴 finds it). Typo tolerance: {@code
 * fuzziness: AUTO} on the text fields. Facets: {@code terms} aggregations on top category, maker,
 * origin, brand and flags and {@code stats} on price, disjunctive through {@code post_filter} and a
 * {@code filter} aggregation per facet that leaves out that facet's own filter (the documented
 * pattern). Codes: a {@code keyword} code key normalised as ours, matched exact, as a prefix and as
 * an infix wildcard. Maker search: a small index of makers with prefix queries on their names,
 * aliases and initial consonants.
 */
final class OpenSearchPeer extends SearchPeer {

  static final String VERSION = System.getProperty("catalog.peers.opensearch.version", "3.3.2");
  private static final String INDEX = "products";
  private static final String MAKERS = "makers";

  private OpenSearchPeer(PeerProcess server, URI base) {
    super(server, base);
  }

  static OpenSearchPeer start(Path work, Catalog catalog, PrintWriter log) throws Exception {
    Path zip =
        Path.of(
            System.getProperty("user.home"),
            ".m2/repository/org/opensearch/distribution/integ-test-zip/opensearch",
            VERSION,
            "opensearch-" + VERSION + ".zip");
    if (!Files.isRegularFile(zip)) {
      throw new PeerProcess.PeerUnavailable(
          "opensearch",
          zip
              + " is missing: run ./mvnw dependency:get -Dtransitive=false"
              + " -Dartifact=org.opensearch.distribution.integ-test-zip:opensearch:"
              + VERSION
              + ":zip (src/bench/peers.sh does)");
    }
    Path home = work.resolve("dist").resolve("opensearch-" + VERSION);
    if (!Files.isExecutable(home.resolve("bin/opensearch"))) {
      Archives.deleteRecursively(home);
      Archives.unzip(zip, home, true);
      for (String f : List.of("opensearch", "opensearch-env", "opensearch-cli")) {
        home.resolve("bin").resolve(f).toFile().setExecutable(true, false);
      }
      PeerProcess.USER.own(home);
    }
    installAnalysisCommon(home);
    Path dir = work.resolve("opensearch");
    Archives.deleteRecursively(dir);
    Archives.copyRecursively(home.resolve("config"), dir.resolve("config"));
    Files.createDirectories(dir.resolve("data"));
    Files.createDirectories(dir.resolve("logs"));
    Files.createDirectories(dir.resolve("tmp"));
    int port = PeerProcess.freePort();
    int transport = PeerProcess.freePort();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
    env.put("OPENSEARCH_PATH_CONF", dir.resolve("config").toString());
    env.put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
    env.put("OPENSEARCH_TMPDIR", dir.resolve("tmp").toString());
    PeerProcess p =
        PeerProcess.start(
            "opensearch",
            List.of(
                home.resolve("bin/opensearch").toString(),
                "-E",
                "discovery.type=single-node",
                "-E",
                "network.host=127.0.0.1",
                "-E",
                "http.port=" + port,
                "-E",
                "transport.port=" + transport,
                "-E",
                "path.data=" + dir.resolve("data"),
                "-E",
                "path.logs=" + dir.resolve("logs"),
                "-E",
                "cluster.routing.allocation.disk.threshold_enabled=false"),
            env,
            dir,
            base.resolve("_cluster/health?wait_for_status=yellow&timeout=1s"),
            Duration.ofSeconds(180));
    OpenSearchPeer peer = new OpenSearchPeer(p, base);
    try {
      peer.load(catalog, log);
      return peer;
    } catch (Exception e) {
      peer.close();
      throw e;
    }
  }

  /**
   * Unpacks {@code analysis-common} (the jar on Maven Central, fetched by src/bench/peers.sh) into
   * {@code plugins/analysis-common} with the plugin descriptor OpenSearch reads, once. Without
   * {@code extended.plugins=lang-painless} (the module's own descriptor has it): the distribution
   * has no Painless, and the analyzers do not need it (only the analysis predicate scripts do).
   */
  private static void installAnalysisCommon(Path home) throws Exception {
    Path plugin = home.resolve("plugins").resolve("analysis-common");
    if (Files.isRegularFile(plugin.resolve("plugin-descriptor.properties"))) {
      return;
    }
    Path jar =
        Path.of(
            System.getProperty("user.home"),
            ".m2/repository/org/opensearch/plugin/analysis-common",
            VERSION,
            "analysis-common-" + VERSION + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new PeerProcess.PeerUnavailable(
          "opensearch",
          jar
              + " is missing: run ./mvnw dependency:get -Dtransitive=false"
              + " -Dartifact=org.opensearch.plugin:analysis-common:"
              + VERSION
              + " (src/bench/peers.sh does)");
    }
    Files.createDirectories(plugin);
    Files.copy(jar, plugin.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        plugin.resolve("plugin-descriptor.properties"),
        String.join(
            "\n",
            "description=Adds \"built in\" analyzers to OpenSearch (the analysis-common module).",
            "version=" + VERSION,
            "name=analysis-common",
            "classname=org.opensearch.analysis.common.CommonAnalysisModulePlugin",
            "java.version=21",
            "opensearch.version=" + VERSION,
            "has.native.controller=false",
            ""),
        StandardCharsets.UTF_8);
    PeerProcess.USER.own(home);
  }

  private void load(Catalog catalog, PrintWriter log) throws Exception {
    long t0 = System.nanoTime();
    createIndex(INDEX, documents(catalog));
    // The makers: a small index for the maker facet search (OpenSearch has no facet-value search).
    Map<String, Long> perMaker = new java.util.HashMap<>();
    catalog.products().stream()
        .filter(p -> !p.discontinued())
        .forEach(p -> perMaker.merge(p.makerId(), 1L, Long::sum));
    call(
        "PUT",
        MAKERS,
        Map.of(
            "settings",
            Map.of("number_of_shards", 1, "number_of_replicas", 0),
            "mappings",
            Map.of(
                "properties",
                Map.of(
                    "names", Map.of("type", "keyword"),
                    "chosung", Map.of("type", "keyword"),
                    "products", Map.of("type", "long")))));
    StringBuilder bulk = new StringBuilder();
    for (Maker m : catalog.makers()) {
      List<String> names = new ArrayList<>();
      names.add(m.nameKo());
      if (m.nameEn() != null) {
        names.add(m.nameEn().toLowerCase(Locale.ROOT));
      }
      m.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
      bulk.append("{\"index\":{\"_id\":").append(JSON.writeValueAsString(m.id())).append("}}\n");
      bulk.append(
              JSON.writeValueAsString(
                  Map.of(
                      "names",
                      names,
                      "chosung",
                      Chosung.of(m.nameKo()),
                      "products",
                      perMaker.getOrDefault(m.id(), 0L))))
          .append('\n');
    }
    call("POST", MAKERS + "/_bulk", bulk.toString());
    call("POST", MAKERS + "/_refresh", null);
    indexSeconds = (System.nanoTime() - t0) / 1e9;
    long count = call("GET", INDEX + "/_count", null).path("count").asLong();
    log.printf(
        Locale.ROOT,
        "opensearch %s: %d documents indexed (refresh, force-merge) in %.1f s%n",
        VERSION,
        count,
        indexSeconds);
    log.flush();
  }

  @Override
  void createIndex(String index, List<Map<String, Object>> docs) throws Exception {
    // Korean text: analysis-common's cjk analyzer (bigrams); English text and code words: standard.
    Map<String, Object> korean = Map.of("type", "text", "analyzer", "cjk");
    Map<String, Object> text = Map.of("type", "text", "analyzer", "standard");
    Map<String, Object> keyword = Map.of("type", "keyword");
    Map<String, Object> properties = new LinkedHashMap<>();
    for (String f : List.of("name", "maker", "category", "specs")) {
      properties.put(f, korean);
    }
    for (String f : List.of("nameEn", "makerEn", "codeParts")) {
      properties.put(f, text);
    }
    for (String f :
        List.of(
            "codeKey",
            "codeNorm",
            "code",
            "makerId",
            "topCategory",
            "categoryId",
            "origin",
            "brand",
            "flags")) {
      properties.put(f, keyword);
    }
    properties.put("price", Map.of("type", "long"));
    properties.put("discontinued", Map.of("type", "boolean"));
    properties.put("id", Map.of("type", "integer"));
    Map<String, Object> settings =
        Map.of(
            "number_of_shards", 1,
            "number_of_replicas", 0,
            "refresh_interval", "-1",
            "max_result_window", 10_000);
    call("PUT", index, Map.of("settings", settings, "mappings", Map.of("properties", properties)));
    for (int i = 0; i < docs.size(); i += 5_000) {
      StringBuilder bulk = new StringBuilder();
      for (Map<String, Object> d : docs.subList(i, Math.min(docs.size(), i + 5_000))) {
        // The platform's code key (upper case, separators removed), which queries are normalised
        // to.
        d.put("codeNorm", CodeForms.normalize((String) d.get("code")));
        bulk.append("{\"index\":{\"_id\":\"").append(d.get("id")).append("\"}}\n");
        bulk.append(JSON.writeValueAsString(d)).append('\n');
      }
      JsonNode r = call("POST", index + "/_bulk", bulk.toString());
      if (r.path("errors").asBoolean()) {
        String all = r.toString();
        throw new IOException(
            "opensearch bulk failed: " + all.substring(0, Math.min(600, all.length())));
      }
    }
    // Searchable from here, and one segment, as a read-mostly catalog index is kept.
    call("PUT", index + "/_settings", Map.of("index", Map.of("refresh_interval", "1s")));
    call("POST", index + "/_refresh", null);
    call("POST", index + "/_forcemerge?max_num_segments=1", null);
  }

  @Override
  List<String> rank(String index, String text, int k) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.set(
        "query",
        JSON.valueToTree(
            Map.of(
                "bool",
                Map.of(
                    "must",
                    textQuery(text),
                    "filter",
                    Map.of("term", Map.of("discontinued", false))))));
    body.put("size", k);
    body.set("_source", JSON.valueToTree(List.of("codeKey")));
    JsonNode r = call("POST", index + "/_search", body);
    List<String> keys = new ArrayList<>();
    r.path("hits").path("hits").forEach(h -> keys.add(h.path("_source").path("codeKey").asText()));
    return keys;
  }

  /** The full-text query of every search: all words, fuzzy, the fields weighted as ours are. */
  private static Map<String, Object> textQuery(String text) {
    return Map.of(
        "multi_match",
        Map.of(
            "query",
            text,
            "fields",
            List.of(
                "name^3", "codeParts^3", "maker^2", "makerEn^2", "nameEn", "category", "specs^0.5"),
            "type",
            "best_fields",
            "operator",
            "and",
            "fuzziness",
            "AUTO"));
  }

  @Override
  String label() {
    return "opensearch " + VERSION;
  }

  @Override
  String setup() {
    return "cjk bigram analyzer on Korean fields (analysis-common; no Nori on Maven Central),"
        + " fuzziness AUTO,"
        + " disjunctive facets by post_filter and filter aggregations, keyword wildcard for codes";
  }

  @Override
  long total(SearchIntent intent) throws IOException, InterruptedException {
    JsonNode a = answer(intent);
    return a.path("hits").path("total").path("value").asLong();
  }

  @Override
  JsonNode answer(SearchIntent i) throws IOException, InterruptedException {
    return switch (i.type()) {
      case SEARCH -> call("POST", INDEX + "/_search", search(i));
      case LOOKUP -> {
        String key = CodeForms.normalize(i.text());
        Map<String, Object> should =
            Map.of(
                "bool",
                Map.of(
                    "should",
                    List.of(
                        Map.of("term", Map.of("codeNorm", Map.of("value", key, "boost", 3))),
                        Map.of("prefix", Map.of("codeNorm", Map.of("value", key, "boost", 2))),
                        Map.of("wildcard", Map.of("codeNorm", Map.of("value", "*" + key + "*"))),
                        Map.of("match", Map.of("codeParts", i.text()))),
                    "minimum_should_match",
                    1));
        yield call(
            "POST",
            INDEX + "/_search",
            Map.of("query", should, "size", i.limit(), "_source", List.of("codeKey", "code")));
      }
      case SUGGEST ->
          call(
              "POST",
              INDEX + "/_search",
              Map.of(
                  "query",
                  Map.of(
                      "bool",
                      Map.of(
                          "must",
                          Map.of(
                              "multi_match",
                              Map.of(
                                  "query",
                                  i.text(),
                                  "type",
                                  "bool_prefix",
                                  "fields",
                                  List.of(
                                      "name^3",
                                      "codeParts^3",
                                      "maker^2",
                                      "makerEn^2",
                                      "category"))),
                          "filter",
                          Map.of("term", Map.of("discontinued", false)))),
                  "size",
                  i.limit(),
                  "_source",
                  List.of("codeKey", "name")));
      case MAKERS -> {
        String typed = i.text().strip().toLowerCase(Locale.ROOT);
        yield call(
            "POST",
            MAKERS + "/_search",
            Map.of(
                "query",
                Map.of(
                    "bool",
                    Map.of(
                        "should",
                        List.of(
                            Map.of("prefix", Map.of("names", typed)),
                            Map.of("prefix", Map.of("chosung", typed))),
                        "minimum_should_match",
                        1)),
                "sort",
                List.of(Map.of("products", "desc"), "_doc"),
                "size",
                i.limit()));
      }
    };
  }

  /** The search body: query, post_filter, one filter aggregation per facet, price stats. */
  private ObjectNode search(SearchIntent i) {
    Map<String, Object> category =
        i.category() == null ? null : Map.of("term", Map.of("topCategory", i.category()));
    Map<String, Object> maker =
        i.maker() == null ? null : Map.of("term", Map.of("makerId", i.maker()));
    Map<String, Object> price = null;
    if (i.priceMin() != null || i.priceMax() != null) {
      Map<String, Object> range = new LinkedHashMap<>();
      if (i.priceMin() != null) {
        range.put("gte", i.priceMin());
      }
      if (i.priceMax() != null) {
        range.put("lte", i.priceMax());
      }
      price = Map.of("range", Map.of("price", range));
    }
    Map<String, Object> flag = i.onlyNew() ? Map.of("term", Map.of("flags", "new")) : null;
    ObjectNode body = JSON.createObjectNode();
    Map<String, Object> must =
        i.text() == null || i.text().isBlank()
            ? Map.of("match_all", Map.of())
            : textQuery(i.text());
    body.set(
        "query",
        JSON.valueToTree(
            Map.of(
                "bool",
                Map.of("must", must, "filter", Map.of("term", Map.of("discontinued", false))))));
    body.set("post_filter", JSON.valueToTree(bool(category, maker, price, flag)));
    body.put("size", i.limit());
    body.put("track_total_hits", true);
    body.set("_source", JSON.valueToTree(List.of("codeKey", "name", "price")));
    if (i.sortByPrice()) {
      body.set("sort", JSON.valueToTree(List.of(Map.of("price", "asc"))));
    }
    ObjectNode aggs = body.putObject("aggs");
    aggs.set("topCategory", facet(bool(maker, price, flag), terms("topCategory", 100)));
    aggs.set("makerId", facet(bool(category, price, flag), terms("makerId", 20)));
    aggs.set("origin", facet(bool(category, maker, price, flag), terms("origin", 20)));
    aggs.set("brand", facet(bool(category, maker, price, flag), terms("brand", 20)));
    aggs.set("flags", facet(bool(category, maker, price, flag), terms("flags", 10)));
    aggs.set(
        "price", facet(bool(category, maker, flag), Map.of("stats", Map.of("field", "price"))));
    return body;
  }

  private static Map<String, Object> terms(String field, int size) {
    return Map.of("terms", Map.of("field", field, "size", size));
  }

  private static ObjectNode facet(Map<String, Object> filter, Map<String, Object> agg) {
    ObjectNode f = JSON.createObjectNode();
    f.set("filter", JSON.valueToTree(filter));
    f.putObject("aggs").set("values", JSON.valueToTree(agg));
    return f;
  }

  @SafeVarargs
  private static Map<String, Object> bool(Map<String, Object>... filters) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (Map<String, Object> f : filters) {
      if (f != null) {
        all.add(f);
      }
    }
    return all.isEmpty() ? Map.of("match_all", Map.of()) : Map.of("bool", Map.of("filter", all));
  }
}
