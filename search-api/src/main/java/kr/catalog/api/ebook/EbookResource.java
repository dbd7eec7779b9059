package kr.catalog.api.ebook;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.media.MediaUrls;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.model.BookPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The e-book of the printed catalog: books, the thumbnail strip, pages by index or by printed label
 * with clickable product hotspots, and search inside the book.
 */
@Path("/api/ebooks")
@Tag(name = "e-book")
@Produces(MediaType.APPLICATION_JSON)
public class EbookResource {

  @Inject CatalogView catalog;

  /** The books of the catalog. */
  @GET
  @Operation(summary = "The catalog books that can be leafed through")
  public List<EbookViews.Book> books() {
    return catalog.books().entrySet().stream()
        .map(e -> EbookViews.Book.of(e.getKey(), e.getValue()))
        .toList();
  }

  /** One book with its thumbnail strip for navigation. */
  @GET
  @Path("{id}")
  @Operation(summary = "A book with the thumbnail strip of all its pages")
  public EbookViews.BookWithPages book(@PathParam("id") @Size(max = 64) String id) {
    List<BookPage> pages = pages(id);
    return new EbookViews.BookWithPages(
        EbookViews.Book.of(id, pages),
        pages.stream()
            .map(
                p ->
                    new EbookViews.PageThumb(
                        p.index(), p.label(), MediaUrls.of(p.thumbnailPath()), pageUrl(p)))
            .toList());
  }

  /** A page by its index in the book (1-based). */
  @GET
  @Path("{id}/pages/{n}")
  @Operation(summary = "A page by index: image, thumbnail, printed label, product hotspots")
  public EbookViews.Page page(
      @PathParam("id") @Size(max = 64) String id, @PathParam("n") @Min(1) @Max(100_000) int n) {
    List<BookPage> pages = pages(id);
    BookPage page =
        pages.stream()
            .filter(p -> p.index() == n)
            .findFirst()
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        Refusal.BOOK_PAGE_NOT_FOUND, "The book " + id + " has no page " + n + "."));
    return EbookViews.Page.of(page, pages, catalog);
  }

  /** A page by the label printed on it ({@code A-12}), which often differs from its index. */
  @GET
  @Path("{id}/labels/{label}")
  @Operation(summary = "A page by its printed label (e.g. A-12)")
  public EbookViews.Page pageByLabel(
      @PathParam("id") @Size(max = 64) String id,
      @PathParam("label") @Size(max = 32) String label) {
    List<BookPage> pages = pages(id);
    BookPage page =
        pages.stream()
            .filter(p -> p.label() != null && p.label().equalsIgnoreCase(label.strip()))
            .findFirst()
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        Refusal.BOOK_PAGE_NOT_FOUND,
                        "The book " + id + " has no page labelled " + label + "."));
    return EbookViews.Page.of(page, pages, catalog);
  }

  /** Search inside the book: the pages whose text or printed codes match, with snippets. */
  @GET
  @Path("{id}/search")
  @Operation(summary = "Search inside the catalog book: matching pages with snippets")
  public List<EbookViews.PageHit> search(
      @PathParam("id") @Size(max = 64) String id,
      @QueryParam("q") @NotBlank(message = "is required") @Size(max = 100) String q,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
    return BookSearch.search(pages(id), q, limit).stream()
        .map(
            hit ->
                new EbookViews.PageHit(
                    hit.page().index(),
                    hit.page().label(),
                    MediaUrls.of(hit.page().thumbnailPath()),
                    pageUrl(hit.page()),
                    hit.snippet(),
                    hit.matches()))
        .toList();
  }

  private List<BookPage> pages(String id) {
    List<BookPage> pages = catalog.books().get(id);
    if (pages == null) {
      throw new BusinessRefusal(Refusal.BOOK_NOT_FOUND, "There is no book " + id + ".");
    }
    return pages;
  }

  static String pageUrl(BookPage page) {
    return "/api/ebooks/" + page.bookId() + "/pages/" + page.index();
  }
}
