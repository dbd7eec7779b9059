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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;

/**
 * What the HTTP search-engine peers (Meilisearch, OpenSearch) share: the catalog as plain JSON
 * documents (raw text, each engine analyses it with its own analyzers, unlike {@link PostgresPeer},
 * which has none for Korean), and JSON over HTTP/1.1 with one keep-alive client, as the load driver
 * talks to the platform, so HTTP and JSON are paid by everyone.
 */
abstract class SearchPeer implements LoadRunner.Target, AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  /** The facets every search asks for, as our API gives them. */
  static final List<String> FACETS = List.of("topCategory", "makerId", "origin", "brand", "flags");

  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  final PeerProcess server;
  final URI base;

  /** Seconds from sending the first document to the index being searchable. */
  double indexSeconds;

  SearchPeer(PeerProcess server, URI base) {
    this.server = server;
    this.base = base;
  }

  /** Engine and version, for the report. */
  abstract String label();

  /** What the engine was set up with, in a line, for the report. */
  abstract String setup();

  /** The number of products the search matches (ours: {@code total}), for the hit comparison. */
  abstract long total(SearchIntent intent) throws IOException, InterruptedException;

  @Override
  public String send(LoadRequest request, long cycle) throws Exception {
    if (request.intent() == null) {
      throw new IllegalArgumentException(label() + " answers searches only, not " + request.kind());
    }
    answer(request.intent());
    return LoadStats.OK;
  }

  /** Creates {@code index} with the engine's set-up and loads the documents; searchable after. */
  abstract void createIndex(String index, List<Map<String, Object>> docs) throws Exception;

  /** Code keys of the first {@code k} hits of a plain text search (relevance: NDCG@10). */
  abstract List<String> rank(String index, String text, int k) throws Exception;

  /** Sends the request(s) the engine needs for this search and reads the whole answer. */
  abstract JsonNode answer(SearchIntent intent) throws IOException, InterruptedException;

  JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(
              method,
              HttpRequest.BodyPublishers.ofByteArray(
                  body instanceof String s
                      ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                      : JSON.writeValueAsBytes(body)));
    }
    HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() / 100 != 2) {
      throw new IOException(
          label()
              + " answered "
              + r.statusCode()
              + " to "
              + method
              + " "
              + path
              + ": "
              + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return r.body().length == 0 ? JSON.nullNode() : JSON.readTree(r.body());
  }

  @Override
  public void close() {
    server.close();
  }

  /**
   * The catalog as documents: raw Korean and English text, the facet fields and the price; every
   * product (discontinued ones too, filtered out at query time as ours does).
   */
  static List<Map<String, Object>> documents(Catalog catalog) {
    Map<String, Category> categories = new HashMap<>();
    catalog.categories().forEach(c -> categories.put(c.id(), c));
    Map<String, Maker> makers = new HashMap<>();
    catalog.makers().forEach(m -> makers.put(m.id(), m));
    List<Map<String, Object>> docs = new ArrayList<>(catalog.products().size());
    int seq = 0;
    for (Product p : catalog.products()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", seq++);
      d.put("codeKey", p.codeKey());
      d.put("code", p.code());
      d.put("codeParts", String.join(" ", p.code().split("[^\\p{L}\\p{N}]+")));
      d.put("name", p.nameKo());
      d.put("nameEn", p.nameEn() == null ? "" : p.nameEn());
      Maker m = makers.get(p.makerId());
      d.put("maker", m == null ? "" : m.nameKo());
      d.put("makerEn", m == null || m.nameEn() == null ? "" : m.nameEn());
      d.put("makerId", p.makerId());
      List<String> path = new ArrayList<>();
      String top = p.categoryId();
      for (Category c = categories.get(p.categoryId());
          c != null;
          c = c.parentId() == null ? null : categories.get(c.parentId())) {
        path.addFirst(c.nameKo());
        top = c.id();
      }
      d.put("category", String.join(" > ", path));
      d.put("topCategory", top);
      d.put("categoryId", p.categoryId());
      d.put("origin", p.origin() == null ? "" : p.origin());
      d.put("brand", p.brand() == null ? "" : p.brand());
      List<String> flags = new ArrayList<>();
      if (p.newProduct()) {
        flags.add("new");
      }
      if (p.privateBrand()) {
        flags.add("pb");
      }
      d.put("flags", flags);
      d.put("price", p.listPrice());
      StringBuilder specs = new StringBuilder();
      new TreeMap<>(p.specs() == null ? Map.<String, String>of() : p.specs())
          .forEach((k, v) -> specs.append(k).append(' ').append(v).append(". "));
      d.put("specs", specs.toString().strip());
      d.put("discontinued", p.discontinued());
      docs.add(d);
    }
    return docs;
  }
}
