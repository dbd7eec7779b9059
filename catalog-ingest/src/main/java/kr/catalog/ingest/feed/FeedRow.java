package kr.catalog.ingest.feed;

import java.util.Map;

/**
 * One data row of a feed, with its raw values keyed by canonical field and where it came from.
 *
 * @param file the feed file, relative to the feeds directory
 * @param line the row's line (CSV/JSON) or row number (XLSX), 1-based
 * @param values raw values as the feed wrote them (text, not yet normalised)
 * @param specs free specifications given as separate key/values (JSON objects, external
 *     attributes); specs written in one cell arrive in {@code values} under {@link FeedField#SPECS}
 * @param defaultUnits units the column headers declare for bare numbers
 * @param profile how strictly to take the row
 */
public record FeedRow(
    String file,
    long line,
    Map<FeedField, String> values,
    Map<String, String> specs,
    Map<FeedField, String> defaultUnits,
    FeedProfile profile) {

  /** The raw value of a field, or {@code null}. */
  public String get(FeedField field) {
    return values.get(field);
  }

  /** Whether the row has a column for this field at all. */
  public boolean has(FeedField field) {
    return values.containsKey(field);
  }
}
