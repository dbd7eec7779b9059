package kr.catalog.model;

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
 */
public record BookPage(
    String bookId,
    int index,
    String label,
    String imagePath,
    String thumbnailPath,
    String text,
    List<Hotspot> hotspots) {
  public BookPage {
    hotspots = List.copyOf(hotspots);
  }

  /**
   * A product code printed on a page, with its bounding box in page-relative coordinates (0..1,
   * origin top-left) so the viewer can place it over an image of any size.
   */
  public record Hotspot(
      String codeKey, String printedCode, double x, double y, double width, double height) {}
}
