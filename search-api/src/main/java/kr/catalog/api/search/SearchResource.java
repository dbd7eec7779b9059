package kr.catalog.api.search;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.catalog.api.catalog.CatalogView;
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

  /** Full-text search with disjunctive facets and price statistics. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Search products, with facets and price statistics")
  public SearchResponse search(@Valid @BeanParam SearchParams params) {
    SearchQuery query = params.toQuery();
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
