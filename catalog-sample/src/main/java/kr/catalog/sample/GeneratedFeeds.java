package kr.catalog.sample;

import java.nio.file.Path;
import java.util.List;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;

/**
 * What the generator wrote and what a correct ingest must make of it: the canonical catalog the
 * messy feeds encode, and every row the ingest must reject.
 *
 * @param dir the feeds directory
 * @param size the size generated
 * @param makers canonical makers (all have products)
 * @param categories the category tree (all top categories have products)
 * @param products canonical products, sorted by code key
 * @param rows data rows written over all product feeds
 * @param rejects every row an ingest must reject, with where and why
 */
public record GeneratedFeeds(
    Path dir,
    CatalogGenerator.Size size,
    List<Maker> makers,
    List<Category> categories,
    List<Product> products,
    long rows,
    List<ExpectedReject> rejects) {

  /**
   * A row the generator broke (or duplicated) on purpose.
   *
   * @param file feed file name
   * @param line its line (CSV, JSON) or row number (XLSX)
   * @param field the field at fault, or {@code null} for a whole row
   * @param reason the reason the ingest must give
   */
  public record ExpectedReject(String file, long line, String field, RejectReason reason) {}

  /** Number of top categories. */
  public long topCategories() {
    return categories.stream().filter(Category::isTop).count();
  }
}
