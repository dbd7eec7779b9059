package kr.catalog.search.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kr.catalog.search.Curation;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.analysis.CatalogAnalyzer;
import kr.catalog.search.analysis.Chosung;
import kr.catalog.search.analysis.CodeForms;
import kr.catalog.search.document.DocumentBuilder;
import kr.catalog.search.document.Fields;
import kr.catalog.search.relevance.Boosts;

/**
 * Turns user input into query trees.
 *
 * <p>Free text: each whitespace-separated word becomes one group; a group matches when any of its
 * analysed terms matches in any text field (best field plus a tie-breaker share of the others) or,
 * for words that look like codes, when a code key equals, begins with or contains it. Words of
 * initial consonants match maker initials. All groups must match for up to two words; with more
 * words one may be missing, so a long query with one unknown word still finds the product. The
 * whole input as one code key ({@code GSB 13 RE}) is an alternative to the groups.
 */
public final class QueryPlanner {

  private final CatalogAnalyzer analyzer;

  /** A planner analysing with this analyzer. */
  public QueryPlanner(CatalogAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Matches the discontinued products, which only lookup returns (used as must-not). */
  public static QueryNode discontinued() {
    return new QueryNode.KeywordTerm(Fields.FLAGS, Fields.DISCONTINUED_FLAG, 1f);
  }

  /** The scored query of a search: free text (or all) minus discontinued products. */
  public QueryNode scoring(String text) {
    QueryNode match = text.isBlank() ? new QueryNode.MatchAll() : freeText(text);
    return new QueryNode.Bool(List.of(match), List.of(), List.of(), List.of(discontinued()), 0);
  }

  /**
   * The score of a pinned product in a relevance search: far above any text score (BM25 with the
   * field and code boosts stays in the hundreds, times a merchandising factor), so pinned products
   * come first in engine order, where the shared rules pick them up and place them. Exactly
   * representable as a float, so both engines report it unchanged.
   */
  public static final float PIN_SCORE = 1.0e9f;

  /**
   * The scored query of a search with its curation: the free text, in relevance order scaled by the
   * merchandising factors and with the pinned products as a constant-score alternative (the dis-max
   * gives a pinned product exactly {@link #PIN_SCORE}, matched by the text or not); hidden and
   * discontinued products excluded in every order. Without merchandising it is {@link
   * #scoring(String)} itself, so an uncurated search does no extra work.
   *
   * @throws IllegalArgumentException for a factor that is not a positive finite number
   */
  public QueryNode scoring(String text, Curation curation, SearchQuery.Sort sort) {
    Curation.Merchandising m = curation.merchandising();
    if (m.isEmpty()) {
      return scoring(text);
    }
    QueryNode match = text.isBlank() ? new QueryNode.MatchAll() : freeText(text);
    boolean relevance = sort == SearchQuery.Sort.RELEVANCE;
    if (relevance) {
      List<QueryNode.Factor> factors = factors(m.factors());
      if (!factors.isEmpty()) {
        match = new QueryNode.Scaled(match, factors);
      }
      if (!m.pins().isEmpty()) {
        Set<String> pinned = new TreeSet<>();
        m.pins().forEach(p -> pinned.add(p.codeKey()));
        QueryNode pins =
            new QueryNode.Constant(new QueryNode.AnyOf(Fields.CODE_KEY, pinned), PIN_SCORE);
        match = new QueryNode.DisMax(List.of(match, pins), 0f);
      }
    }
    List<QueryNode> mustNot = new ArrayList<>();
    mustNot.add(discontinued());
    if (!m.hidden().isEmpty()) {
      mustNot.add(new QueryNode.AnyOf(Fields.CODE_KEY, m.hidden()));
    }
    return new QueryNode.Bool(List.of(match), List.of(), List.of(), mustNot, 0);
  }

  /** One factor per distinct value (disjoint filters), in value order; factors of 1 dropped. */
  private static List<QueryNode.Factor> factors(Map<String, Float> byCodeKey) {
    Map<Float, Set<String>> byFactor = new TreeMap<>();
    byCodeKey.forEach(
        (key, factor) -> {
          if (factor == null || !Float.isFinite(factor) || factor <= 0f) {
            throw new IllegalArgumentException(
                "score factor of " + key + " must be a positive number: " + factor);
          }
          if (factor != 1f) {
            byFactor.computeIfAbsent(factor, f -> new TreeSet<>()).add(key);
          }
        });
    List<QueryNode.Factor> factors = new ArrayList<>();
    byFactor.forEach(
        (factor, keys) ->
            factors.add(new QueryNode.Factor(new QueryNode.AnyOf(Fields.CODE_KEY, keys), factor)));
    return factors;
  }

  /**
   * Which products belong to a collection: its hand-picked code keys or the matches of its rule
   * (text and filters of the saved search, evaluated on the live catalog, so membership follows
   * every catalog replacement); never discontinued products. Matches nothing when it has neither.
   */
  public QueryNode membership(Curation.CuratedCollection collection) {
    List<QueryNode> any = new ArrayList<>();
    if (!collection.codeKeys().isEmpty()) {
      any.add(new QueryNode.AnyOf(Fields.CODE_KEY, Set.copyOf(collection.codeKeys())));
    }
    SearchQuery rule = collection.rule();
    if (rule != null) {
      QueryNode text = rule.text().isBlank() ? new QueryNode.MatchAll() : freeText(rule.text());
      List<QueryNode> filters =
          fieldFilters(rule).values().stream().map(FilterSpec::toNode).toList();
      any.add(new QueryNode.Bool(List.of(text), List.of(), filters, List.of(), 0));
    }
    if (any.isEmpty()) {
      return new QueryNode.MatchNone();
    }
    return new QueryNode.Bool(List.of(), any, List.of(), List.of(discontinued()), 1);
  }

  /** The {@code collection} facet of a search: each active collection with its membership. */
  public List<CollectionFacet> collectionFacets(Curation curation) {
    List<CollectionFacet> facets = new ArrayList<>();
    for (Curation.CuratedCollection c : curation.collections()) {
      facets.add(new CollectionFacet(c.slug(), membership(c)));
    }
    return facets;
  }

  /** One collection of the {@code collection} facet: its slug and which products belong. */
  public record CollectionFacet(String slug, QueryNode membership) {}

  /** The analysed terms of the text, for highlighting. */
  public Set<String> highlightTerms(String text) {
    return new LinkedHashSet<>(analyzer.terms(text));
  }

  /**
   * The active filters of a search, one per dimension, with the selected collections as the {@link
   * Dimension#COLLECTION} filter (any of them; a selected slug that is not active matches nothing).
   */
  public Map<Dimension, FilterSpec> filters(SearchQuery q) {
    Map<Dimension, FilterSpec> filters = fieldFilters(q);
    Curation curation = q.curation();
    if (!curation.selected().isEmpty()) {
      List<QueryNode> members = new ArrayList<>();
      for (Curation.CuratedCollection c : curation.collections()) {
        if (curation.selected().contains(c.slug())) {
          members.add(membership(c));
        }
      }
      QueryNode query =
          members.isEmpty()
              ? new QueryNode.MatchNone()
              : members.size() == 1 ? members.get(0) : QueryNode.Bool.anyOf(members, 1);
      filters.put(
          Dimension.COLLECTION,
          new FilterSpec(Dimension.COLLECTION, curation.selected(), null, null, query));
    }
    return filters;
  }

  /** The filters of a search's own fields (everything but its curation). */
  private static Map<Dimension, FilterSpec> fieldFilters(SearchQuery q) {
    Map<Dimension, FilterSpec> filters = new EnumMap<>(Dimension.class);
    if (!q.categories().isEmpty()) {
      filters.put(
          Dimension.CATEGORY, new FilterSpec(Dimension.CATEGORY, q.categories(), null, null));
    }
    if (!q.makers().isEmpty()) {
      filters.put(Dimension.MAKER, new FilterSpec(Dimension.MAKER, q.makers(), null, null));
    }
    if (!q.origins().isEmpty()) {
      filters.put(Dimension.ORIGIN, new FilterSpec(Dimension.ORIGIN, q.origins(), null, null));
    }
    if (!q.brands().isEmpty()) {
      filters.put(Dimension.BRAND, new FilterSpec(Dimension.BRAND, q.brands(), null, null));
    }
    if (q.priceMin() != null || q.priceMax() != null) {
      filters.put(
          Dimension.PRICE, new FilterSpec(Dimension.PRICE, Set.of(), q.priceMin(), q.priceMax()));
    }
    for (SearchQuery.Flag flag : q.flags()) {
      Dimension d = Dimension.of(flag);
      filters.put(d, new FilterSpec(d, Set.of(DocumentBuilder.flagValue(flag)), null, null));
    }
    return filters;
  }

  QueryNode freeText(String text) {
    List<QueryNode> groups = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      QueryNode group = wordGroup(word);
      if (group != null) {
        groups.add(group);
      }
    }
    List<QueryNode> alternatives = new ArrayList<>();
    if (!groups.isEmpty()) {
      int required = groups.size() <= 2 ? groups.size() : groups.size() - 1;
      alternatives.add(QueryNode.Bool.anyOf(groups, required));
    }
    String wholeKey = CodeForms.normalize(text);
    if (text.strip().contains(" ") && CodeForms.looksLikeCode(wholeKey)) {
      alternatives.addAll(codeClauses(wholeKey));
    }
    if (alternatives.isEmpty()) {
      // Only stop words: match nothing rather than everything.
      return QueryNode.Bool.anyOf(List.of(new QueryNode.KeywordTerm(Fields.CODE_KEY, "", 1f)), 1);
    }
    return QueryNode.Bool.anyOf(alternatives, 1);
  }

  private QueryNode wordGroup(String word) {
    List<QueryNode> clauses = new ArrayList<>();
    if (Chosung.isInitialsOnly(word)) {
      clauses.add(new QueryNode.Prefix(Fields.MAKER_CHOSUNG, word, Boosts.MAKER_CHOSUNG));
      return QueryNode.Bool.anyOf(clauses, 1);
    }
    QueryNode text = wordText(word);
    if (text != null) {
      clauses.add(text);
    }
    String key = CodeForms.normalize(word);
    if (CodeForms.looksLikeCode(key)) {
      clauses.addAll(codeClauses(key));
    }
    return clauses.isEmpty() ? null : QueryNode.Bool.anyOf(clauses, 1);
  }

  /**
   * The text part of one word: every smallest piece it analyses to is required ({@code ps4} needs
   * {@code ps} and {@code 4}); a token spanning smaller ones (the compound {@code 전동드릴} over {@code
   * 전동} and {@code 드릴}) is optional and adds score, since documents with the compound hold its
   * parts too.
   */
  private QueryNode wordText(String word) {
    List<CatalogAnalyzer.Token> tokens = analyzer.tokens(word);
    List<QueryNode> must = new ArrayList<>();
    List<QueryNode> should = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (CatalogAnalyzer.Token t : tokens) {
      if (!seen.add(t.term())) {
        continue;
      }
      boolean spansOthers =
          tokens.stream()
              .anyMatch(
                  o ->
                      o != t
                          && o.start() >= t.start()
                          && o.end() <= t.end()
                          && (o.end() - o.start()) < (t.end() - t.start()));
      (spansOthers ? should : must).add(allFields(t.term()));
    }
    if (must.isEmpty() && should.isEmpty()) {
      return null;
    }
    if (must.isEmpty()) {
      return QueryNode.Bool.anyOf(should, 1);
    }
    if (must.size() == 1 && should.isEmpty()) {
      return must.get(0);
    }
    return new QueryNode.Bool(must, should, List.of(), List.of(), 0);
  }

  private static QueryNode allFields(String term) {
    List<QueryNode> perField = new ArrayList<>();
    for (String field : Fields.TEXT_FIELDS) {
      perField.add(new QueryNode.Term(field, term, Boosts.FIELDS.get(field)));
    }
    return new QueryNode.DisMax(perField, Boosts.TIE_BREAKER);
  }

  private static List<QueryNode> codeClauses(String key) {
    return List.of(
        new QueryNode.KeywordTerm(Fields.CODE_KEY, key, Boosts.CODE_EXACT),
        new QueryNode.Prefix(Fields.CODE_KEY, key, Boosts.CODE_PREFIX),
        new QueryNode.Prefix(Fields.CODE_INFIX, key, Boosts.CODE_INFIX));
  }

  /**
   * The query of a lookup: exact code key (score 100), prefix (10), infix (1), summed, so an exact
   * match outranks every prefix match and a prefix match every infix match; discontinued products
   * included.
   */
  public static QueryNode lookup(LookupQuery q) {
    List<QueryNode> filter = new ArrayList<>();
    if (q.makerId() != null && !q.makerId().isBlank()) {
      filter.add(new QueryNode.AnyOf(Fields.MAKER_ID, Set.of(q.makerId())));
    }
    String key = CodeForms.normalize(q.code());
    if (key.isEmpty()) {
      return new QueryNode.Bool(List.of(new QueryNode.MatchAll()), List.of(), filter, List.of(), 0);
    }
    List<QueryNode> should = new ArrayList<>();
    should.add(new QueryNode.KeywordTerm(Fields.CODE_KEY, key, 100f));
    should.add(new QueryNode.Prefix(Fields.CODE_KEY, key, 10f));
    if (key.length() >= CodeForms.MIN_INFIX) {
      should.add(new QueryNode.Prefix(Fields.CODE_INFIX, key, 1f));
    }
    return new QueryNode.Bool(List.of(), should, filter, List.of(), 1);
  }

  /**
   * The product query of autocomplete: all words typed before the last one as in a search, the last
   * one (probably unfinished) as a prefix of a name, maker or code word, or of the code key.
   */
  public QueryNode suggest(String typed) {
    String[] words = typed.strip().split("\\s+");
    List<QueryNode> must = new ArrayList<>();
    for (int i = 0; i < words.length - 1; i++) {
      QueryNode group = wordGroup(words[i]);
      if (group != null) {
        must.add(group);
      }
    }
    String last = words[words.length - 1];
    List<QueryNode> lastClauses = new ArrayList<>();
    if (Chosung.isInitialsOnly(last)) {
      lastClauses.add(new QueryNode.Prefix(Fields.MAKER_CHOSUNG, last, Boosts.MAKER_CHOSUNG));
    } else {
      String lower = last.toLowerCase(Locale.ROOT);
      lastClauses.add(new QueryNode.Prefix(Fields.NAME, lower, Boosts.FIELDS.get(Fields.NAME)));
      lastClauses.add(new QueryNode.Prefix(Fields.MAKER, lower, Boosts.FIELDS.get(Fields.MAKER)));
      String key = CodeForms.normalize(last);
      if (CodeForms.isAsciiAlnum(key)) {
        lastClauses.add(new QueryNode.Prefix(Fields.CODE_KEY, key, Boosts.CODE_PREFIX));
      }
    }
    must.add(QueryNode.Bool.anyOf(lastClauses, 1));
    return new QueryNode.Bool(must, List.of(), List.of(), List.of(discontinued()), 0);
  }
}
