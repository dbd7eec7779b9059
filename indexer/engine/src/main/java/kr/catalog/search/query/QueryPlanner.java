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
import java.util.function.Predicate;
import kr.catalog.search.Curation;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.analysis.CatalogAnalyzer;
import kr.catalog.search.analysis.Chosung;
import kr.catalog.search.analysis.CodeForms;
import kr.catalog.search.document.DocumentBuilder;
import kr.catalog.search.document.Fields;
import kr.catalog.search.relevance.Boosts;
import kr.catalog.search.vocabulary.Vocabulary;

/**
 * Turns user input into query trees.
 *
 * <p>Free text: each whitespace-separated word becomes one group; a group matches when any of its
 * analysed terms matches in any text field (best field plus a tie-breaker share of the others) or,
 * for words that look like codes, when a code key equals, begins with or contains it. Words of
 * initial consonants match maker initials. All groups must match for up to two words; with more
 * words one may be missing, so a long query with one unknown word still finds the product. The
 * whole input as one code key ({@code GSB 13 RE}) is an alternative to the groups.
 *
 * <p>Runs of words that are terms of the trade's {@link Vocabulary} ({@code 기리}, {@code 몽키 스패너})
 * form one group: the words as typed, or any of the term's alternatives (the best option counts).
 * When the catalog uses the typed term, its alternatives keep {@link #ALTERNATIVE_WEIGHT} of their
 * score, so a product matching what was typed ranks above one found only through the vocabulary;
 * when the catalog never uses it (a shop-floor word, another spelling), the typed words keep that
 * share instead and the alternatives the catalog uses count fully, so accidental matches (a piece
 * of the word in a maker's name) do not outrank what the word means. A word part of which the
 * analysis drops is not trusted at all.
 */
public final class QueryPlanner {

  /**
   * Share of its own score an alternative from the vocabulary keeps: below 1 so the typed words
   * rank first, high enough that an alternative matched in a product's name still beats a typed
   * word found only in its specs or manual.
   */
  public static final float ALTERNATIVE_WEIGHT = 0.7f;

  /**
   * Share of its score a typed term keeps when the catalog never uses it but its vocabulary
   * alternatives name words the catalog does use: its own matches are then mostly pieces of it met
   * by accident (용접 마스크 in "경삼용접 방진 마스크"), kept only so that a manual that really says it is still
   * found, below what the term means (용접면).
   */
  public static final float UNUSED_TYPED_WEIGHT = 0.3f;

  private final CatalogAnalyzer analyzer;
  private final Vocabulary vocabulary;
  private final Predicate<String> catalogWord;

  /** A planner analysing with this analyzer, without vocabulary. */
  public QueryPlanner(CatalogAnalyzer analyzer) {
    this(analyzer, Vocabulary.EMPTY, word -> true);
  }

  /**
   * A planner analysing with this analyzer and expanding with this vocabulary.
   *
   * @param catalogWord whether the catalog uses a word (spaces removed) in its names: a typed term
   *     the catalog uses ranks above its alternatives; one it never uses (a shop-floor word,
   *     another spelling) can only match by accident (a piece of it in a maker's name, a spec), so
   *     there its alternatives rank first
   */
  public QueryPlanner(
      CatalogAnalyzer analyzer, Vocabulary vocabulary, Predicate<String> catalogWord) {
    this.analyzer = analyzer;
    this.vocabulary = vocabulary == null ? Vocabulary.EMPTY : vocabulary;
    this.catalogWord = catalogWord;
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
    return curated(scaled(match, m, sort), m, sort);
  }

  /**
   * Added to the score of every product the typed text itself matches in a corrected search that
   * keeps those products ({@link #correctedScoring}): above any text score a corrected query can
   * reach (BM25 with field and code boosts stays in the hundreds, times a merchandising factor),
   * below {@link #PIN_SCORE}. A power of two, so the sum stays exact for scores with few bits.
   */
  public static final float EXACT_TIER = 16_384f;

  /**
   * The scored query of a typo-corrected search, with the same curation as {@link #scoring(String,
   * Curation, SearchQuery.Sort)}. With {@code typedFirst} the products the typed text matches stay,
   * first and in their own order ({@link #EXACT_TIER} added to their exact score), and the products
   * only the corrected text matches follow by their score; without it (the typed text matches
   * nothing, or only through words the correction keeps) it is the corrected text alone.
   */
  public QueryNode correctedScoring(
      String typed,
      String corrected,
      boolean typedFirst,
      Curation curation,
      SearchQuery.Sort sort) {
    Curation.Merchandising m = curation.merchandising();
    QueryNode fuzzy = scaled(freeText(corrected), m, sort);
    QueryNode match = fuzzy;
    if (typedFirst) {
      QueryNode exact = freeText(typed);
      QueryNode tiered =
          new QueryNode.Bool(
              List.of(scaled(exact, m, sort), new QueryNode.Constant(exact, EXACT_TIER)),
              List.of(),
              List.of(),
              List.of(),
              0);
      // The best of the two, not their sum: an exact hit scores its tier plus its exact score,
      // whatever the corrected words add, so the exact hits keep the order the typed text gives.
      match = new QueryNode.DisMax(List.of(tiered, fuzzy), 0f);
    }
    if (m.isEmpty()) {
      return new QueryNode.Bool(List.of(match), List.of(), List.of(), List.of(discontinued()), 0);
    }
    return curated(match, m, sort);
  }

  /** The text match scaled by the merchandising factors, in a relevance search. */
  private static QueryNode scaled(
      QueryNode match, Curation.Merchandising m, SearchQuery.Sort sort) {
    if (sort != SearchQuery.Sort.RELEVANCE) {
      return match;
    }
    List<QueryNode.Factor> factors = factors(m.factors());
    return factors.isEmpty() ? match : new QueryNode.Scaled(match, factors);
  }

  /** The (scaled) match with the pins as a constant-score alternative, minus hidden products. */
  private static QueryNode curated(
      QueryNode match, Curation.Merchandising m, SearchQuery.Sort sort) {
    if (sort == SearchQuery.Sort.RELEVANCE && !m.pins().isEmpty()) {
      Set<String> pinned = new TreeSet<>();
      m.pins().forEach(p -> pinned.add(p.codeKey()));
      QueryNode pins =
          new QueryNode.Constant(new QueryNode.AnyOf(Fields.CODE_KEY, pinned), PIN_SCORE);
      match = new QueryNode.DisMax(List.of(match, pins), 0f);
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

  /** The analysed terms of the text and of its vocabulary alternatives, for highlighting. */
  public Set<String> highlightTerms(String text) {
    Set<String> terms = new LinkedHashSet<>(analyzer.terms(text));
    if (!vocabulary.isEmpty() && !text.isBlank()) {
      for (Vocabulary.Match m : vocabulary.matches(List.of(text.strip().split("\\s+")))) {
        m.alternatives().forEach(a -> terms.addAll(analyzer.terms(a)));
      }
    }
    return terms;
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
    if (!q.stores().isEmpty()) {
      filters.put(Dimension.STORE, new FilterSpec(Dimension.STORE, q.stores(), null, null));
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
    List<QueryNode> groups = wordGroups(List.of(text.strip().split("\\s+")));
    List<QueryNode> alternatives = new ArrayList<>();
    if (!groups.isEmpty()) {
      int required = groups.size() <= 2 ? groups.size() : groups.size() - 1;
      alternatives.add(QueryNode.Bool.anyOf(groups, required));
    }
    String wholeKey = CodeForms.normalize(text);
    if (text.strip().contains(" ") && CodeForms.looksLikeCode(wholeKey)) {
      alternatives.addAll(codeClauses(wholeKey));
    } else if (text.strip().contains(" ")) {
      alternatives.addAll(IdentifierMatch.wordClauses(wholeKey));
    }
    if (alternatives.isEmpty()) {
      // Only stop words: match nothing rather than everything.
      return QueryNode.Bool.anyOf(List.of(new QueryNode.KeywordTerm(Fields.CODE_KEY, "", 1f)), 1);
    }
    return QueryNode.Bool.anyOf(alternatives, 1);
  }

  /**
   * One group per typed word, except that a run of words forming a vocabulary term is one group:
   * the run as typed (every word) or one of its alternatives, weighted down.
   */
  private List<QueryNode> wordGroups(List<String> words) {
    List<QueryNode> groups = new ArrayList<>();
    List<Vocabulary.Match> matches = vocabulary.matches(words);
    int next = 0;
    for (int i = 0; i < words.size(); i++) {
      Vocabulary.Match match = next < matches.size() ? matches.get(next) : null;
      if (match != null && match.start() == i) {
        next++;
        QueryNode group = expandedGroup(words.subList(match.start(), match.end()), match);
        if (group != null) {
          groups.add(group);
        }
        i = match.end() - 1;
        continue;
      }
      QueryNode group = wordGroup(words.get(i));
      if (group != null) {
        groups.add(group);
      }
    }
    return groups;
  }

  private QueryNode expandedGroup(List<String> typed, Vocabulary.Match match) {
    boolean typedIsCatalogWord = catalogWord.test(String.join("", typed));
    List<QueryNode> options = new ArrayList<>();
    QueryNode asTyped = allWords(typed);
    List<List<String>> catalogTerms = new ArrayList<>();
    List<List<String>> otherTerms = new ArrayList<>();
    for (String alternative : match.alternatives()) {
      List<String> words = List.of(alternative.strip().split("\\s+"));
      if (!words.stream().allMatch(this::fullyAnalysed)) {
        // Same accident for an alternative: 수평자 would find every product with 수평 in its maker.
        continue;
      }
      (catalogWord.test(String.join("", words)) ? catalogTerms : otherTerms).add(words);
    }
    // A typed term the catalog never uses, part of which the analysis dropped (구리스 leaves only
    // 리스, found in 오일리스), would match by that accident alone: only its alternatives count.
    boolean typedReliable = typedIsCatalogWord || typed.stream().allMatch(this::fullyAnalysed);
    if (asTyped != null && typedReliable) {
      float weight =
          typedIsCatalogWord
              ? 1f
              : catalogTerms.isEmpty() ? ALTERNATIVE_WEIGHT : UNUSED_TYPED_WEIGHT;
      options.add(
          weight == 1f
              ? asTyped
              : new QueryNode.Scaled(
                  asTyped, List.of(new QueryNode.Factor(new QueryNode.MatchAll(), weight))));
    }
    if (typedIsCatalogWord) {
      // What was typed ranks first; every alternative adds what it finds below it.
      catalogTerms.addAll(otherTerms);
      catalogTerms.forEach(words -> addOption(options, allWords(words), true));
    } else if (!catalogTerms.isEmpty()) {
      // The words the catalog itself uses say what the typed term means; alternatives the catalog
      // never uses would only match by their pieces (안전안경 finds the maker 안경안전).
      catalogTerms.forEach(words -> addOption(options, allWords(words), false));
    } else {
      otherTerms.forEach(words -> addOption(options, allWords(words), true));
    }
    if (options.isEmpty()) {
      return asTyped;
    }
    // The best option counts, not their sum: a product found by the typed word and by an
    // alternative spelling of it is no better a match than one found by the typed word alone.
    return options.size() == 1 ? options.get(0) : new QueryNode.DisMax(options, 0f);
  }

  /**
   * Whether the analysis kept every letter and digit of the word in some term: particles and
   * endings that Nori drops (or a syllable it reads as one) leave a word that matches more than it
   * says.
   */
  private boolean fullyAnalysed(String word) {
    boolean[] covered = new boolean[word.length()];
    for (CatalogAnalyzer.Token t : analyzer.tokens(word)) {
      for (int i = Math.max(0, t.start()); i < Math.min(word.length(), t.end()); i++) {
        covered[i] = true;
      }
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i)) && !covered[i]) {
        return false;
      }
    }
    return true;
  }

  private static void addOption(List<QueryNode> options, QueryNode option, boolean weightedDown) {
    if (option != null) {
      options.add(weightedDown ? weighted(option) : option);
    }
  }

  private static QueryNode weighted(QueryNode option) {
    return new QueryNode.Scaled(
        option, List.of(new QueryNode.Factor(new QueryNode.MatchAll(), ALTERNATIVE_WEIGHT)));
  }

  /** Every word's group required (null when no word has one). */
  private QueryNode allWords(List<String> words) {
    List<QueryNode> must = new ArrayList<>();
    for (String word : words) {
      QueryNode group = wordGroup(word);
      if (group != null) {
        must.add(group);
      }
    }
    if (must.isEmpty()) {
      return null;
    }
    return must.size() == 1
        ? must.get(0)
        : new QueryNode.Bool(must, List.of(), List.of(), List.of(), 0);
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
    } else {
      clauses.addAll(IdentifierMatch.wordClauses(key));
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
    List<QueryNode> clauses = new ArrayList<>();
    clauses.add(new QueryNode.KeywordTerm(Fields.CODE_KEY, key, Boosts.CODE_EXACT));
    clauses.add(new QueryNode.Prefix(Fields.CODE_KEY, key, Boosts.CODE_PREFIX));
    clauses.add(new QueryNode.Prefix(Fields.CODE_INFIX, key, Boosts.CODE_INFIX));
    // Model numbers, supplier codes and barcodes, weighed as the code key is.
    clauses.addAll(
        IdentifierMatch.searchClauses(
            key, Boosts.CODE_EXACT, Boosts.CODE_PREFIX, Boosts.CODE_INFIX));
    return clauses;
  }

  /**
   * The query of a lookup: exact code key (score 100), prefix (10), infix (1), summed, so an exact
   * match outranks every prefix match and a prefix match every infix match; the product's other
   * identifiers likewise ({@link IdentifierMatch}); discontinued products included.
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
    should.addAll(IdentifierMatch.lookupClauses(key));
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
