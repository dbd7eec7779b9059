package kr.catalog.ingest.feed;

import kr.catalog.model.Category;

/**
 * How strictly rows of one kind of feed are taken.
 *
 * <p>The company's own supplier feeds are checked against the maker and category masters: an
 * unknown maker or category is a reject. External sources mapped into the catalog (Icecat, Walmart)
 * have no master: their makers are created from the spellings they use, and their categories are
 * created under a top category of their own ({@link #rootCategory}).
 *
 * @param name short name for reports
 * @param createMakers whether an unknown maker spelling creates a maker instead of a reject
 * @param rootCategory the top category new categories of this source go under, or {@code null} when
 *     categories must come from the master
 */
public record FeedProfile(String name, boolean createMakers, Category rootCategory) {
  /** The company's supplier feeds: masters required. */
  public static final FeedProfile SUPPLIER = new FeedProfile("supplier", false, null);

  /** Whether this profile creates categories instead of looking them up. */
  public boolean createsCategories() {
    return rootCategory != null;
  }
}
