package kr.catalog.ingest.feed;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Text;

/**
 * The header row of a table-shaped feed (CSV, XLSX), resolved once: which column index holds which
 * field, which units the header declares, and which columns are not known.
 */
final class TableHeader {
  private final int width;
  private final FeedField[] fields;
  private final Map<FeedField, String> defaultUnits = new EnumMap<>(FeedField.class);
  private final List<String> ignored = new ArrayList<>();

  TableHeader(List<String> headers) {
    width = headers.size();
    fields = new FeedField[width];
    for (int i = 0; i < width; i++) {
      String h = headers.get(i) == null ? "" : headers.get(i).replace("\uFEFF", "");
      FeedColumns.Column column = FeedColumns.resolve(h);
      if (column == null) {
        if (!Text.isBlank(h)) {
          ignored.add(Text.clean(h));
        }
        continue;
      }
      fields[i] = column.field();
      if (column.defaultUnit() != null) {
        defaultUnits.put(column.field(), column.defaultUnit());
      }
    }
  }

  /** Whether the header names at least a code column; otherwise this is not a product feed. */
  boolean isProductFeed() {
    for (FeedField f : fields) {
      if (f == FeedField.CODE) {
        return true;
      }
    }
    return false;
  }

  int width() {
    return width;
  }

  List<String> ignored() {
    return ignored;
  }

  /** The row's values by field; blank cells are left out. */
  Map<FeedField, String> values(List<String> cells) {
    Map<FeedField, String> values = new EnumMap<>(FeedField.class);
    for (int i = 0; i < Math.min(cells.size(), width); i++) {
      String cell = cells.get(i);
      if (fields[i] != null && cell != null && !cell.isBlank()) {
        values.put(fields[i], cell);
      }
    }
    return values;
  }

  Map<FeedField, String> defaultUnits() {
    return defaultUnits;
  }
}
