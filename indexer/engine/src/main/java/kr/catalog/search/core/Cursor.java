package kr.catalog.search.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kr.catalog.search.SearchQuery;

/**
 * Position after the last hit of a page (search_after): the sort value and the code key that breaks
 * ties. Opaque to clients: base64url of {@code sort|value|codeKey}, or {@code
 * sort:placed:pinned|value|codeKey} in a relevance search with pins.
 *
 * @param sort the sort it belongs to; a cursor of another sort is refused
 * @param score relevance score (sort {@code RELEVANCE})
 * @param value price or release day (other sorts)
 * @param codeKey the last hit's code key; with pins the last organic (not pinned) hit's, empty when
 *     no organic hit has been returned yet
 * @param pins with pins: how many results and how many pinned products came before, else null
 */
public record Cursor(
    SearchQuery.Sort sort, float score, long value, String codeKey, PinState pins) {

  /**
   * Where a relevance search with pins stands: pinned products are placed by their position in the
   * whole list, so continuing needs how far the list got, not only the last organic hit.
   *
   * @param placed results returned so far (the next one is at this 0-based position)
   * @param pinned pinned products among them (the first ones in pin order)
   */
  public record PinState(int placed, int pinned) {}

  /** A cursor without pins. */
  public Cursor(SearchQuery.Sort sort, float score, long value, String codeKey) {
    this(sort, score, value, codeKey, null);
  }

  /** Whether an organic hit has been returned, so search_after applies. */
  public boolean hasLastHit() {
    return !codeKey.isEmpty();
  }

  /** The same position without the pin state, as the engine's search_after. */
  public Cursor withoutPins() {
    return new Cursor(sort, score, value, codeKey, null);
  }

  /** The opaque form. */
  public String encode() {
    String sortValue =
        sort == SearchQuery.Sort.RELEVANCE
            ? Integer.toString(Float.floatToIntBits(score))
            : Long.toString(value);
    String head =
        pins == null ? sort.name() : sort.name() + ":" + pins.placed() + ":" + pins.pinned();
    String raw = head + "|" + sortValue + "|" + codeKey;
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
    String[] head = parts[0].split(":", -1);
    if (head.length != 1 && head.length != 3) {
      throw new IllegalArgumentException("malformed cursor");
    }
    SearchQuery.Sort sort;
    try {
      sort = SearchQuery.Sort.valueOf(head[0]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed cursor", e);
    }
    if (sort != expected) {
      throw new IllegalArgumentException("cursor belongs to sort " + sort + ", not " + expected);
    }
    try {
      PinState pins = null;
      if (head.length == 3) {
        pins = new PinState(Integer.parseInt(head[1]), Integer.parseInt(head[2]));
        if (pins.placed() < 0 || pins.pinned() < 0 || pins.pinned() > pins.placed()) {
          throw new IllegalArgumentException("malformed cursor");
        }
      }
      if (pins == null && parts[2].isEmpty()) {
        throw new IllegalArgumentException("malformed cursor");
      }
      return sort == SearchQuery.Sort.RELEVANCE
          ? new Cursor(sort, Float.intBitsToFloat(Integer.parseInt(parts[1])), 0L, parts[2], pins)
          : new Cursor(sort, 0f, Long.parseLong(parts[1]), parts[2], pins);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed cursor", e);
    }
  }
}
