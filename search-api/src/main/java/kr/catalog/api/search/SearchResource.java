package kr.catalog.api.search;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import kr.catalog.api.searchlog.SearchEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Product search with facets, for customers and the UI. */
@Path("/api/search")
@Tag(name = "search")
public class SearchResource {

  @Inject CuratedSearch searches;

  /**
   * Full-text search with disjunctive facets and price statistics. The collections active now are a
   * facet and a filter ({@code collection}); the merchandising rules active now for this text or
   * category pin, boost, bury or hide products. Every search is recorded in the search log, with no
   * user identity.
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Search products, with facets and price statistics")
  public SearchResponse search(
      @Valid @BeanParam SearchParams params, @Context HttpHeaders headers) {
    // The page that asked goes to the search log (marketing's reports), its path only.
    String surface =
        SearchEvent.surfaceOf(
            headers.getHeaderString("Referer"), headers.getHeaderString(HttpHeaders.HOST));
    return searches.search(params, surface);
  }
}
