package kr.catalog.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.catalog.search.Facet;
import kr.catalog.search.document.Fields;
import kr.catalog.search.query.Dimension;
import kr.catalog.search.query.FacetCounts;
import kr.catalog.search.query.FilterSpec;
import kr.catalog.search.query.PriceBands;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts disjunctive facets and price statistics in the same pass that collects the top hits.
 *
 * <p>The scored query carries no dimension filter; each matching document is checked against the
 * filters of all dimensions through doc values. A document passing all of them is a hit and counts
 * in every facet; a document failing exactly one dimension counts only in that dimension's facet
 * (drill-sideways), which is what "a facet ignores its own selection" means; documents failing two
 * or more count nowhere. Query-defined parts (the selected collections' filter, each collection of
 * the {@code collection} facet) are checked the same way, through per-segment scorers.
 */
final class FacetingCollector implements Collector {

  /** Merged outcome of all collectors of one search. */
  record Outcome(
      long total,
      TopFieldDocs top,
      FacetCounts counts,
      Long priceMin,
      Long priceMax,
      long[] priceBands,
      List<FamilyBest> families,
      Map<String, Long> familySizes) {}

  /**
   * The best-ranked product of one family among the hits (grouped searches).
   *
   * @param family family key
   * @param doc global document id
   * @param score relevance score
   * @param value price or release day by the sort, 0 for relevance
   * @param codeKey code key, the tie-breaker
   */
  record FamilyBest(String family, int doc, float score, long value, String codeKey) {}

  /**
   * Query-defined parts of a search, as weights of the searcher: the filter of each query-defined
   * dimension ({@link Dimension#COLLECTION}) and the collections of the {@code collection} facet,
   * each checked per document with its scorer's iterator (documents arrive in order per segment).
   *
   * @param filters weight of the filter of each query-defined dimension
   * @param collections slug to membership weight, in facet order
   */
  record QueryParts(Map<Dimension, Weight> filters, Map<String, Weight> collections) {
    static final QueryParts NONE = new QueryParts(Map.of(), Map.of());
  }

  /** One collector per index slice; {@link #reduce} merges their counts and top hits. */
  static final class Manager implements CollectorManager<FacetingCollector, Outcome> {
    private final TopFieldCollectorManager topManager;
    private final List<FilterSpec> filters;
    private final Grouping grouping;
    private final QueryParts parts;

    Manager(
        TopFieldCollectorManager topManager,
        Collection<FilterSpec> filters,
        Grouping grouping,
        QueryParts parts) {
      this.topManager = topManager;
      this.filters = List.copyOf(filters);
      this.grouping = grouping;
      this.parts = parts;
    }

    @Override
    public FacetingCollector newCollector() throws IOException {
      return new FacetingCollector(topManager.newCollector(), filters, grouping, parts);
    }

    @Override
    public Outcome reduce(Collection<FacetingCollector> collectors) throws IOException {
      long total = 0;
      FacetCounts.Builder counts = new FacetCounts.Builder();
      Long min = null;
      Long max = null;
      long[] bands = new long[PriceBands.EDGES.size()];
      List<TopFieldCollector> tops = new ArrayList<>();
      Map<String, FamilyBest> best = new HashMap<>();
      Map<String, Long> familySizes = new HashMap<>();
      for (FacetingCollector c : collectors) {
        total += c.total;
        c.familySizes.forEach((f, n) -> familySizes.merge(f, n, Long::sum));
        c.familyBest.forEach(
            (f, candidate) -> best.merge(f, candidate, (a, b) -> grouping.better(a, b) ? a : b));
        c.counts.forEach(counts::addAll);
        if (c.priceSeen) {
          min = min == null ? c.priceMin : Math.min(min, c.priceMin);
          max = max == null ? c.priceMax : Math.max(max, c.priceMax);
        }
        for (int i = 0; i < bands.length; i++) {
          bands[i] += c.bands[i];
        }
        tops.add(c.top);
      }
      List<FamilyBest> families = new ArrayList<>(best.values());
      if (grouping != null) {
        families.sort((a, b) -> grouping.better(a, b) ? -1 : grouping.better(b, a) ? 1 : 0);
      }
      return new Outcome(
          total, topManager.reduce(tops), counts.build(), min, max, bands, families, familySizes);
    }
  }

  /**
   * Collapsing hits to one per family, in the order of the search's sort.
   *
   * @param valueField numeric field of the sort, or null for relevance
   * @param descending whether higher values come first (always for relevance)
   */
  record Grouping(String valueField, boolean descending) {
    boolean better(FamilyBest a, FamilyBest b) {
      int c =
          valueField == null
              ? Float.compare(b.score(), a.score())
              : descending
                  ? Long.compare(b.value(), a.value())
                  : Long.compare(a.value(), b.value());
      return c != 0 ? c < 0 : a.codeKey().compareTo(b.codeKey()) < 0;
    }
  }

  /** The facets counted per ordinal of a keyword field: the keyword facets and the flags. */
  private static final List<Facet> FIELD_FACETS =
      List.of(Facet.CATEGORY, Facet.MAKER, Facet.ORIGIN, Facet.BRAND, Facet.STORE, Facet.FLAG);

  /** The keyword facet that ignores a dimension's filter (flags: none, each flag is its own). */
  private static final Map<Dimension, Facet> FACET_OF_DIMENSION = new EnumMap<>(Dimension.class);

  static {
    for (Facet facet : Facet.KEYWORD_FACETS) {
      FACET_OF_DIMENSION.put(Dimension.of(facet), facet);
    }
  }

  private final TopFieldCollector top;
  private final List<FilterSpec> filters;
  private final Grouping grouping;
  private final QueryParts parts;
  private final Map<String, FamilyBest> familyBest = new HashMap<>();
  private final Map<String, Long> familySizes = new HashMap<>();
  private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
  private final long[] bands = new long[PriceBands.EDGES.size()];
  private long total;
  private boolean priceSeen;
  private long priceMin = Long.MAX_VALUE;
  private long priceMax = Long.MIN_VALUE;

  private FacetingCollector(
      TopFieldCollector top, List<FilterSpec> filters, Grouping grouping, QueryParts parts) {
    this.top = top;
    this.filters = filters;
    this.grouping = grouping;
    this.parts = parts;
  }

  @Override
  public ScoreMode scoreMode() {
    // Every match must be visited for exact counts; the top collector is built with an unbounded
    // total-hits threshold, so it never asks to skip. Grouping by relevance needs scores.
    if (grouping != null && grouping.valueField() == null) {
      return ScoreMode.COMPLETE;
    }
    return top.scoreMode();
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    return new Leaf(context, top.getLeafCollector(context));
  }

  /** Per-segment state of family collapsing, by segment ordinals. */
  private final class LeafGroups {
    private final int docBase;
    private final SortedSetDocValues families;
    private final SortedDocValues codeKeys;
    private final NumericDocValues values;
    private final Map<Long, long[]> best = new HashMap<>(); // family ord -> {doc, codeKeyOrd}
    private final Map<Long, Float> bestScore = new HashMap<>();
    private final Map<Long, Long> bestValue = new HashMap<>();
    private final Map<Long, Long> sizes = new HashMap<>();

    LeafGroups(LeafReaderContext context) throws IOException {
      LeafReader reader = context.reader();
      docBase = context.docBase;
      families = DocValues.getSortedSet(reader, Fields.FAMILY);
      codeKeys = DocValues.getSorted(reader, Fields.CODE_KEY);
      values =
          grouping.valueField() == null
              ? null
              : DocValues.getNumeric(reader, grouping.valueField());
    }

    void collect(int doc, Scorable scorer) throws IOException {
      if (!families.advanceExact(doc)) {
        return;
      }
      long family = families.nextOrd();
      sizes.merge(family, 1L, Long::sum);
      float score = grouping.valueField() == null ? scorer.score() : 0f;
      long value = values != null && values.advanceExact(doc) ? values.longValue() : 0L;
      long codeKeyOrd = codeKeys.advanceExact(doc) ? codeKeys.ordValue() : -1;
      long[] current = best.get(family);
      if (current == null
          || better(
              score, value, codeKeyOrd, bestScore.get(family), bestValue.get(family), current[1])) {
        best.put(family, new long[] {doc, codeKeyOrd});
        bestScore.put(family, score);
        bestValue.put(family, value);
      }
    }

    private boolean better(
        float score, long value, long ord, float otherScore, long otherValue, long otherOrd) {
      int c =
          grouping.valueField() == null
              ? Float.compare(otherScore, score)
              : grouping.descending()
                  ? Long.compare(otherValue, value)
                  : Long.compare(value, otherValue);
      return c != 0 ? c < 0 : ord < otherOrd;
    }

    void finish() throws IOException {
      for (Map.Entry<Long, long[]> e : best.entrySet()) {
        String family = families.lookupOrd(e.getKey()).utf8ToString();
        String codeKey = codeKeys.lookupOrd((int) e.getValue()[1]).utf8ToString();
        FamilyBest candidate =
            new FamilyBest(
                family,
                docBase + (int) e.getValue()[0],
                bestScore.get(e.getKey()),
                bestValue.get(e.getKey()),
                codeKey);
        familyBest.merge(family, candidate, (a, b) -> grouping.better(a, b) ? a : b);
        familySizes.merge(family, sizes.get(e.getKey()), Long::sum);
      }
    }
  }

  /** A filter of one dimension, checked per document on one segment. */
  private interface LeafFilter {
    boolean test(int doc) throws IOException;
  }

  /** Per-ordinal counts of one keyword field on one segment. */
  private static final class OrdCounter {
    final SortedSetDocValues values;
    final long[] counts;

    OrdCounter(LeafReader reader, String field) throws IOException {
      values = DocValues.getSortedSet(reader, field);
      counts = new long[(int) Math.min(Integer.MAX_VALUE - 8, values.getValueCount())];
    }

    void count(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        for (int i = 0; i < values.docValueCount(); i++) {
          counts[(int) values.nextOrd()]++;
        }
      }
    }

    void mergeInto(Map<String, Long> target) throws IOException {
      for (int ord = 0; ord < counts.length; ord++) {
        if (counts[ord] > 0) {
          target.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
        }
      }
    }
  }

  private final class Leaf implements LeafCollector {
    private final LeafCollector topLeaf;
    private final Dimension[] dimensions;
    private final LeafFilter[] tests;
    private final Map<Facet, OrdCounter> counters = new EnumMap<>(Facet.class);
    private final NumericDocValues prices;
    private final LeafGroups groups;
    private final String[] collectionSlugs;
    private final LeafFilter[] collectionTests;
    private final long[] collectionCounts;
    private Scorable scorer;

    Leaf(LeafReaderContext context, LeafCollector topLeaf) throws IOException {
      this.topLeaf = topLeaf;
      this.groups = grouping == null ? null : new LeafGroups(context);
      LeafReader reader = context.reader();
      dimensions = new Dimension[filters.size()];
      tests = new LeafFilter[filters.size()];
      for (int i = 0; i < filters.size(); i++) {
        dimensions[i] = filters.get(i).dimension();
        Weight weight = parts.filters().get(dimensions[i]);
        tests[i] = weight != null ? matcherOf(weight, context) : filterOf(reader, filters.get(i));
      }
      int n = parts.collections().size();
      collectionSlugs = new String[n];
      collectionTests = new LeafFilter[n];
      collectionCounts = new long[n];
      int i = 0;
      for (Map.Entry<String, Weight> c : parts.collections().entrySet()) {
        collectionSlugs[i] = c.getKey();
        collectionTests[i++] = matcherOf(c.getValue(), context);
      }
      for (Facet facet : FIELD_FACETS) {
        counters.put(facet, new OrdCounter(reader, Dimension.fieldOf(facet)));
      }
      prices = DocValues.getNumeric(reader, Fields.PRICE);
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      this.scorer = scorer;
      topLeaf.setScorer(scorer);
    }

    @Override
    public void collect(int doc) throws IOException {
      Dimension missed = null;
      for (int i = 0; i < tests.length; i++) {
        if (!tests[i].test(doc)) {
          if (missed != null) {
            return;
          }
          missed = dimensions[i];
        }
      }
      if (missed == null) {
        total++;
        if (groups != null) {
          groups.collect(doc, scorer);
        } else {
          topLeaf.collect(doc);
        }
        for (OrdCounter counter : counters.values()) {
          counter.count(doc);
        }
        countCollections(doc);
        price(doc);
      } else if (missed == Dimension.PRICE) {
        price(doc);
      } else if (missed == Dimension.COLLECTION) {
        countCollections(doc);
      } else {
        Facet facet = FACET_OF_DIMENSION.get(missed);
        if (facet != null) {
          counters.get(facet).count(doc);
        }
        // A document missing only a flag lacks that flag: it adds nothing to the flag facet.
      }
    }

    private void countCollections(int doc) throws IOException {
      for (int i = 0; i < collectionTests.length; i++) {
        if (collectionTests[i].test(doc)) {
          collectionCounts[i]++;
        }
      }
    }

    private void price(int doc) throws IOException {
      if (prices.advanceExact(doc)) {
        long p = prices.longValue();
        priceSeen = true;
        priceMin = Math.min(priceMin, p);
        priceMax = Math.max(priceMax, p);
        bands[PriceBands.bucketOf(p)]++;
      }
    }

    @Override
    public void finish() throws IOException {
      topLeaf.finish();
      if (groups != null) {
        groups.finish();
      }
      for (Map.Entry<Facet, OrdCounter> counter : counters.entrySet()) {
        counter
            .getValue()
            .mergeInto(counts.computeIfAbsent(counter.getKey(), f -> new HashMap<>()));
      }
      if (collectionSlugs.length > 0) {
        Map<String, Long> merged = counts.computeIfAbsent(Facet.COLLECTION, f -> new HashMap<>());
        for (int i = 0; i < collectionSlugs.length; i++) {
          merged.merge(collectionSlugs[i], collectionCounts[i], Long::sum);
        }
      }
    }
  }

  /**
   * Whether a document of this segment matches a query, for documents asked in increasing order (as
   * a leaf collector receives them): its iterator only moves forward.
   */
  private static LeafFilter matcherOf(Weight weight, LeafReaderContext context) throws IOException {
    Scorer scorer = weight.scorer(context);
    if (scorer == null) {
      return doc -> false;
    }
    DocIdSetIterator it = scorer.iterator();
    return doc -> {
      int at = it.docID();
      if (at < doc) {
        at = it.advance(doc);
      }
      return at == doc;
    };
  }

  private static LeafFilter filterOf(LeafReader reader, FilterSpec spec) throws IOException {
    if (spec.dimension() == Dimension.PRICE) {
      NumericDocValues prices = DocValues.getNumeric(reader, Fields.PRICE);
      long min = spec.min() == null ? Long.MIN_VALUE : spec.min();
      long max = spec.max() == null ? Long.MAX_VALUE : spec.max();
      return doc ->
          prices.advanceExact(doc) && prices.longValue() >= min && prices.longValue() <= max;
    }
    SortedSetDocValues values = DocValues.getSortedSet(reader, spec.dimension().field());
    long valueCount = values.getValueCount();
    FixedBitSet selected = new FixedBitSet((int) Math.max(1, valueCount));
    boolean any = false;
    for (String v : spec.anyOf()) {
      long ord = values.lookupTerm(new BytesRef(v));
      if (ord >= 0) {
        selected.set((int) ord);
        any = true;
      }
    }
    if (!any) {
      return doc -> false;
    }
    return doc -> {
      if (!values.advanceExact(doc)) {
        return false;
      }
      for (int i = 0; i < values.docValueCount(); i++) {
        if (selected.get((int) values.nextOrd())) {
          return true;
        }
      }
      return false;
    };
  }
}
