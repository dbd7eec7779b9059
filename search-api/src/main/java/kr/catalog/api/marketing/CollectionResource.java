package kr.catalog.api.marketing;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.marketing.CurationCache.CollectionEntry;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.search.CuratedSearch;
import kr.catalog.api.search.SearchParams;
import kr.catalog.api.search.SearchResponse;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Promotional collections: everyone sees the active ones as a list and as pages of products;
 * marketing (and admins) create, change and delete them. Scheduled and ended ones are listed for
 * marketing under {@code /api/marketing/collections}.
 */
@Path("/api/collections")
@Tag(name = "collections")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionResource {

  @Inject CurationCache cache;
  @Inject CollectionService collections;
  @Inject CuratedSearch searches;
  @Inject CatalogView catalog;
  @Inject SecurityIdentity identity;
  @Inject Clock clock;

  /**
   * A collection page.
   *
   * @param collection the collection
   * @param products its products: hand-picked ones first in curated order (when browsing by
   *     relevance), then the rest of its members; facets within the collection
   */
  public record CollectionPage(CollectionView collection, SearchResponse products) {}

  @GET
  @Operation(summary = "The collections active now")
  public List<CollectionView> active() {
    Instant now = clock.instant();
    return cache.current().activeAt(now).stream()
        .map(c -> CollectionView.of(c, catalog, now))
        .toList();
  }

  /**
   * An active collection with a page of its products. Marketing and admins also see scheduled and
   * ended ones (a preview); for everyone else they do not exist (404).
   */
  @GET
  @Path("{slug}")
  @Operation(
      summary = "A collection with its products, paged, with facets",
      description =
          "Takes the filters, sort and paging of /api/search. Hand-picked products come first in"
              + " their curated order when browsing (no text) by relevance.")
  public CollectionPage page(
      @PathParam("slug") String slug, @Valid @BeanParam SearchParams params) {
    Instant now = clock.instant();
    CollectionEntry c = cache.current().bySlug().get(slug);
    if (c == null || (!c.activeAt(now) && !mayPreview())) {
      throw new BusinessRefusal(
          Refusal.COLLECTION_NOT_FOUND, "No active collection has the slug " + slug + ".");
    }
    return new CollectionPage(
        CollectionView.of(c, catalog, now), searches.inCollection(Curations.curated(c), params));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MARKETING, Roles.ADMIN})
  @Operation(summary = "Create a collection (marketing)")
  public Response create(@Valid @NotNull CollectionRequest request) {
    CollectionView created = collections.create(Actor.of(identity), request);
    return Response.created(URI.create("/api/collections/" + created.slug()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MARKETING, Roles.ADMIN})
  @Operation(
      summary = "Replace a collection (marketing)",
      description = "The body's slug may rename it; pass the version you edited to detect races.")
  public CollectionView update(
      @PathParam("slug") String slug, @Valid @NotNull CollectionRequest request) {
    return collections.update(Actor.of(identity), slug, request);
  }

  @DELETE
  @Path("{slug}")
  @RolesAllowed({Roles.MARKETING, Roles.ADMIN})
  @Operation(summary = "Delete a collection (marketing)")
  public Response delete(@PathParam("slug") String slug) {
    collections.delete(Actor.of(identity), slug);
    return Response.noContent().build();
  }

  private boolean mayPreview() {
    return identity.hasRole(Roles.MARKETING) || identity.hasRole(Roles.ADMIN);
  }
}
