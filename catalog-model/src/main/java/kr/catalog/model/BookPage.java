package kr.catalog.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of the printed catalog book, digitised for the e-book viewer.
 *
 * @param bookId id of the book (one per printed edition)
 * @param index 1-based page index in the PDF
 * @param label the page label printed on the page ({@code A-12}), often not equal to index
 * @param imagePath rendered page image inside the media store
 * @param thumbnailPath page thumbnail inside the media store
 * @param text the page's text, for "search inside the catalog"
 * @param hotspots product codes printed on the page with their boxes
 * @param renditions the page image at the widths a viewer shows it at, narrowest first, the full
 *     image ({@code imagePath}) last, each with its pixel size: what lets a viewer reserve the
 *     page's box and pick the size it shows ({@code srcset}); empty in catalogs written before
 *     renditions existed, and left out of the JSON when empty so those still read
 */
public record BookPage(
    String bookId,
    int index,
    String label,
    String imagePath,
    String thumbnailPath,
    String text,
    List<Hotspot> hotspots,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Rendition> renditions) {
  public BookPage {
    hotspots = List.copyOf(hotspots);
    renditions = renditions == null ? List.of() : List.copyOf(renditions);
  }

  /** A page without renditions (only its full image). */
  public BookPage(
      String bookId,
      int index,
      String label,
      String imagePath,
      String thumbnailPath,
      String text,
      List<Hotspot> hotspots) {
    this(bookId, index, label, imagePath, thumbnailPath, text, hotspots, List.of());
  }

  /**
   * One size of the page image.
   *
   * @param path inside the media store
   * @param width in pixels
   * @param height in pixels
   */
  public record Rendition(String path, int width, int height) {}

  /**
   * A product code printed on a page, with its bounding box in page-relative coordinates (0..1,
   * origin top-left) so the viewer can place it over an image of any size.
   */
  public record Hotspot(
      String codeKey, String printedCode, double x, double y, double width, double height) {}
}
