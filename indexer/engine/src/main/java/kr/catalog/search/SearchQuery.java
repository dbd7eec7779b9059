package kr.catalog.search;

import java.util.Collection;
import java.util.Set;

/**
 * One search request, already validated at the edge.
 *
 * @param text the user's free text, may be blank (browse)
 * @param categories category ids; a product matches one of them or a descendant
 * @param makers maker ids
 * @param origins origin country codes
 * @param brands brand names
 * @param flags product flags that must all hold
 * @param stores store codes; a product matches when one of them holds it now
 * @param priceMin inclusive lower bound in KRW, or {@code null}
 * @param priceMax inclusive upper bound in KRW, or {@code null}
 * @param sort result order
 * @param page which slice of the hits
 * @param groupFamilies one hit per product family (the best-ranked variant) instead of one per
 *     product; {@link SearchResult.Hit#familySize()} then tells how many variants matched
 * @param curation active collections (facet and filter) and merchandising, never null
 * @param exact run the text as typed only: no typo correction even when it finds little (the
 *     "search for what I typed instead" of a corrected answer); a correction that would find
 *     something is then only offered as {@link SearchResult#didYouMean()}
 */
public record SearchQuery(
    String text,
    Set<String> categories,
    Set<String> makers,
    Set<String> origins,
    Set<String> brands,
    Set<Flag> flags,
    Set<String> stores,
    Long priceMin,
    Long priceMax,
    Sort sort,
    Page page,
    boolean groupFamilies,
    Curation curation,
    boolean exact) {

  public SearchQuery {
    curation = curation == null ? Curation.NONE : curation;
    text = text == null ? "" : text;
    sort = sort == null ? Sort.RELEVANCE : sort;
    page = page == null ? Page.first(20) : page;
    categories = Set.copyOf(categories);
    makers = Set.copyOf(makers);
    origins = Set.copyOf(origins);
    brands = Set.copyOf(brands);
    flags = Set.copyOf(flags);
    stores = Set.copyOf(stores);
    if (priceMin != null && priceMax != null && priceMin > priceMax) {
      throw new IllegalArgumentException("priceMin " + priceMin + " is above priceMax " + priceMax);
    }
  }

  /** A builder holding every part of this query, to change some and build a copy. */
  public Builder toBuilder() {
    return new Builder(text)
        .categories(categories)
        .makers(makers)
        .origins(origins)
        .brands(brands)
        .flags(flags)
        .stores(stores)
        .priceMin(priceMin)
        .priceMax(priceMax)
        .sort(sort)
        .page(page)
        .groupFamilies(groupFamilies)
        .curation(curation)
        .exact(exact);
  }

  /** A copy with other text. */
  public SearchQuery withText(String other) {
    return toBuilder().text(other).build();
  }

  /** A copy answering another slice of the hits. */
  public SearchQuery withPage(Page other) {
    return toBuilder().page(other).build();
  }

  /** A copy with other curation. */
  public SearchQuery withCuration(Curation other) {
    return toBuilder().curation(other).build();
  }

  /** A query for free text with no filters, first page, by relevance. */
  public static SearchQuery text(String text) {
    return new Builder(text).build();
  }

  /**
   * Builds queries step by step; unset parts mean no filter, relevance, first page of 20, no
   * grouping, no curation, typo correction on. {@link SearchQuery#toBuilder()} starts from an
   * existing query.
   */
  public static final class Builder {
    private String text;
    private Set<String> categories = Set.of();
    private Set<String> makers = Set.of();
    private Set<String> origins = Set.of();
    private Set<String> brands = Set.of();
    private Set<Flag> flags = Set.of();
    private Set<String> stores = Set.of();
    private Long priceMin;
    private Long priceMax;
    private Sort sort = Sort.RELEVANCE;
    private Page page = Page.first(20);
    private boolean groupFamilies;
    private Curation curation = Curation.NONE;
    private boolean exact;

    /** A builder for this free text (blank to browse). */
    public Builder(String text) {
      this.text = text;
    }

    public Builder text(String other) {
      this.text = other;
      return this;
    }

    public Builder categories(String... ids) {
      return categories(Set.of(ids));
    }

    public Builder categories(Collection<String> ids) {
      this.categories = Set.copyOf(ids);
      return this;
    }

    public Builder makers(String... ids) {
      return makers(Set.of(ids));
    }

    public Builder makers(Collection<String> ids) {
      this.makers = Set.copyOf(ids);
      return this;
    }

    public Builder origins(String... codes) {
      return origins(Set.of(codes));
    }

    public Builder origins(Collection<String> codes) {
      this.origins = Set.copyOf(codes);
      return this;
    }

    public Builder brands(String... names) {
      return brands(Set.of(names));
    }

    public Builder brands(Collection<String> names) {
      this.brands = Set.copyOf(names);
      return this;
    }

    public Builder flags(Flag... required) {
      return flags(Set.of(required));
    }

    public Builder flags(Collection<Flag> required) {
      this.flags = Set.copyOf(required);
      return this;
    }

    public Builder stores(String... codes) {
      return stores(Set.of(codes));
    }

    /** Only products available now at one of these stores (store codes). */
    public Builder stores(Collection<String> codes) {
      this.stores = Set.copyOf(codes);
      return this;
    }

    public Builder priceMin(Long min) {
      this.priceMin = min;
      return this;
    }

    public Builder priceMax(Long max) {
      this.priceMax = max;
      return this;
    }

    public Builder sort(Sort order) {
      this.sort = order;
      return this;
    }

    public Builder page(Page slice) {
      this.page = slice;
      return this;
    }

    public Builder groupFamilies(boolean group) {
      this.groupFamilies = group;
      return this;
    }

    public Builder curation(Curation added) {
      this.curation = added;
      return this;
    }

    /** Whether only the text as typed runs, never a typo correction of it. */
    public Builder exact(boolean asTyped) {
      this.exact = asTyped;
      return this;
    }

    public SearchQuery build() {
      return new SearchQuery(
          text,
          categories,
          makers,
          origins,
          brands,
          flags,
          stores,
          priceMin,
          priceMax,
          sort,
          page,
          groupFamilies,
          curation,
          exact);
    }
  }

  /** Flags a product can carry. */
  public enum Flag {
    NEW,
    DISCOUNT,
    PB,
    IN_STOCK
  }

  /** Result orders. */
  public enum Sort {
    RELEVANCE,
    PRICE_ASC,
    PRICE_DESC,
    NEWEST
  }

  /**
   * A slice of hits: by offset for the first pages, by an opaque cursor (search_after) for deep
   * paging.
   *
   * @param offset hits to skip, bounded by the backend's deep-paging guard
   * @param size hits to return
   * @param cursor opaque cursor from a previous {@link SearchResult#nextCursor()}, or null
   */
  public record Page(int offset, int size, String cursor) {
    /** The most hits one page may hold. */
    public static final int MAX_SIZE = 100;

    /**
     * How deep offset paging may go ({@code offset + size}); beyond it use the cursor. Deep offsets
     * cost every backend a sort of all hits up to the offset.
     */
    public static final int MAX_WINDOW = 1_000;

    public Page {
      if (size < 0 || size > MAX_SIZE) {
        throw new IllegalArgumentException("page size must be 0.." + MAX_SIZE + ": " + size);
      }
      if (offset < 0) {
        throw new IllegalArgumentException("page offset must not be negative: " + offset);
      }
      if (cursor == null && offset + size > MAX_WINDOW) {
        throw new IllegalArgumentException(
            "offset + size beyond "
                + MAX_WINDOW
                + ": page on with the cursor of the previous page");
      }
    }

    /** The first page of this size. */
    public static Page first(int size) {
      return new Page(0, size, null);
    }

    /** The page after the one that returned this cursor. */
    public static Page after(String cursor, int size) {
      return new Page(0, size, cursor);
    }
  }
}
