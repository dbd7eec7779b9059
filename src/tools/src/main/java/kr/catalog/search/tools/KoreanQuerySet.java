package kr.catalog.search.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.model.Catalog;
import kr.catalog.model.Product;

/**
 * The judged Korean query set ({@value #RESOURCE}): each query with the kind of typing it stands
 * for and what it means (a category and/or a maker); graded judgments follow from what each product
 * is, by one rule ({@link Query#grade}), so nothing depends on what an engine returned.
 */
public final class KoreanQuerySet {

  /** Class-path location of the shipped set. */
  public static final String RESOURCE = "relevance/korean-queries.tsv";

  /** Stands for "any category" or "any maker". */
  static final String ANY = "*";

  private final List<Query> queries;

  private KoreanQuerySet(List<Query> queries) {
    this.queries = List.copyOf(queries);
  }

  /**
   * One judged query.
   *
   * @param text as typed
   * @param kind the kind of typing (catalog, synonym, spacing, english, shop-floor, loanword,
   *     maker, typo, dropped)
   * @param category the leaf or top category id it means, or {@code *}
   * @param maker the maker id it means, or {@code *}
   */
  public record Query(String text, String kind, String category, String maker) {

    /**
     * 3 when the product is in the category and by the maker the query means ({@code *} matches
     * all); 1 when the query names both and only the category matches; else 0.
     */
    public int grade(Product p) {
      boolean inCategory =
          category.equals(ANY)
              || p.categoryId().equals(category)
              || p.categoryId().startsWith(category + ".");
      boolean byMaker = maker.equals(ANY) || p.makerId().equals(maker);
      if (inCategory && byMaker) {
        return 3;
      }
      if (inCategory && !maker.equals(ANY) && !category.equals(ANY)) {
        return 1;
      }
      return 0;
    }
  }

  /** The queries in file order. */
  public List<Query> queries() {
    return queries;
  }

  /** The shipped set. */
  public static KoreanQuerySet shipped() {
    InputStream in = KoreanQuerySet.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the class path");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A set from a file in the same format. */
  public static KoreanQuerySet read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  static KoreanQuerySet read(Reader reader) throws IOException {
    List<Query> queries = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("query\t")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 4) {
        throw new IllegalArgumentException("line " + number + ": expected 4 columns: " + line);
      }
      queries.add(new Query(cols[0].strip(), cols[1].strip(), cols[2].strip(), cols[3].strip()));
    }
    return new KoreanQuerySet(queries);
  }

  /**
   * How many searchable (not discontinued) products of the catalog have each grade for a query, to
   * build the ideal ranking of NDCG and the denominator of precision.
   */
  public static Map<Integer, Long> gradeCounts(Query q, Catalog catalog) {
    Map<Integer, Long> counts = new HashMap<>();
    for (Product p : catalog.products()) {
      if (!p.discontinued()) {
        counts.merge(q.grade(p), 1L, Long::sum);
      }
    }
    return counts;
  }
}
