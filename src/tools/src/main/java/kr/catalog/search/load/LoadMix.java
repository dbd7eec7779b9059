package kr.catalog.search.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Identifier;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.analysis.Chosung;
import kr.catalog.search.tools.QueryMix;

/**
 * A seeded, realistic request mix drawn from the catalog the platform serves: the same seed,
 * catalog and weights give the same requests in the same order, so backends and peers are compared
 * on exactly the same work.
 *
 * <p>Weights are relative (they need not add up to 100). What a platform cannot serve is left out
 * by {@link #effectiveWeights}: e-book requests without a book, orders without products in stock,
 * and those kinds' weight is then simply absent (the others keep their proportions).
 */
public final class LoadMix {

  /** The endpoints a mix exercises; each is one row of the report. */
  public enum Kind {
    /** {@code /api/search?q=} free text, all facets. */
    SEARCH_TEXT("search.text", true),
    /** {@code /api/search} text with category, maker, price range and sometimes the new flag. */
    SEARCH_FILTERS("search.filters", true),
    /** {@code /api/search?category=&sort=price-asc}: browsing a top category by price. */
    SEARCH_BROWSE("search.browse", true),
    /** {@code /api/lookup/code}: codes typed exact, lower case compact, a prefix or an infix. */
    LOOKUP_CODE("lookup.code", true),
    /**
     * {@code /api/lookup/code} by a maker's model number typed any way (as {@code lookup.code}).
     * Not in the default mix (its figures stay comparable with earlier runs): name it in {@code
     * --mix}. Not a search kind: the peer has no identifiers.
     */
    LOOKUP_MODEL("lookup.model", false),
    /** {@code /api/lookup/code} by a supplier's code typed any way; not in the default mix. */
    LOOKUP_SUPPLIER("lookup.supplier", false),
    /**
     * {@code /api/lookup/code} by a barcode: as a scanner sends it (digits), or typed in groups;
     * not in the default mix.
     */
    LOOKUP_BARCODE("lookup.barcode", false),
    /** {@code /api/suggest}: prefixes as they are typed (words, maker names, codes). */
    SUGGEST("suggest", true),
    /** {@code /api/makers?q=}: maker facet search in Korean, English and initial consonants. */
    MAKERS("makers", true),
    /** {@code /api/products/{code}}: a product page. */
    PRODUCT("product", false),
    /** {@code /api/ebooks/{id}/pages/{n}}: leafing through the catalog book. */
    EBOOK_PAGE("ebook.page", false),
    /** {@code /api/ebooks/{id}/search?q=}: search inside the book. */
    EBOOK_SEARCH("ebook.search", false),
    /** {@code POST /api/quotes}: a customer's cart or a counsellor's pasted list. */
    QUOTE("quote", false),
    /** {@code POST /api/orders} by a logged-in customer with an {@code Idempotency-Key}. */
    ORDER("order", false);

    private final String label;
    private final boolean search;

    Kind(String label, boolean search) {
      this.label = label;
      this.search = search;
    }

    /** The name in reports and in {@code --mix}. */
    public String label() {
      return label;
    }

    /** Whether a peer search engine can answer it. */
    public boolean isSearch() {
      return search;
    }

    /** The kind with this label. */
    public static Kind ofLabel(String label) {
      for (Kind k : values()) {
        if (k.label.equals(label)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "unknown request kind '"
              + label
              + "'; known: "
              + Arrays.stream(values()).map(Kind::label).collect(Collectors.joining(", ")));
    }
  }

  /** Report row of an order sent again with the same key, as a client retrying would. */
  public static final String ORDER_RETRY = "order.retry";

  /** One order in this many is sent twice with the same {@code Idempotency-Key}. */
  static final int RETRY_EVERY = 10;

  /** Demo accounts that place orders and quotes (seeded by the platform's quick start). */
  public static final List<String> CUSTOMERS = List.of("customer", "customer2");

  /** The demo counsellor, who pastes code lists for a customer. */
  public static final String COUNSELLOR = "counsellor";

  /**
   * The default mix, per 100 requests: mostly searching and looking things up, some page views, few
   * quotes and orders, roughly what a catalog shop's access log shows.
   */
  public static final Map<Kind, Integer> DEFAULT_WEIGHTS = defaults();

  /**
   * What the platform offers beyond the catalog, found out before a run.
   *
   * @param books the e-books and their page counts
   * @param orderableCodes codes with enough stock for the run's orders
   * @param staffCustomerId the customer a counsellor quotes for, or null when there is none
   */
  public record Context(List<Book> books, List<String> orderableCodes, Long staffCustomerId) {
    public Context {
      books = List.copyOf(books);
      orderableCodes = List.copyOf(orderableCodes);
    }

    /** Nothing beyond the catalog: searches, lookups and product pages only. */
    public static Context catalogOnly() {
      return new Context(List.of(), List.of(), null);
    }
  }

  /** An e-book with its page count. */
  public record Book(String id, int pageCount) {}

  private static final Pattern HANGUL_WORD = Pattern.compile("[\\uAC00-\\uD7A3]{2,}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] CHANNELS = {"WEB", "MOBILE", "TABLET"};
  private static final int[] QUANTITIES = {1, 2, 5, 12, 60, 120};

  private LoadMix() {}

  private static Map<Kind, Integer> defaults() {
    Map<Kind, Integer> w = new EnumMap<>(Kind.class);
    w.put(Kind.SEARCH_TEXT, 22);
    w.put(Kind.SEARCH_FILTERS, 12);
    w.put(Kind.SEARCH_BROWSE, 6);
    w.put(Kind.LOOKUP_CODE, 14);
    w.put(Kind.SUGGEST, 14);
    w.put(Kind.MAKERS, 5);
    w.put(Kind.PRODUCT, 13);
    w.put(Kind.EBOOK_PAGE, 4);
    w.put(Kind.EBOOK_SEARCH, 3);
    w.put(Kind.QUOTE, 3);
    w.put(Kind.ORDER, 4);
    return java.util.Collections.unmodifiableMap(w);
  }

  /**
   * Parses {@code --mix}: {@code default}, {@code search} (the default's search kinds only, what a
   * peer search engine is compared on) or {@code kind=weight,...} (kinds not named get 0).
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Map<Kind, Integer> parseWeights(String spec) {
    if (spec == null || spec.isBlank() || spec.equals("default")) {
      return DEFAULT_WEIGHTS;
    }
    if (spec.equals("search")) {
      return searchOnly(DEFAULT_WEIGHTS);
    }
    Map<Kind, Integer> w = new EnumMap<>(Kind.class);
    for (String part : spec.split(",")) {
      String[] kv = part.trim().split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("mix entry '" + part.trim() + "' is not kind=weight");
      }
      Kind kind = Kind.ofLabel(kv[0].trim());
      int weight;
      try {
        weight = Integer.parseInt(kv[1].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "weight of " + kind.label() + " is not a whole number: '" + kv[1].trim() + "'", e);
      }
      if (weight < 0) {
        throw new IllegalArgumentException("weight of " + kind.label() + " is negative: " + weight);
      }
      if (w.put(kind, weight) != null) {
        throw new IllegalArgumentException(kind.label() + " is named twice in the mix");
      }
    }
    if (w.values().stream().mapToInt(Integer::intValue).sum() == 0) {
      throw new IllegalArgumentException("every weight of the mix is 0");
    }
    return java.util.Collections.unmodifiableMap(w);
  }

  /** The search kinds of these weights only. */
  public static Map<Kind, Integer> searchOnly(Map<Kind, Integer> weights) {
    Map<Kind, Integer> w = new EnumMap<>(Kind.class);
    weights.forEach(
        (k, v) -> {
          if (k.isSearch()) {
            w.put(k, v);
          }
        });
    return java.util.Collections.unmodifiableMap(w);
  }

  /** The weights without the kinds this platform cannot serve (see the class comment). */
  public static Map<Kind, Integer> effectiveWeights(Map<Kind, Integer> weights, Context context) {
    Map<Kind, Integer> w = new EnumMap<>(Kind.class);
    weights.forEach(
        (k, v) -> {
          boolean servable =
              switch (k) {
                case EBOOK_PAGE, EBOOK_SEARCH -> !context.books().isEmpty();
                case ORDER -> !context.orderableCodes().isEmpty();
                default -> true;
              };
          if (servable && v > 0) {
            w.put(k, v);
          }
        });
    if (w.isEmpty()) {
      throw new IllegalArgumentException("nothing of the mix " + weights + " can be served here");
    }
    return java.util.Collections.unmodifiableMap(w);
  }

  /**
   * {@code count} requests drawn with {@code seed}: products uniformly among those not
   * discontinued, kinds by weight (after {@link #effectiveWeights}).
   */
  public static List<LoadRequest> generate(
      Catalog catalog, Context context, Map<Kind, Integer> weights, int count, long seed) {
    Map<Kind, Integer> w = effectiveWeights(weights, context);
    Kind[] kinds = w.keySet().toArray(Kind[]::new);
    int[] cumulative = new int[kinds.length];
    int total = 0;
    for (int i = 0; i < kinds.length; i++) {
      total += w.get(kinds[i]);
      cumulative[i] = total;
    }
    Generator g = new Generator(catalog, context, new Random(seed), seed);
    List<LoadRequest> requests = new ArrayList<>(count);
    while (requests.size() < count) {
      int pick = g.random.nextInt(total);
      int k = 0;
      while (cumulative[k] <= pick) {
        k++;
      }
      g.add(kinds[k], requests);
    }
    return List.copyOf(requests.subList(0, count));
  }

  /** Number of requests per report row, in first-seen order. */
  public static Map<String, Long> countByKind(List<LoadRequest> requests) {
    Map<String, Long> counts = new LinkedHashMap<>();
    requests.forEach(r -> counts.merge(r.kind(), 1L, Long::sum));
    return counts;
  }

  /** Draws the requests of one mix; holds the random source and the catalog's lookups. */
  private static final class Generator {
    final Random random;
    final long seed;
    final Context context;
    final List<Product> products;
    final List<Maker> makers;
    final List<Category> tops;
    final Map<String, String> makerNames = new HashMap<>();
    int orders;
    final Map<Identifier.Kind, List<Identifier>> identifiers = new EnumMap<>(Identifier.Kind.class);

    Generator(Catalog catalog, Context context, Random random, long seed) {
      this.random = random;
      this.seed = seed;
      this.context = context;
      this.products = catalog.products().stream().filter(p -> !p.discontinued()).toList();
      this.makers = catalog.makers();
      this.tops = catalog.categories().stream().filter(Category::isTop).toList();
      if (products.isEmpty() || makers.isEmpty() || tops.isEmpty()) {
        throw new IllegalArgumentException("the catalog has no products, makers or categories");
      }
      makers.forEach(m -> makerNames.put(m.id(), m.nameKo()));
    }

    /** Every identifier of this kind in the catalog (of products not discontinued). */
    List<Identifier> withIdentifier(Identifier.Kind kind) {
      return identifiers.computeIfAbsent(
          kind,
          k -> {
            List<Identifier> all =
                products.stream()
                    .flatMap(p -> p.identifiers().stream())
                    .filter(i -> i.kind() == k)
                    .toList();
            if (all.isEmpty()) {
              throw new IllegalArgumentException(
                  "the catalog has no " + k + " to look up (generated before identifiers?)");
            }
            return all;
          });
    }

    void add(Kind kind, List<LoadRequest> out) {
      Product p = products.get(random.nextInt(products.size()));
      switch (kind) {
        case SEARCH_TEXT -> {
          String text =
              word(p)
                  + (random.nextBoolean() ? " " + makerNames.getOrDefault(p.makerId(), "") : "");
          text = text.strip();
          out.add(
              LoadRequest.get(
                  kind.label(),
                  "/api/search?q=" + encode(text),
                  SearchIntent.of(SearchIntent.Type.SEARCH, text, 20)));
        }
        case SEARCH_FILTERS -> {
          String top = topOf(p.categoryId());
          long price = Math.max(1, p.listPrice());
          String text = word(p);
          boolean onlyNew = random.nextInt(4) == 0;
          String path = filteredSearchPath(text, top, p.makerId(), price, onlyNew);
          out.add(
              LoadRequest.get(
                  kind.label(),
                  path,
                  new SearchIntent(
                      SearchIntent.Type.SEARCH,
                      text,
                      top,
                      p.makerId(),
                      price / 4,
                      price * 4,
                      onlyNew,
                      false,
                      20)));
        }
        case SEARCH_BROWSE -> {
          Category c = tops.get(random.nextInt(tops.size()));
          out.add(
              LoadRequest.get(
                  kind.label(),
                  "/api/search?category=" + encode(c.id()) + "&sort=price-asc",
                  new SearchIntent(
                      SearchIntent.Type.SEARCH, "", c.id(), null, null, null, false, true, 20)));
        }
        case LOOKUP_CODE -> {
          String code = QueryMix.typedCode(p.code(), random);
          out.add(
              LoadRequest.get(
                  kind.label(),
                  "/api/lookup/code?limit=20&q=" + encode(code),
                  SearchIntent.of(SearchIntent.Type.LOOKUP, code, 20)));
        }
        case LOOKUP_MODEL, LOOKUP_SUPPLIER, LOOKUP_BARCODE -> {
          Identifier.Kind idKind =
              kind == Kind.LOOKUP_MODEL
                  ? Identifier.Kind.MODEL_NUMBER
                  : kind == Kind.LOOKUP_SUPPLIER
                      ? Identifier.Kind.SUPPLIER_CODE
                      : Identifier.Kind.BARCODE;
          List<Identifier> ids = withIdentifier(idKind);
          Identifier id = ids.get(random.nextInt(ids.size()));
          String typed =
              idKind != Identifier.Kind.BARCODE
                  ? QueryMix.typedCode(id.value(), random)
                  : random.nextInt(5) > 0
                      ? id.value()
                      : id.value().replaceAll("(\\d{4})(?=\\d)", "$1 ");
          out.add(
              LoadRequest.get(
                  kind.label(),
                  "/api/lookup/code?limit=20&q=" + encode(typed),
                  SearchIntent.of(SearchIntent.Type.LOOKUP, typed, 20)));
        }
        case SUGGEST -> {
          String typed = typing();
          out.add(
              LoadRequest.get(
                  kind.label(),
                  "/api/suggest?q=" + encode(typed),
                  SearchIntent.of(SearchIntent.Type.SUGGEST, typed, 8)));
        }
        case MAKERS -> {
          Maker m = makers.get(random.nextInt(makers.size()));
          String typed =
              switch (random.nextInt(3)) {
                case 0 -> prefix(m.nameKo(), 2);
                case 1 -> prefix(m.nameEn(), 3).toLowerCase(Locale.ROOT);
                default -> prefix(Chosung.of(m.nameKo()), 2);
              };
          if (typed.isBlank()) {
            typed = prefix(m.nameKo(), 2);
          }
          out.add(
              LoadRequest.get(
                  kind.label(),
                  "/api/makers?limit=20&q=" + encode(typed),
                  SearchIntent.of(SearchIntent.Type.MAKERS, typed, 20)));
        }
        case PRODUCT ->
            // By code key: a code may hold '/', which a path segment cannot carry plainly.
            out.add(
                LoadRequest.get(
                    kind.label(),
                    "/api/products/" + pathSegment(p.codeKey() == null ? p.code() : p.codeKey()),
                    null));
        case EBOOK_PAGE -> {
          Book b = context.books().get(random.nextInt(context.books().size()));
          int page = 1 + random.nextInt(b.pageCount());
          out.add(
              LoadRequest.get(
                  kind.label(), "/api/ebooks/" + pathSegment(b.id()) + "/pages/" + page, null));
        }
        case EBOOK_SEARCH -> {
          Book b = context.books().get(random.nextInt(context.books().size()));
          String q = random.nextInt(3) == 0 ? makerNames.getOrDefault(p.makerId(), "") : word(p);
          if (q.isBlank()) {
            q = word(p);
          }
          out.add(
              LoadRequest.get(
                  kind.label(),
                  "/api/ebooks/" + pathSegment(b.id()) + "/search?q=" + encode(q),
                  null));
        }
        case QUOTE -> out.add(quote());
        case ORDER -> order(out);
      }
    }

    private LoadRequest quote() {
      int lines = 1 + random.nextInt(3);
      if (context.staffCustomerId() != null && random.nextBoolean()) {
        // A counsellor pastes what a customer read out on the phone: codes as typed, "개" units.
        StringBuilder pasted = new StringBuilder();
        for (int i = 0; i < lines; i++) {
          Product p = products.get(random.nextInt(products.size()));
          pasted
              .append(p.code().toLowerCase(Locale.ROOT))
              .append(' ')
              .append(QUANTITIES[random.nextInt(QUANTITIES.length)])
              .append("개\n");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", context.staffCustomerId());
        body.put("pasted", pasted.toString());
        body.put("note", "load test");
        return new LoadRequest(
            Kind.QUOTE.label(), "POST", "/api/quotes", json(body), COUNSELLOR, null, null);
      }
      List<Map<String, Object>> cart = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        Product p = products.get(random.nextInt(products.size()));
        cart.add(
            Map.of("code", p.code(), "quantity", QUANTITIES[random.nextInt(QUANTITIES.length)]));
      }
      return new LoadRequest(
          Kind.QUOTE.label(),
          "POST",
          "/api/quotes",
          json(Map.of("lines", cart)),
          CUSTOMERS.get(random.nextInt(CUSTOMERS.size())),
          null,
          null);
    }

    private void order(List<LoadRequest> out) {
      List<String> stocked = context.orderableCodes();
      int lines = 1 + random.nextInt(2);
      List<Map<String, Object>> cart = new ArrayList<>();
      List<String> used = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        String code = stocked.get(random.nextInt(stocked.size()));
        if (!used.contains(code)) {
          used.add(code);
          cart.add(Map.of("code", code, "quantity", 1));
        }
      }
      boolean pickup = random.nextBoolean();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("channel", CHANNELS[random.nextInt(CHANNELS.length)]);
      body.put("fulfilment", pickup ? "PICKUP" : "DELIVERY");
      body.put("lines", cart);
      body.put("note", "load test");
      String key = String.format(Locale.ROOT, "load-%d-%d", seed, orders++);
      LoadRequest order =
          new LoadRequest(
              Kind.ORDER.label(),
              "POST",
              "/api/orders",
              json(body),
              CUSTOMERS.get(random.nextInt(CUSTOMERS.size())),
              key,
              null);
      out.add(order);
      if (random.nextInt(RETRY_EVERY) == 0) {
        out.add(
            new LoadRequest(
                ORDER_RETRY, "POST", "/api/orders", order.body(), order.account(), key, null));
      }
    }

    /** What someone is typing: a prefix of a product word, a maker name or a code. */
    private String typing() {
      Product p = products.get(random.nextInt(products.size()));
      String target =
          switch (random.nextInt(4)) {
            case 0, 1 -> word(p);
            case 2 -> makerNames.getOrDefault(p.makerId(), word(p));
            default -> p.code().replaceAll("[\\s\\-./]", "").toLowerCase(Locale.ROOT);
          };
      int length = target.codePointCount(0, target.length());
      int typed = 1 + random.nextInt(Math.max(1, length));
      String prefix = target.substring(0, target.offsetByCodePoints(0, typed)).strip();
      return prefix.isEmpty() ? target.strip() : prefix;
    }

    private String word(Product p) {
      List<String> words = new ArrayList<>();
      Matcher m = HANGUL_WORD.matcher(p.nameKo());
      while (m.find()) {
        words.add(m.group());
      }
      if (words.isEmpty()) {
        String[] en =
            p.nameEn() == null || p.nameEn().isBlank()
                ? p.nameKo().split("\\s+")
                : p.nameEn().split("\\s+");
        return en[random.nextInt(en.length)];
      }
      return words.get(random.nextInt(words.size()));
    }
  }

  private static String topOf(String categoryId) {
    int dot = categoryId.indexOf('.');
    return dot < 0 ? categoryId : categoryId.substring(0, dot);
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request body", e);
    }
  }

  /**
   * The API path of a filtered search as the mixes send it: text within a top category and a maker,
   * prices from a quarter to four times {@code price}, optionally new products only.
   */
  public static String filteredSearchPath(
      String text, String topCategory, String makerId, long price, boolean onlyNew) {
    return "/api/search?q="
        + encode(text)
        + "&category="
        + encode(topCategory)
        + "&maker="
        + encode(makerId)
        + "&priceMin="
        + price / 4
        + "&priceMax="
        + price * 4
        + (onlyNew ? "&flag=new" : "");
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A path segment: URL-encoded, with spaces as %20 (a '+' means '+' in a path). */
  static String pathSegment(String s) {
    return encode(s).replace("+", "%20");
  }

  private static String prefix(String s, int n) {
    if (s == null) {
      return "";
    }
    return s.length() <= n ? s : s.substring(0, n);
  }
}
