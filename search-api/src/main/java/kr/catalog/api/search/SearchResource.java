package kr.catalog.api.search;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.marketing.Curations;
import kr.catalog.api.rest.InvalidParameterException;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.SearchResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Product search with facets, for customers and the UI. */
@Path("/api/search")
@Tag(name = "search")
public class SearchResource {

  @Inject SearchBackend backend;
  @Inject CatalogView catalog;
  @Inject Curations curations;
  @Inject Clock clock;

  /**
   * Full-text search with disjunctive facets and price statistics. The collections active now are a
   * facet and a filter ({@code collection}); the merchandising rules active now for this text or
   * category pin, boost, bury or hide products.
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Search products, with facets and price statistics")
  public SearchResponse search(@Valid @BeanParam SearchParams params) {
    SearchQuery plain = params.toQuery();
    SearchQuery query =
        plain.withCuration(curations.forSearch(plain, params.collections(), clock.instant()));
    SearchResult result;
    try {
      result = backend.search(query);
    } catch (IllegalArgumentException e) {
      // The only client-supplied input the backend itself checks is the opaque cursor.
      if (query.page().cursor() != null) {
        throw new InvalidParameterException("cursor", "is not valid for this search; start over");
      }
      throw e;
    }
    return SearchResponse.of(result, params, catalog);
  }
}
