package kr.catalog.ingest.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.ingest.report.RejectSink;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Supplier CSV feeds with Korean (or English) headers, read with commons-csv.
 *
 * <p>The first record is the header ({@link FeedColumns} maps it). The delimiter is whichever of
 * {@code , ; TAB} the header line has most of. The encoding is UTF-8 (a BOM is skipped) unless the
 * file's start is not valid UTF-8, in which case it is read as MS949 (CP949), the encoding Korean
 * Excel writes. A record whose column count differs from the header's is a {@link
 * RejectReason#BROKEN_ROW}; the line reported is the line the record starts on.
 */
public final class CsvFeedReader implements FeedReader {
  private static final Charset MS949 = Charset.forName("x-windows-949");
  private final FeedProfile profile;

  /** A reader for feeds of the given profile. */
  public CsvFeedReader(FeedProfile profile) {
    this.profile = profile;
  }

  @Override
  public Result read(Path file, String name, Consumer<FeedRow> rows, RejectSink rejects)
      throws IOException {
    Charset charset = detectCharset(file);
    char delimiter = detectDelimiter(file, charset);
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    try (BufferedReader in = open(file, charset);
        CSVParser parser = format.parse(in)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return new Result(0, List.of());
      }
      TableHeader header = new TableHeader(records.next().toList());
      if (!header.isProductFeed()) {
        throw new FeedFormatException(name + ": header has no product code column");
      }
      long previousEnd = parser.getCurrentLineNumber();
      long count = 0;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = previousEnd + 1;
        previousEnd = parser.getCurrentLineNumber();
        List<String> cells = record.toList();
        if (cells.size() == 1 && cells.getFirst().isBlank()) {
          continue; // an empty line is not a row
        }
        count++;
        if (cells.size() != header.width()) {
          rejects.reject(
              Reject.atRow(
                  name,
                  line,
                  null,
                  RejectReason.BROKEN_ROW,
                  "row has " + cells.size() + " columns, the header has " + header.width()));
          continue;
        }
        rows.accept(
            new FeedRow(
                name, line, header.values(cells), Map.of(), header.defaultUnits(), profile));
      }
      return new Result(count, header.ignored());
    }
  }

  /** The header cells of a CSV file, for format detection. */
  static List<String> header(Path file) throws IOException {
    Charset charset = detectCharset(file);
    char delimiter = detectDelimiter(file, charset);
    try (BufferedReader in = open(file, charset);
        CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(in)) {
      Iterator<CSVRecord> it = parser.iterator();
      List<String> cells = new ArrayList<>();
      if (it.hasNext()) {
        for (String c : it.next().toList()) {
          cells.add(c.replace("\uFEFF", "").strip());
        }
      }
      return cells;
    }
  }

  private static BufferedReader open(Path file, Charset charset) throws IOException {
    InputStream in = Files.newInputStream(file);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  private static Charset detectCharset(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(1 << 16);
    }
    // Cut at the last line break so a multi-byte character split by the 64 KiB cut is no error.
    int end = head.length;
    if (head.length == 1 << 16) {
      while (end > 0 && head[end - 1] != '\n') {
        end--;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(head, 0, end));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return MS949;
    }
  }

  private static char detectDelimiter(Path file, Charset charset) throws IOException {
    String first;
    try (BufferedReader in = open(file, charset)) {
      first = in.readLine();
    }
    if (first == null) {
      return ',';
    }
    long commas = first.chars().filter(c -> c == ',').count();
    long semicolons = first.chars().filter(c -> c == ';').count();
    long tabs = first.chars().filter(c -> c == '\t').count();
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }
}
