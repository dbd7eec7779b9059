package kr.catalog.search.load;

/**
 * One request of a load mix: how the platform's HTTP API receives it and, for searches, what it
 * asks for ({@link SearchIntent}) so a peer can answer the same request.
 *
 * @param kind the endpoint it exercises, the row of the report ({@code search.text}, {@code order})
 * @param method {@code GET} or {@code POST}
 * @param path path and URL-encoded query, relative to the platform's base URL
 * @param body JSON body of a POST, else null
 * @param account the demo account that sends it (log-in name), or null for anonymous
 * @param idempotencyKey the order's {@code Idempotency-Key} (unique within one mix; a retry repeats
 *     the key of the order it retries), or null
 * @param intent the search it asks for, or null when it is not a search
 */
public record LoadRequest(
    String kind,
    String method,
    String path,
    String body,
    String account,
    String idempotencyKey,
    SearchIntent intent) {

  static LoadRequest get(String kind, String path, SearchIntent intent) {
    return new LoadRequest(kind, "GET", path, null, null, null, intent);
  }

  /** Whether a peer search engine can answer it (it is a search, not a page, quote or order). */
  public boolean isSearch() {
    return intent != null;
  }
}
