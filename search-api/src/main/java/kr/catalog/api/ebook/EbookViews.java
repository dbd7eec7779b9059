package kr.catalog.api.ebook;

import java.util.List;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.media.MediaUrls;
import kr.catalog.model.BookPage;
import kr.catalog.model.Product;

/** Response bodies of the e-book endpoints. */
public final class EbookViews {
  private EbookViews() {}

  /**
   * A catalog book.
   *
   * @param id book id
   * @param pageCount number of pages
   * @param coverThumbnailUrl thumbnail of the first page
   * @param firstLabel printed label of the first page
   * @param lastLabel printed label of the last page
   */
  public record Book(
      String id, int pageCount, String coverThumbnailUrl, String firstLabel, String lastLabel) {
    static Book of(String id, List<BookPage> pages) {
      BookPage first = pages.getFirst();
      return new Book(
          id,
          pages.size(),
          MediaUrls.of(first.thumbnailPath()),
          first.label(),
          pages.getLast().label());
    }
  }

  /** A book with its thumbnail strip. */
  public record BookWithPages(Book book, List<PageThumb> pages) {}

  /** One entry of the thumbnail strip. */
  public record PageThumb(int index, String label, String thumbnailUrl, String url) {}

  /**
   * One page for the viewer.
   *
   * @param bookId the book
   * @param index page index (1-based)
   * @param label printed label
   * @param imageUrl the page image
   * @param thumbnailUrl its thumbnail
   * @param deepLink the UI address that opens this page
   * @param previous index of the previous page, or null on the first
   * @param next index of the next page, or null on the last
   * @param hotspots clickable products printed on the page
   * @param width pixel width of the full page image ({@code imageUrl}), so a viewer reserves the
   *     page's box before it loads; null for a book digitised before sizes were recorded
   * @param height its pixel height, or null
   * @param srcset the page image at every width it was rendered at ({@code url 480w, ...}), for the
   *     {@code srcset} of an {@code img}; null when only the full image exists
   */
  public record Page(
      String bookId,
      int index,
      String label,
      String imageUrl,
      String thumbnailUrl,
      String deepLink,
      Integer previous,
      Integer next,
      List<Hotspot> hotspots,
      Integer width,
      Integer height,
      String srcset) {

    static Page of(BookPage page, List<BookPage> pages, CatalogView catalog) {
      int position = pages.indexOf(page);
      BookPage.Rendition full = page.renditions().isEmpty() ? null : page.renditions().getLast();
      String srcset =
          page.renditions().size() < 2
              ? null
              : page.renditions().stream()
                  .map(r -> MediaUrls.of(r.path()) + " " + r.width() + "w")
                  .collect(java.util.stream.Collectors.joining(", "));
      return new Page(
          page.bookId(),
          page.index(),
          page.label(),
          MediaUrls.of(page.imagePath()),
          MediaUrls.of(page.thumbnailPath()),
          "/ebook.html?book=" + page.bookId() + "&page=" + page.index(),
          position > 0 ? pages.get(position - 1).index() : null,
          position < pages.size() - 1 ? pages.get(position + 1).index() : null,
          page.hotspots().stream().map(h -> Hotspot.of(h, catalog)).toList(),
          full == null ? null : full.width(),
          full == null ? null : full.height(),
          srcset);
    }
  }

  /**
   * A product code printed on the page; the box is page-relative (0..1, origin top-left).
   *
   * @param code the code as printed
   * @param codeKey its normalised form
   * @param name the product's name, when the code resolves to a product
   * @param productUrl the product's API address, when it resolves
   */
  public record Hotspot(
      String code,
      String codeKey,
      String name,
      String productUrl,
      double x,
      double y,
      double width,
      double height) {
    static Hotspot of(BookPage.Hotspot h, CatalogView catalog) {
      Product product = catalog.product(h.codeKey()).orElse(null);
      return new Hotspot(
          h.printedCode(),
          h.codeKey(),
          product == null ? null : product.nameKo(),
          product == null ? null : "/api/products/" + product.codeKey(),
          h.x(),
          h.y(),
          h.width(),
          h.height());
    }
  }

  /** A page found by search inside the book. */
  public record PageHit(
      int index, String label, String thumbnailUrl, String url, String snippet, int matches) {}
}
