package kr.catalog.search.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kr.catalog.embeddedpostgres.Archives;
import kr.catalog.model.Catalog;
import kr.catalog.model.Maker;
import kr.catalog.search.analysis.Chosung;
import kr.catalog.search.analysis.CodeForms;
import kr.catalog.search.analysis.UserDictionaryBuilder;

/**
 * Solr 9.10 as a peer: a real Solr HTTP server (Solr's Jetty set-up, {@code JettySolrRunner}) built
 * from the jars on Maven Central, which has no Solr distribution. The jars and the small main class
 * ({@code src/tools/solr-peer}, a Maven project of its own, outside the reactor) run in a JVM of
 * their own: Solr 9.10 needs Lucene 9.12, the tools module has Lucene 10 on its classpath. The jars
 * are copied into {@code WORK/dist/solr-VERSION/lib} (a distribution's layout, readable by the
 * harness's unprivileged user, which the server runs as like the other peers), 512 MB heap like
 * OpenSearch.
 *
 * <p>Set up as Solr's reference guide does it for this job:
 *
 * <ul>
 *   <li>a classic {@code schema.xml}: Korean fields through Lucene's Nori ({@code
 *       KoreanTokenizerFactory}, decompound mode discard, a user dictionary built from the catalog
 *       as the platform builds its own, part-of-speech stop filter, reading form, lower case),
 *       English fields through the standard tokenizer, strings with docValues for the facets, a
 *       point field for the price;
 *   <li>{@code edismax} with field boosts as the OpenSearch peer's (name^3, code parts^3, maker^2,
 *       English names, category, specs^0.5), all words required ({@code q.op=AND});
 *   <li>facets through the JSON Facet API on top category, maker, origin, brand, flags, price
 *       min/max, disjunctive as Solr does them: each filter tagged, the facet of that field
 *       excluding its own tag ({@code domain.excludeTags});
 *   <li>code lookups on the platform's code key (exact, prefix, infix wildcard) or a word of the
 *       code; maker search as a facet search ({@code prefix} on a terms facet) over the maker
 *       names, aliases and initial consonants;
 *   <li>no typo tolerance in retrieval: Solr's practice for typos is the spellcheck component's
 *       "did you mean" (a second request after a miss), not fuzzy matching of every query.
 * </ul>
 */
final class SolrPeer extends SearchPeer {

  static final String VERSION = "9.10.1";
  private static final String INDEX = "products";
  private static final String MAIN = "kr.catalog.search.solrpeer.SolrPeerServer";
  private static final String QF = "name^3 codeParts^3 maker^2 makerEn^2 nameEn category specs^0.5";
  private static final String CONF = "/kr/catalog/search/load/solr/";

  /** Where the cache figures go when the server is stopped (the suite's log). */
  private PrintWriter log;

  private SolrPeer(PeerProcess server, URI base) {
    super(server, base);
  }

  /**
   * Prints the hit ratios of Solr's searcher caches (query results, filters, documents) since the
   * start, then stops the server: a mix that repeats its queries is partly answered from the
   * query-result cache, and the report should say how much.
   */
  @Override
  public void close() {
    try {
      JsonNode cores =
          call("GET", "admin/metrics?group=core&prefix=CACHE.searcher&wt=json", null)
              .path("metrics");
      cores
          .properties()
          .forEach(
              core ->
                  core.getValue()
                      .properties()
                      .forEach(
                          cache ->
                              log.printf(
                                  Locale.ROOT,
                                  "solr %s %s: %d lookups, %d hits (hit ratio %.2f)%n",
                                  core.getKey(),
                                  cache.getKey(),
                                  cache.getValue().path("cumulative_lookups").asLong(),
                                  cache.getValue().path("cumulative_hits").asLong(),
                                  cache.getValue().path("cumulative_hitratio").asDouble())));
      log.flush();
    } catch (IOException | RuntimeException e) {
      log.println("solr: no cache figures (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      super.close();
    }
  }

  /** Builds the Solr classpath if needed, starts the server, loads the catalog. */
  static SolrPeer start(Path work, Catalog catalog, PrintWriter log) throws Exception {
    Path lib = distribution(work.resolve("dist"));
    Path dir = work.resolve("solr");
    Archives.deleteRecursively(dir);
    Path home = dir.resolve("home");
    Path conf = home.resolve("configsets").resolve("catalog").resolve("conf");
    Files.createDirectories(conf);
    Files.createDirectories(dir.resolve("logs"));
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n", StandardCharsets.UTF_8);
    for (String f : List.of("solrconfig.xml", "schema.xml")) {
      try (InputStream in = SolrPeer.class.getResourceAsStream(CONF + f)) {
        if (in == null) {
          throw new PeerProcess.PeerUnavailable("solr", "its " + f + " is not on the classpath");
        }
        Files.copy(in, conf.resolve(f), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.write(conf.resolve("userdict_ko.txt"), userDictionary(catalog), StandardCharsets.UTF_8);
    int port = PeerProcess.freePort();
    URI base = URI.create("http://127.0.0.1:" + port + "/solr/");
    PeerProcess p =
        PeerProcess.start(
            "solr",
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms512m",
                "-Xmx512m",
                "--enable-native-access=ALL-UNNAMED",
                "-Dsolr.log.dir=" + dir.resolve("logs"),
                "-Djava.io.tmpdir=" + dir,
                "-cp",
                lib.resolve("*").toString(),
                MAIN,
                home.toString(),
                Integer.toString(port)),
            Map.of(),
            dir,
            base.resolve("admin/info/system?wt=json"),
            Duration.ofSeconds(180));
    SolrPeer peer = new SolrPeer(p, base);
    peer.log = log;
    try {
      peer.load(catalog, log);
      return peer;
    } catch (Exception e) {
      peer.close();
      throw e;
    }
  }

  /**
   * Nori's user dictionary for the catalog, as the platform builds its own (maker and category
   * words, frequent product-name words, compounds split at a known head noun): a domain dictionary
   * is Nori's documented practice, and without one Nori reads product nouns as verbs in context.
   */
  static List<String> userDictionary(Catalog catalog) {
    UserDictionaryBuilder dictionary = new UserDictionaryBuilder();
    for (Maker m : catalog.makers()) {
      dictionary.addName(m.nameKo());
      m.aliases().forEach(dictionary::addName);
    }
    catalog.categories().forEach(c -> dictionary.addCategoryName(c.nameKo()));
    catalog.products().forEach(p -> dictionary.addProductText(p.nameKo()));
    return dictionary.build();
  }

  /**
   * {@code dist/solr-VERSION/lib}: Solr's jars (the classpath Maven resolved for {@code
   * src/tools/solr-peer}) and that project's jar, copied once.
   */
  private static Path distribution(Path dist) throws Exception {
    Path project = solrPeerProject();
    Path classpath = project.resolve("target/solr-classpath.txt");
    Path jar = project.resolve("target/catalog-solr-peer-0.1.0-SNAPSHOT.jar");
    if (!Files.isRegularFile(classpath) || !Files.isRegularFile(jar)) {
      build(project);
    }
    String jars = Files.readString(classpath, StandardCharsets.UTF_8).strip();
    Path lib = dist.resolve("solr-" + VERSION).resolve("lib");
    Path stamp = lib.resolve("classpath.txt");
    boolean current =
        Files.isRegularFile(stamp)
            && Files.readString(stamp, StandardCharsets.UTF_8).equals(jars)
            && Files.getLastModifiedTime(lib.resolve(jar.getFileName()))
                    .compareTo(Files.getLastModifiedTime(jar))
                >= 0;
    if (!current) {
      Archives.deleteRecursively(lib);
      Files.createDirectories(lib);
      for (String j : jars.split(java.io.File.pathSeparator)) {
        Path from = Path.of(j);
        Files.copy(from, lib.resolve(from.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
      Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(stamp, jars, StandardCharsets.UTF_8);
    }
    PeerProcess.USER.own(dist);
    return lib;
  }

  /** {@code src/tools/solr-peer}, found from the working directory (project root or module). */
  private static Path solrPeerProject() throws PeerProcess.PeerUnavailable {
    String configured = System.getProperty("catalog.peers.solr.project");
    if (configured != null) {
      return Path.of(configured).toAbsolutePath();
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("src/tools/solr-peer");
      if (Files.isRegularFile(candidate.resolve("pom.xml"))) {
        return candidate;
      }
    }
    throw new PeerProcess.PeerUnavailable(
        "solr",
        "src/tools/solr-peer (its server project) was not found above the working directory");
  }

  /** {@code ./mvnw -f src/tools/solr-peer/pom.xml package}: compiles and resolves the classpath. */
  private static void build(Path project) throws Exception {
    Path root = project.getParent().getParent().getParent();
    Process mvn =
        new ProcessBuilder(
                root.resolve("mvnw").toString(),
                "-B",
                "-q",
                "-f",
                project.resolve("pom.xml").toString(),
                "package")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(mvn.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!mvn.waitFor(30, TimeUnit.MINUTES) || mvn.exitValue() != 0) {
      throw new PeerProcess.PeerUnavailable(
          "solr",
          "building its server project failed (./mvnw -f src/tools/solr-peer/pom.xml package): "
              + out.strip());
    }
  }

  private void load(Catalog catalog, PrintWriter log) throws Exception {
    Map<String, Maker> makers = new HashMap<>();
    catalog.makers().forEach(m -> makers.put(m.id(), m));
    List<Map<String, Object>> docs = documents(catalog);
    for (Map<String, Object> d : docs) {
      Maker m = makers.get((String) d.get("makerId"));
      if (m != null) {
        d.put("makerKeys", makerKeys(m));
      }
    }
    long t0 = System.nanoTime();
    createIndex(INDEX, docs);
    indexSeconds = (System.nanoTime() - t0) / 1e9;
    long count =
        call("GET", INDEX + "/select?q=*:*&rows=0", null)
            .path("response")
            .path("numFound")
            .asLong();
    log.printf(
        Locale.ROOT,
        "solr %s: %d documents indexed (commit, optimize to one segment) in %.1f s%n",
        VERSION,
        count,
        indexSeconds);
    log.flush();
  }

  /**
   * The facet values of a maker's products for the maker search: each form a user types (Korean
   * name, English name and aliases in lower case, initial consonants) followed by the maker's id
   * and name, so a prefix of the typed form finds the value and the value names the maker.
   */
  static List<String> makerKeys(Maker m) {
    Set<String> typed = new LinkedHashSet<>();
    typed.add(m.nameKo());
    if (m.nameEn() != null) {
      typed.add(m.nameEn().toLowerCase(Locale.ROOT));
    }
    m.aliases().forEach(a -> typed.add(a.toLowerCase(Locale.ROOT)));
    typed.add(Chosung.of(m.nameKo()));
    List<String> keys = new ArrayList<>();
    for (String t : typed) {
      if (!t.isBlank()) {
        keys.add(t + " | " + m.id() + " | " + m.nameKo());
      }
    }
    return keys;
  }

  @Override
  void createIndex(String index, List<Map<String, Object>> docs) throws Exception {
    call(
        "GET",
        "admin/cores?action=CREATE&configSet=catalog&name="
            + URLEncoder.encode(index, StandardCharsets.UTF_8),
        null);
    for (int i = 0; i < docs.size(); i += 5_000) {
      List<Map<String, Object>> batch = docs.subList(i, Math.min(docs.size(), i + 5_000));
      for (Map<String, Object> d : batch) {
        // The platform's code key (upper case, separators removed), which queries are normalised
        // to.
        d.put("codeNorm", CodeForms.normalize((String) d.get("code")));
      }
      call("POST", index + "/update", JSON.writeValueAsString(batch));
    }
    // Searchable from here, and one segment, as a read-mostly catalog index is kept.
    call("GET", index + "/update?commit=true&waitSearcher=true", null);
    call("GET", index + "/update?optimize=true&maxSegments=1&waitSearcher=true", null);
  }

  @Override
  List<String> rank(String index, String text, int k) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("query", text);
    body.set("filter", JSON.valueToTree(List.of("discontinued:false")));
    body.put("limit", k);
    body.set("params", JSON.valueToTree(textParams("codeKey")));
    JsonNode r = call("POST", index + "/query", body);
    List<String> keys = new ArrayList<>();
    r.path("response").path("docs").forEach(d -> keys.add(d.path("codeKey").asText()));
    return keys;
  }

  /** The edismax parameters of every text search: all words, the fields weighted as ours are. */
  private static Map<String, Object> textParams(String fl) {
    return Map.of("defType", "edismax", "qf", QF, "q.op", "AND", "mm", "100%", "fl", fl);
  }

  @Override
  String label() {
    return "solr " + VERSION;
  }

  @Override
  String setup() {
    return "Nori (discard, catalog user dictionary, POS stop, reading form), edismax with field"
        + " boosts, JSON facets"
        + " with tagged filters (disjunctive), string code key exact/prefix/wildcard, no fuzzy";
  }

  @Override
  long total(SearchIntent intent) throws IOException, InterruptedException {
    return answer(intent).path("response").path("numFound").asLong();
  }

  @Override
  JsonNode answer(SearchIntent i) throws IOException, InterruptedException {
    return switch (i.type()) {
      case SEARCH -> call("POST", INDEX + "/query", search(i));
      case LOOKUP -> {
        String key = escape(CodeForms.normalize(i.text()));
        List<String> words = words(i.text());
        StringBuilder q = new StringBuilder("{!lucene q.op=OR}");
        if (!key.isEmpty()) {
          q.append("codeNorm:")
              .append(key)
              .append("^3 codeNorm:")
              .append(key)
              .append("*^2 codeNorm:*")
              .append(key)
              .append('*');
        }
        if (!words.isEmpty()) {
          q.append(" codeParts:(").append(String.join(" ", words)).append(')');
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("query", q.toString());
        body.put("limit", i.limit());
        body.put("fields", "codeKey,code");
        yield call("POST", INDEX + "/query", body);
      }
      case SUGGEST -> {
        // The words as typed, the last one a prefix (edismax keeps a trailing * as a prefix).
        List<String> words = words(i.text());
        ObjectNode body = JSON.createObjectNode();
        if (words.isEmpty()) {
          body.put("query", "*:*");
        } else {
          body.put("query", String.join(" ", words) + "*");
          body.set(
              "params",
              JSON.valueToTree(
                  Map.of(
                      "defType",
                      "edismax",
                      "qf",
                      "name^3 codeParts^3 maker^2 makerEn^2 category",
                      "q.op",
                      "AND")));
        }
        body.set("filter", JSON.valueToTree(List.of("discontinued:false")));
        body.put("limit", i.limit());
        body.put("fields", "codeKey,name");
        yield call("POST", INDEX + "/query", body);
      }
      case MAKERS -> {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", "*:*");
        body.set("filter", JSON.valueToTree(List.of("discontinued:false")));
        body.put("limit", 0);
        body.set(
            "facet",
            JSON.valueToTree(
                Map.of(
                    "makers",
                    Map.of(
                        "type",
                        "terms",
                        "field",
                        "makerKeys",
                        "prefix",
                        i.text().strip().toLowerCase(Locale.ROOT),
                        "limit",
                        i.limit(),
                        "mincount",
                        1))));
        yield call("POST", INDEX + "/query", body);
      }
    };
  }

  /** The search body: edismax query, tagged filters, one terms facet per field, price min/max. */
  private ObjectNode search(SearchIntent i) {
    List<String> filters = new ArrayList<>();
    filters.add("discontinued:false");
    if (i.category() != null) {
      filters.add("{!term f=topCategory tag=cat}" + i.category());
    }
    if (i.maker() != null) {
      filters.add("{!term f=makerId tag=mk}" + i.maker());
    }
    if (i.priceMin() != null || i.priceMax() != null) {
      filters.add(
          "{!tag=price}price:["
              + (i.priceMin() == null ? "*" : i.priceMin())
              + " TO "
              + (i.priceMax() == null ? "*" : i.priceMax())
              + "]");
    }
    if (i.onlyNew()) {
      filters.add("{!term f=flags tag=new}new");
    }
    ObjectNode body = JSON.createObjectNode();
    if (i.text() == null || i.text().isBlank()) {
      body.put("query", "*:*");
      body.set("params", JSON.valueToTree(Map.of("fl", "codeKey,name,price")));
    } else {
      body.put("query", i.text());
      body.set("params", JSON.valueToTree(textParams("codeKey,name,price")));
    }
    body.set("filter", JSON.valueToTree(filters));
    body.put("limit", i.limit());
    if (i.sortByPrice()) {
      body.put("sort", "price asc");
    }
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put("topCategory", terms("topCategory", 100, "cat"));
    facets.put("makerId", terms("makerId", 20, "mk"));
    facets.put("origin", terms("origin", 20, null));
    facets.put("brand", terms("brand", 20, null));
    facets.put("flags", terms("flags", 10, null));
    facets.put(
        "price",
        Map.of(
            "type",
            "query",
            "q",
            "*:*",
            "domain",
            Map.of("excludeTags", "price"),
            "facet",
            Map.of("min", "min(price)", "max", "max(price)")));
    body.set("facet", JSON.valueToTree(facets));
    return body;
  }

  private static Map<String, Object> terms(String field, int limit, String excludeTag) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("type", "terms");
    t.put("field", field);
    t.put("limit", limit);
    if (excludeTag != null) {
      t.put("domain", Map.of("excludeTags", excludeTag));
    }
    return t;
  }

  /** The words of a text, each escaped for Solr's query syntax. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(escape(w));
      }
    }
    return words;
  }

  /** Escapes the characters of Solr's query syntax (as SolrJ's ClientUtils.escapeQueryChars). */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if ("\\+-!():^[]\"{}~*?|&;/".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
