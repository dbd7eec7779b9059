package kr.catalog.search;

/**
 * Creates one kind of {@link SearchBackend}; a backend module registers its implementation as a
 * {@link java.util.ServiceLoader} service.
 */
public interface SearchBackendFactory {

  /** The name the backend is chosen by ({@code lucene}, {@code elasticsearch}). */
  String name();

  /**
   * Opens or connects the backend.
   *
   * @throws IllegalArgumentException when a setting the backend needs is missing or invalid
   */
  SearchBackend create(BackendSettings settings);
}
