/**
 * How the engine finds its backends without importing them.
 *
 * <p>Each backend module registers one {@link kr.catalog.search.spi.SearchBackendFactory} in {@code
 * META-INF/services/kr.catalog.search.spi.SearchBackendFactory}; {@link
 * kr.catalog.search.SearchBackends#open} loads them with {@link java.util.ServiceLoader} and picks
 * one by its name ({@code lucene}, {@code elasticsearch}), handing it {@link
 * kr.catalog.search.spi.BackendSettings}. So the engine compiles without any adapter, and an
 * application chooses its backend by configuration with the adapters on its runtime classpath only
 * (as hibernate-search's engine finds {@code backend-lucene} and {@code backend-elasticsearch}).
 */
package kr.catalog.search.spi;
