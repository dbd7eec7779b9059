package kr.catalog.search.tools;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kr.catalog.model.Asset;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.analysis.CodeForms;

/**
 * The Icecat open catalog sample (Chorus project) as a {@link Catalog}, for relevance measurement.
 * Product data from Icecat, open catalog.
 *
 * <p>Mapping: {@code supplier} -> maker; {@code attr_t_product_type} (else "other") -> category;
 * {@code name} (the maker's part number) -> code; {@code title} -> English name; {@code
 * short_description} and the text attributes -> specs; {@code price}, {@code date_released} as they
 * are. The code key is the normalised part number, made unique by the Icecat id when two products
 * share one; {@link #icecatId} maps it back to the id the judgments use.
 */
public final class IcecatCatalog {

  /**
   * The one category of all products. Icecat's product type is given for a minority of records
   * only: as a category it would give those records a field the others lack, which skews BM25; it
   * stays a spec like the other attributes.
   */
  static final Category CATEGORY = new Category("icecat", null, "Icecat", "Icecat products");

  /** One raw record: what the baseline indexes. */
  public record Record(String id, String title, String description) {}

  private final Catalog catalog;
  private final Map<String, String> idByCodeKey;
  private final List<Record> records;

  private IcecatCatalog(Catalog catalog, Map<String, String> idByCodeKey, List<Record> records) {
    this.catalog = catalog;
    this.idByCodeKey = idByCodeKey;
    this.records = records;
  }

  /** Reads {@code products-*.json.zip} of the directory; the first record of an id wins. */
  public static IcecatCatalog read(Path directory) throws IOException {
    List<Path> zips;
    try (var list = Files.list(directory)) {
      zips =
          list.filter(p -> p.getFileName().toString().matches("products-\\d+\\.json\\.zip"))
              .sorted()
              .toList();
    }
    if (zips.isEmpty()) {
      throw new IOException("no products-*.json.zip in " + directory);
    }
    ObjectMapper mapper = new ObjectMapper();
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (Path zip : zips) {
      try (InputStream file = Files.newInputStream(zip);
          ZipInputStream in = new ZipInputStream(file)) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          if (!e.getName().endsWith(".json")) {
            continue;
          }
          JsonParser parser = mapper.getFactory().createParser(in);
          if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw new IOException(zip + ": expected a JSON array");
          }
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode node = mapper.readTree(parser);
            byId.putIfAbsent(node.path("id").asText(), node);
          }
        }
      }
    }
    return build(byId.values());
  }

  private static IcecatCatalog build(Iterable<JsonNode> nodes) {
    Map<String, Maker> makers = new TreeMap<>();
    Map<String, String> idByCodeKey = new HashMap<>();
    List<Product> products = new ArrayList<>();
    List<Record> records = new ArrayList<>();
    List<Asset> assets = new ArrayList<>();
    for (JsonNode n : nodes) {
      String id = n.path("id").asText();
      String supplier = n.path("supplier").asText("").strip();
      String makerId = slug(supplier.isEmpty() ? "unknown" : supplier);
      makers.putIfAbsent(makerId, new Maker(makerId, supplier, supplier, List.of()));
      String code = n.path("name").asText("");
      String codeKey = CodeForms.normalize(code);
      if (codeKey.isEmpty() || idByCodeKey.containsKey(codeKey)) {
        codeKey = codeKey + "-" + id;
      }
      idByCodeKey.put(codeKey, id);
      Map<String, String> specs = new TreeMap<>();
      String description = n.path("short_description").asText("");
      assets.add(
          new Asset(
              "description-" + id,
              codeKey,
              Asset.Kind.DATASHEET,
              "icecat/" + id + ".txt",
              null,
              "text/plain",
              "",
              description,
              0,
              ""));
      for (Map.Entry<String, JsonNode> f : n.properties()) {
        if (f.getKey().startsWith("attr_t_") && f.getValue().isTextual()) {
          specs.put(
              f.getKey().substring("attr_t_".length()).replace('_', ' ').strip(),
              f.getValue().asText());
        }
      }
      String released = n.path("date_released").asText("");
      LocalDate releasedOn =
          released.length() >= 10 ? LocalDate.parse(released.substring(0, 10)) : null;
      String title = n.path("title").asText("");
      products.add(
          new Product(
              code,
              codeKey,
              codeKey,
              "",
              title,
              makerId,
              CATEGORY.id(),
              n.path("price").asLong(0),
              "",
              supplier,
              false,
              false,
              false,
              specs,
              List.of(),
              releasedOn));
      records.add(new Record(id, title, description));
    }
    Catalog catalog =
        new Catalog(
            "icecat-chorus",
            List.copyOf(makers.values()),
            List.of(CATEGORY),
            products,
            assets,
            List.of());
    return new IcecatCatalog(catalog, idByCodeKey, records);
  }

  private static String slug(String text) {
    String slug =
        text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    return slug.isEmpty() ? "x" : slug;
  }

  /** The catalog for the backends. */
  public Catalog catalog() {
    return catalog;
  }

  /** The raw records for the baseline. */
  public List<Record> records() {
    return records;
  }

  /** The Icecat id of a product's code key. */
  public String icecatId(String codeKey) {
    return idByCodeKey.get(codeKey);
  }
}
