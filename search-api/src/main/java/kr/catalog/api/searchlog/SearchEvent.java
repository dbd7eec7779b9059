package kr.catalog.api.searchlog;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kr.catalog.search.vocabulary.Vocabulary;

/**
 * One answered search as the search path hands it over: raw values only, so that recording costs
 * the search an allocation and a queue offer; the worker derives the row from it ({@link
 * SearchLogRow#of}).
 *
 * @param at when it was answered
 * @param typed {@code q} as typed (empty when browsing by filters)
 * @param ran the text that ran: {@code typed}, or its typo correction when {@code corrected}
 * @param corrected whether a typo correction ran instead of the typed text
 * @param hits the total found
 * @param filters filter name to its values (empty ones left out)
 * @param vocabulary the vocabulary the search expanded with (an immutable snapshot)
 * @param backend the backend that answered
 * @param latencyNanos time from the request's parameters to its answer
 * @param surface the page that asked, or {@code api}
 * @param page the result page asked for (1-based; 0 for a cursor page)
 */
public record SearchEvent(
    Instant at,
    String typed,
    String ran,
    boolean corrected,
    long hits,
    Map<String, Set<String>> filters,
    Vocabulary vocabulary,
    String backend,
    long latencyNanos,
    String surface,
    int page) {

  /** The surface recorded when the request names no page of this site. */
  public static final String API = "api";

  private static final Pattern SURFACE = Pattern.compile("/[A-Za-z0-9._/-]{0,63}");

  /**
   * The page of this site a {@code Referer} names (its path only: no query string, which would
   * repeat the search text, no host), or {@link #API} for a request without one or from elsewhere.
   *
   * @param host the request's {@code Host} header (a port is ignored)
   */
  public static String surfaceOf(String referer, String host) {
    if (referer == null || referer.isBlank()) {
      return API;
    }
    try {
      URI uri = new URI(referer);
      String own = host == null ? null : host.replaceFirst(":[0-9]+$", "");
      if (uri.getHost() == null || (own != null && !uri.getHost().equalsIgnoreCase(own))) {
        return API;
      }
      String path = uri.getPath();
      return path != null && SURFACE.matcher(path).matches() ? path : API;
    } catch (URISyntaxException e) {
      return API;
    }
  }
}
