package kr.catalog.search;

/**
 * The search backend cannot answer now (cluster unreachable, index not built, timed out). Callers
 * answer "try again later" rather than an internal error: the condition is expected to pass.
 */
public class SearchUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public SearchUnavailableException(String message) {
    super(message);
  }
}
