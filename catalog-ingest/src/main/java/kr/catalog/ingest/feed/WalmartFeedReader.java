package kr.catalog.ingest.feed;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kr.catalog.ingest.normalize.Prices;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.ingest.report.RejectSink;
import kr.catalog.model.Category;
import kr.catalog.model.Keys;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The mapping of the Walmart product CSV ({@code id,title,category,brand,modelno,price}) onto
 * supplier rows.
 *
 * <p>Mapping: {@code id} is the product code; {@code brand} the maker (created from its spellings);
 * {@code title} the name; {@code category} a sub-category of {@link #ROOT} ({@code 기타/other} when
 * empty); {@code modelno} the product's model number ({@link FeedField#MODEL_NUMBER}), also kept as
 * the spec {@code model number} and the product family when it looks like a code; {@code price}, in
 * dollars, becomes KRW at {@link ExternalRates#krwPerUsd()}.
 */
public final class WalmartFeedReader implements FeedReader {
  /** The header that identifies this feed. */
  public static final List<String> HEADER =
      List.of("id", "title", "category", "brand", "modelno", "price");

  /** The top category of Walmart products. */
  public static final Category ROOT =
      new Category("walmart", null, "월마트 전자·사무용품", "Walmart electronics & office");

  /** The profile of Walmart rows. */
  public static final FeedProfile PROFILE = new FeedProfile("walmart", true, ROOT);

  private final ExternalRates rates;

  /** A reader converting prices at the given rates. */
  public WalmartFeedReader(ExternalRates rates) {
    this.rates = rates;
  }

  @Override
  public Result read(Path file, String name, Consumer<FeedRow> rows, RejectSink rejects)
      throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    long count = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(in)) {
      long previousEnd = parser.getCurrentLineNumber();
      Iterator<CSVRecord> it = parser.iterator();
      while (it.hasNext()) {
        CSVRecord r = it.next();
        long line = previousEnd + 1;
        previousEnd = parser.getCurrentLineNumber();
        count++;
        if (r.size() != HEADER.size()) {
          rejects.reject(
              Reject.atRow(
                  name,
                  line,
                  null,
                  RejectReason.BROKEN_ROW,
                  "row has " + r.size() + " columns, the header has " + HEADER.size()));
          continue;
        }
        rows.accept(toRow(name, line, r));
      }
    }
    return new Result(count, List.of());
  }

  private FeedRow toRow(String name, long line, CSVRecord r) {
    Map<FeedField, String> values = new EnumMap<>(FeedField.class);
    put(values, FeedField.CODE, r.get("id"));
    put(values, FeedField.NAME_KO, r.get("title"));
    put(values, FeedField.NAME_EN, r.get("title"));
    put(values, FeedField.MAKER, r.get("brand"));
    String category = r.get("category");
    values.put(FeedField.CATEGORY, category.isBlank() ? "other" : category);
    // The maker's model number is an identifier of its own (found typed any way by lookup and
    // search); it stays the family as well, as before, so variants sharing it group together.
    put(values, FeedField.MODEL_NUMBER, r.get("modelno"));
    if (Keys.looksLikeCode(r.get("modelno"))) {
      values.put(FeedField.FAMILY, r.get("modelno"));
    }
    String price = r.get("price").strip();
    if (!price.isEmpty()) {
      try {
        values.put(
            FeedField.PRICE, Long.toString(Prices.toKrw(new BigDecimal(price), rates.krwPerUsd())));
      } catch (NumberFormatException e) {
        values.put(FeedField.PRICE, price); // the normaliser reports it
      }
    }
    Map<String, String> specs =
        r.get("modelno").isBlank() ? Map.of() : Map.of("model number", r.get("modelno").strip());
    return new FeedRow(name, line, values, specs, Map.of(), PROFILE);
  }

  private static void put(Map<FeedField, String> values, FeedField field, String v) {
    if (v != null && !v.isBlank()) {
      values.put(field, v);
    }
  }
}
