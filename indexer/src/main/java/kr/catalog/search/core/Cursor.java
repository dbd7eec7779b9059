package kr.catalog.search.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kr.catalog.search.SearchQuery;

/**
 * Position after the last hit of a page (search_after): the sort value and the code key that breaks
 * ties. Opaque to clients: base64url of {@code sort|value|codeKey}.
 *
 * @param sort the sort it belongs to; a cursor of another sort is refused
 * @param score relevance score (sort {@code RELEVANCE})
 * @param value price or release day (other sorts)
 * @param codeKey the last hit's code key
 */
public record Cursor(SearchQuery.Sort sort, float score, long value, String codeKey) {

  /** The opaque form. */
  public String encode() {
    String sortValue =
        sort == SearchQuery.Sort.RELEVANCE
            ? Integer.toString(Float.floatToIntBits(score))
            : Long.toString(value);
    String raw = sort.name() + "|" + sortValue + "|" + codeKey;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor of this sort. */
  public static Cursor decode(String encoded, SearchQuery.Sort expected) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed cursor", e);
    }
    String[] parts = raw.split("\\|", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("malformed cursor");
    }
    SearchQuery.Sort sort;
    try {
      sort = SearchQuery.Sort.valueOf(parts[0]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed cursor", e);
    }
    if (sort != expected) {
      throw new IllegalArgumentException("cursor belongs to sort " + sort + ", not " + expected);
    }
    try {
      return sort == SearchQuery.Sort.RELEVANCE
          ? new Cursor(sort, Float.intBitsToFloat(Integer.parseInt(parts[1])), 0L, parts[2])
          : new Cursor(sort, 0f, Long.parseLong(parts[1]), parts[2]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed cursor", e);
    }
  }
}
