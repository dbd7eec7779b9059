package kr.catalog.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.catalog.model.Text;

/**
 * The kinds of input file in a feeds directory, told apart by extension and, for CSV and JSON, by
 * their header or first keys.
 */
public enum FeedKind {
  /** {@code 제조사ID,한글명,영문명,별칭}. */
  MAKER_MASTER,
  /** {@code 분류ID,상위분류ID,한글명,영문명}. */
  CATEGORY_MASTER,
  /** A supplier CSV whose header {@link FeedColumns} knows. */
  SUPPLIER_CSV,
  /** A supplier workbook. */
  SUPPLIER_XLSX,
  /** A supplier JSON array. */
  SUPPLIER_JSON,
  /** Icecat product JSON, plain or zipped. */
  ICECAT,
  /** The Walmart product CSV. */
  WALMART,
  /** Anything else: reported, never read. */
  UNSUPPORTED;

  /** Detects the kind of one file. */
  public static FeedKind detect(Path file) throws IOException {
    String name = Text.lower(file.getFileName().toString());
    if (name.endsWith(".json.zip")) {
      return ICECAT;
    }
    if (name.endsWith(".xlsx")) {
      return SUPPLIER_XLSX;
    }
    if (name.endsWith(".json")) {
      return looksLikeIcecat(file) ? ICECAT : SUPPLIER_JSON;
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
      List<String> header = CsvFeedReader.header(file);
      if (header.equals(MasterFiles.MAKER_HEADER)) {
        return MAKER_MASTER;
      }
      if (header.equals(MasterFiles.CATEGORY_HEADER)) {
        return CATEGORY_MASTER;
      }
      if (header.equals(WalmartFeedReader.HEADER)) {
        return WALMART;
      }
      return SUPPLIER_CSV;
    }
    return UNSUPPORTED;
  }

  /** Whether this kind holds products (as opposed to a master or an unknown file). */
  public boolean holdsProducts() {
    return this != MAKER_MASTER && this != CATEGORY_MASTER && this != UNSUPPORTED;
  }

  /** The reader for this kind. */
  public FeedReader reader(ExternalRates rates) {
    return switch (this) {
      case SUPPLIER_CSV -> new CsvFeedReader(FeedProfile.SUPPLIER);
      case SUPPLIER_XLSX -> new XlsxFeedReader(FeedProfile.SUPPLIER);
      case SUPPLIER_JSON -> new JsonFeedReader(FeedProfile.SUPPLIER);
      case ICECAT -> new IcecatFeedReader(rates);
      case WALMART -> new WalmartFeedReader(rates);
      default -> throw new IllegalStateException(this + " has no product reader");
    };
  }

  private static boolean looksLikeIcecat(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    }
    String s = new String(head, StandardCharsets.UTF_8);
    return s.contains("\"supplier\"") && s.contains("\"title\"") && s.contains("\"ean\"");
  }
}
