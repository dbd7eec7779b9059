package kr.catalog.ingest.feed;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.ingest.report.RejectSink;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The two master files the company's feeds are checked against, both UTF-8 CSV with Korean headers:
 *
 * <ul>
 *   <li>maker master: {@code 제조사ID,한글명,영문명,별칭} (aliases separated by {@code |});
 *   <li>category master: {@code 분류ID,상위분류ID,한글명,영문명}, parents before children.
 * </ul>
 *
 * Broken master rows are rejected with their line like feed rows.
 */
public final class MasterFiles {
  /** Header of the maker master. */
  public static final List<String> MAKER_HEADER = List.of("제조사ID", "한글명", "영문명", "별칭");

  /** Header of the category master. */
  public static final List<String> CATEGORY_HEADER = List.of("분류ID", "상위분류ID", "한글명", "영문명");

  private MasterFiles() {}

  /** Reads a maker master. */
  public static List<Maker> readMakers(Path file, String name, RejectSink rejects)
      throws IOException {
    List<Maker> makers = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    read(
        file,
        MAKER_HEADER,
        (line, r) -> {
          String id = Text.clean(r.get(0));
          if (Text.isBlank(id) || Text.isBlank(r.get(1)) || Text.isBlank(r.get(2))) {
            rejects.reject(
                Reject.atRow(
                    name, line, null, RejectReason.MISSING_FIELD, "maker id or name is empty"));
            return;
          }
          if (!ids.add(id)) {
            rejects.reject(
                Reject.atRow(
                    name, line, "id", RejectReason.DUPLICATE, "maker id '" + id + "' repeats"));
            return;
          }
          List<String> aliases =
              Arrays.stream(r.get(3).split("\\|"))
                  .map(Text::clean)
                  .filter(a -> !a.isEmpty())
                  .toList();
          makers.add(new Maker(id, Text.clean(r.get(1)), Text.clean(r.get(2)), aliases));
        },
        name,
        rejects);
    return makers;
  }

  /** Reads a category master. */
  public static List<Category> readCategories(Path file, String name, RejectSink rejects)
      throws IOException {
    List<Category> categories = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    read(
        file,
        CATEGORY_HEADER,
        (line, r) -> {
          String id = Text.clean(r.get(0));
          String parent = Text.isBlank(r.get(1)) ? null : Text.clean(r.get(1));
          if (Text.isBlank(id) || Text.isBlank(r.get(2)) || Text.isBlank(r.get(3))) {
            rejects.reject(
                Reject.atRow(
                    name, line, null, RejectReason.MISSING_FIELD, "category id or name is empty"));
          } else if (parent != null && !ids.contains(parent)) {
            rejects.reject(
                Reject.atRow(
                    name,
                    line,
                    "parentId",
                    RejectReason.UNKNOWN_CATEGORY,
                    "parent '" + parent + "' is not defined above this row"));
          } else if (!ids.add(id)) {
            rejects.reject(
                Reject.atRow(
                    name, line, "id", RejectReason.DUPLICATE, "category id '" + id + "' repeats"));
          } else {
            categories.add(new Category(id, parent, Text.clean(r.get(2)), Text.clean(r.get(3))));
          }
        },
        name,
        rejects);
    return categories;
  }

  /** Writes a maker master (used by the generator). */
  public static void writeMakers(Path file, List<Maker> makers) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv =
            CSVFormat.RFC4180
                .builder()
                .setHeader(MAKER_HEADER.toArray(String[]::new))
                .get()
                .print(out)) {
      for (Maker m : makers) {
        csv.printRecord(m.id(), m.nameKo(), m.nameEn(), String.join("|", m.aliases()));
      }
    }
  }

  /** Writes a category master (used by the generator). */
  public static void writeCategories(Path file, List<Category> categories) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv =
            CSVFormat.RFC4180
                .builder()
                .setHeader(CATEGORY_HEADER.toArray(String[]::new))
                .get()
                .print(out)) {
      for (Category c : categories) {
        csv.printRecord(c.id(), c.parentId() == null ? "" : c.parentId(), c.nameKo(), c.nameEn());
      }
    }
  }

  private interface RowHandler {
    void row(long line, CSVRecord record);
  }

  private static void read(
      Path file, List<String> header, RowHandler handler, String name, RejectSink rejects)
      throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.parse(in)) {
      Iterator<CSVRecord> it = parser.iterator();
      if (!it.hasNext()) {
        throw new FeedFormatException(name + ": empty master file");
      }
      it.next();
      long previousEnd = parser.getCurrentLineNumber();
      while (it.hasNext()) {
        CSVRecord r = it.next();
        long line = previousEnd + 1;
        previousEnd = parser.getCurrentLineNumber();
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        if (r.size() != header.size()) {
          rejects.reject(
              Reject.atRow(
                  name,
                  line,
                  null,
                  RejectReason.BROKEN_ROW,
                  "row has " + r.size() + " columns, the header has " + header.size()));
          continue;
        }
        handler.row(line, r);
      }
    }
  }
}
