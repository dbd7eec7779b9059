package kr.catalog.ingest.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kr.catalog.ingest.normalize.Prices;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.ingest.report.RejectSink;
import kr.catalog.model.Category;
import kr.catalog.model.Keys;

/**
 * The mapping of Icecat product JSON (the Chorus export: {@code products-N.json.zip}, or the {@code
 * .json} inside) onto supplier rows.
 *
 * <p>Mapping: {@code id} is the product code (so judgments that name Icecat ids find the product);
 * {@code supplier} is the maker (makers are created from these spellings); {@code title} is the
 * name (Korean and English, the source has one name); {@code name}, often the maker's part number,
 * is the product family and the spec {@code part number} when it looks like a code ({@link
 * ProductCodes#looksLikeCode}), else the spec {@code model name}; {@code ean} the spec {@code EAN};
 * {@code price}, integer cents, becomes KRW at {@link ExternalRates#krwPerUsd()}; {@code
 * date_released} the release date; every {@code attr_t_/attr_n_/attr_b_} attribute a spec (prefix
 * dropped, underscores as spaces; numeric weights get {@code g}, dimensions {@code mm}, cable
 * lengths {@code m}, so {@code weight} and {@code length} normalise like supplier specs). All
 * products go to the category {@link #ROOT}.
 */
public final class IcecatFeedReader implements FeedReader {
  /** The top category of Icecat products. */
  public static final Category ROOT =
      new Category("icecat", null, "아이스캣 전자·사무용품", "Icecat electronics & office");

  /** The profile of Icecat rows. */
  public static final FeedProfile PROFILE = new FeedProfile("icecat", true, ROOT);

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final BigDecimal CENTS = new BigDecimal("100");

  private final ExternalRates rates;

  /** A reader converting prices at the given rates. */
  public IcecatFeedReader(ExternalRates rates) {
    this.rates = rates;
  }

  @Override
  public Result read(Path file, String name, Consumer<FeedRow> rows, RejectSink rejects)
      throws IOException {
    long count = 0;
    if (file.getFileName().toString().endsWith(".zip")) {
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
          if (!entry.isDirectory() && entry.getName().endsWith(".json")) {
            count += readArray(zip, name + "!" + entry.getName(), rows, rejects);
          }
        }
      }
    } else {
      try (InputStream in = Files.newInputStream(file)) {
        count = readArray(in, name, rows, rejects);
      }
    }
    return new Result(count, List.of());
  }

  private long readArray(InputStream in, String name, Consumer<FeedRow> rows, RejectSink rejects)
      throws IOException {
    long count = 0;
    JsonParser p = MAPPER.getFactory().createParser(in);
    // The zip stream must stay open for the next entry: do not close the parser's source.
    p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw new FeedFormatException(name + ": expected a JSON array of Icecat products");
    }
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      long line = p.currentTokenLocation().getLineNr();
      JsonNode node = MAPPER.readTree(p);
      count++;
      if (!node.isObject()) {
        rejects.reject(
            Reject.atRow(name, line, null, RejectReason.BROKEN_ROW, "element is not an object"));
        continue;
      }
      rows.accept(toRow(name, line, node));
    }
    return count;
  }

  private FeedRow toRow(String name, long line, JsonNode n) {
    Map<FeedField, String> values = new EnumMap<>(FeedField.class);
    put(values, FeedField.CODE, n.path("id"));
    put(values, FeedField.MAKER, n.path("supplier"));
    put(values, FeedField.NAME_KO, n.path("title"));
    put(values, FeedField.NAME_EN, n.path("title"));
    String partName = n.path("name").asText("");
    boolean partNumber = Keys.looksLikeCode(partName);
    if (partNumber) {
      values.put(FeedField.FAMILY, partName);
    }
    put(values, FeedField.RELEASED, n.path("date_released"));
    JsonNode price = n.path("price");
    if (price.isNumber()) {
      BigDecimal usd = price.decimalValue().divide(CENTS);
      values.put(FeedField.PRICE, Long.toString(Prices.toKrw(usd, rates.krwPerUsd())));
    } else if (!price.isMissingNode() && !price.isNull()) {
      values.put(FeedField.PRICE, price.asText()); // the normaliser will say why it is wrong
    }
    Map<String, String> specs = new LinkedHashMap<>();
    if (!partName.isBlank()) {
      specs.put(partNumber ? "part number" : "model name", partName);
    }
    if (n.path("ean").isArray() && !n.path("ean").isEmpty()) {
      List<String> eans = new ArrayList<>();
      n.path("ean").forEach(e -> eans.add(e.asText()));
      specs.put("EAN", String.join(", ", eans));
    }
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      String key = e.getKey();
      if (key.startsWith("attr_") && key.length() > 7 && !e.getValue().isNull()) {
        String spec = key.substring(7).replace('_', ' ');
        JsonNode v = e.getValue();
        String text = v.isBoolean() ? (v.booleanValue() ? "yes" : "no") : JsonFeedReader.text(v);
        if (key.startsWith("attr_n_")) {
          text = text + unitOf(spec);
        }
        specs.put(spec, text);
      }
    }
    return new FeedRow(name, line, values, specs, Map.of(), PROFILE);
  }

  /**
   * The unit Icecat's numeric attributes are in, as far as the data shows: weights in grams,
   * dimensions in millimetres, cable lengths in metres; other numbers stay bare.
   */
  private static String unitOf(String spec) {
    if (spec.endsWith("weight")) {
      return " g";
    }
    if (spec.endsWith("cable length")) {
      return " m";
    }
    if (spec.endsWith("width")
        || spec.endsWith("height")
        || spec.endsWith("depth")
        || spec.endsWith("length")) {
      return " mm";
    }
    return "";
  }

  private static void put(Map<FeedField, String> values, FeedField field, JsonNode v) {
    if (!v.isMissingNode() && !v.isNull() && !v.asText().isBlank()) {
      values.put(field, v.asText());
    }
  }
}
