package kr.catalog.api.product;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.catalog.api.media.Picture;

/**
 * Body of {@code GET /api/products/{code}}: everything a product page shows.
 *
 * @param code code as printed
 * @param codeKey normalised code (what lookups match on)
 * @param name Korean name
 * @param nameEn English name, may be empty
 * @param maker the maker
 * @param categoryPath categories from the top one down to the product's own
 * @param price list price in KRW, VAT excluded
 * @param priceWithVat list price in KRW with 10% VAT, rounded by the catalog's one rule
 * @param origin country of origin (ISO 3166 alpha-2)
 * @param brand brand as printed
 * @param privateBrand the distributor's own brand
 * @param newProduct marked new in the catalog
 * @param discontinued no longer sold (shown for old codes)
 * @param releasedOn release date, when known
 * @param specs specifications, units normalised
 * @param videos usage video links
 * @param pictures the product's pictures, each with {@code srcset}-ready URLs and pixel sizes; the
 *     first is the main one; empty when it has none
 * @param assets drawings, manuals, datasheets with their URLs and thumbnails
 * @param family other variants of the same product family
 * @param catalogPages pages of the catalog book that print this product
 */
public record ProductDetail(
    String code,
    String codeKey,
    String name,
    String nameEn,
    MakerRef maker,
    List<CategoryRef> categoryPath,
    long price,
    long priceWithVat,
    String origin,
    String brand,
    boolean privateBrand,
    boolean newProduct,
    boolean discontinued,
    LocalDate releasedOn,
    Map<String, String> specs,
    List<String> videos,
    List<Picture> pictures,
    List<AssetRef> assets,
    List<FamilyMember> family,
    List<PageRef> catalogPages) {

  /** A maker, with the id to filter by. */
  public record MakerRef(String id, String name, String nameEn) {}

  /** A category, with the id to filter by. */
  public record CategoryRef(String id, String name, String nameEn) {}

  /**
   * A file of the product; URLs point into the media store.
   *
   * @param kind MANUAL, DRAWING, VIDEO, CAPTIONS, ...
   * @param thumbnailUrl the thumbnail, for a video its poster frame; null when there is none
   * @param scanned a PDF without a text layer (a scan): its words are not searchable
   */
  public record AssetRef(
      String kind,
      String title,
      String mediaType,
      int pageCount,
      String url,
      String thumbnailUrl,
      boolean scanned) {}

  /** Another variant of the family. */
  public record FamilyMember(String code, String name, long price, boolean discontinued) {}

  /**
   * A catalog page printing the product, and where on the page (page-relative box 0..1).
   *
   * @param bookId the book
   * @param page page index, as used in {@code /api/ebooks/{id}/pages/{page}}
   * @param label the printed page label
   * @param url the page's API address
   * @param x left of the product's code on the page
   * @param y top of the product's code on the page
   * @param width width of the box
   * @param height height of the box
   */
  public record PageRef(
      String bookId,
      int page,
      String label,
      String url,
      double x,
      double y,
      double width,
      double height) {}
}
