package kr.catalog.search.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Identifier;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.analysis.Chosung;

/**
 * A fixed, mixed set of requests drawn from a catalog with a fixed seed, so every backend and run
 * answers the same requests: free text (with all facets), text with filters (category, maker,
 * price, flag), browsing a category by price, code lookups typed several ways, and maker facet
 * value search in Korean, English and initial consonants. The load driver ({@code
 * kr.catalog.search.load.LoadMix}) types codes the same way ({@link #typedCode}).
 */
public final class QueryMix {

  /**
   * One request, what kind it is (for the report), and the same request as the platform's HTTP API
   * receives it (path and query, URL-encoded), so a run can compare the API with the raw backend.
   */
  record Request(String kind, java.util.function.Consumer<SearchBackend> run, String apiPath) {}

  private static final Pattern HANGUL_WORD = Pattern.compile("[\\uAC00-\\uD7A3]{2,}");

  private QueryMix() {}

  static List<Request> of(Catalog catalog, int count, long seed) {
    Random random = new Random(seed);
    List<Product> products = catalog.products().stream().filter(p -> !p.discontinued()).toList();
    List<Maker> makers = catalog.makers();
    List<Category> tops = catalog.categories().stream().filter(Category::isTop).toList();
    java.util.Map<String, String> makerNames = new java.util.HashMap<>();
    makers.forEach(m -> makerNames.put(m.id(), m.nameKo()));
    List<Request> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Product p = products.get(random.nextInt(products.size()));
      int kind = random.nextInt(100);
      if (kind < 35) {
        String text =
            word(p, random)
                + (random.nextBoolean() ? " " + makerNames.getOrDefault(p.makerId(), "") : "");
        SearchQuery q = SearchQuery.text(text);
        requests.add(new Request("text+facets", b -> b.search(q), "/api/search?q=" + encode(text)));
      } else if (kind < 55) {
        String top =
            p.categoryId().contains(".")
                ? p.categoryId().substring(0, p.categoryId().indexOf('.'))
                : p.categoryId();
        long price = Math.max(1, p.listPrice());
        String text = word(p, random);
        boolean onlyNew = random.nextInt(4) == 0;
        SearchQuery q =
            new SearchQuery.Builder(text)
                .categories(top)
                .makers(p.makerId())
                .priceMin(price / 4)
                .priceMax(price * 4)
                .flags(
                    onlyNew
                        ? new SearchQuery.Flag[] {SearchQuery.Flag.NEW}
                        : new SearchQuery.Flag[0])
                .build();
        String path =
            kr.catalog.search.load.LoadMix.filteredSearchPath(
                text, top, p.makerId(), price, onlyNew);
        requests.add(new Request("text+filters", b -> b.search(q), path));
      } else if (kind < 65) {
        Category c = tops.get(random.nextInt(tops.size()));
        SearchQuery q =
            new SearchQuery.Builder("").categories(c.id()).sort(SearchQuery.Sort.PRICE_ASC).build();
        requests.add(
            new Request(
                "browse+sort",
                b -> b.search(q),
                "/api/search?category=" + encode(c.id()) + "&sort=price-asc"));
      } else if (kind < 85) {
        String code = typedCode(p.code(), random);
        LookupQuery q = new LookupQuery(code, null, 20);
        requests.add(
            new Request(
                "code-lookup", b -> b.lookup(q), "/api/lookup/code?limit=20&q=" + encode(code)));
      } else {
        Maker m = makers.get(random.nextInt(makers.size()));
        String typed =
            switch (random.nextInt(3)) {
              case 0 -> prefix(m.nameKo(), 2);
              case 1 -> prefix(m.nameEn(), 3).toLowerCase(Locale.ROOT);
              default -> prefix(Chosung.of(m.nameKo()), 2);
            };
        SearchQuery context = SearchQuery.text("");
        requests.add(
            new Request(
                "maker-search",
                b -> b.searchMakers(typed, context, 20),
                "/api/makers?limit=20&q=" + encode(typed)));
      }
    }
    return requests;
  }

  /**
   * Lookups by each kind of identifier in equal shares, each typed any way ({@link #typedCode}) or,
   * for a barcode, as a scanner sends it: {@code lookup-catalog-code}, {@code lookup-model-number},
   * {@code lookup-supplier-code}, {@code lookup-barcode}. Kinds the catalog has none of are left
   * out.
   */
  static List<Request> identifierLookups(Catalog catalog, int count, long seed) {
    Random random = new Random(seed);
    List<Product> products = catalog.products().stream().filter(p -> !p.discontinued()).toList();
    java.util.Map<Identifier.Kind, List<String>> byKind =
        new java.util.EnumMap<>(Identifier.Kind.class);
    byKind.put(Identifier.Kind.CATALOG_CODE, products.stream().map(Product::code).toList());
    for (Identifier.Kind k :
        List.of(
            Identifier.Kind.MODEL_NUMBER, Identifier.Kind.SUPPLIER_CODE, Identifier.Kind.BARCODE)) {
      List<String> values =
          products.stream()
              .flatMap(p -> p.identifiers().stream())
              .filter(i -> i.kind() == k)
              .map(Identifier::value)
              .toList();
      if (!values.isEmpty()) {
        byKind.put(k, values);
      }
    }
    List<Identifier.Kind> kinds = List.copyOf(byKind.keySet());
    List<Request> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Identifier.Kind k = kinds.get(i % kinds.size());
      List<String> values = byKind.get(k);
      String value = values.get(random.nextInt(values.size()));
      String typed = k == Identifier.Kind.BARCODE ? value : typedCode(value, random);
      LookupQuery q = new LookupQuery(typed, null, 20);
      requests.add(
          new Request(
              "lookup-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-'),
              b -> b.lookup(q),
              "/api/lookup/code?limit=20&q=" + encode(typed)));
    }
    return requests;
  }

  private static String word(Product p, Random random) {
    List<String> words = new ArrayList<>();
    Matcher m = HANGUL_WORD.matcher(p.nameKo());
    while (m.find()) {
      words.add(m.group());
    }
    if (words.isEmpty()) {
      String[] en = p.nameEn().isBlank() ? p.nameKo().split("\\s+") : p.nameEn().split("\\s+");
      return en[random.nextInt(en.length)];
    }
    return words.get(random.nextInt(words.size()));
  }

  /**
   * The code as counsellors type it: exact, lower case without separators, a prefix or an infix,
   * chosen by {@code random} (one draw).
   */
  public static String typedCode(String code, Random random) {
    String compact = code.replaceAll("[\\s\\-./]", "");
    return switch (random.nextInt(4)) {
      case 0 -> code;
      case 1 -> compact.toLowerCase(Locale.ROOT);
      case 2 -> prefix(compact, Math.max(3, compact.length() / 2));
      default ->
          compact.length() > 5 ? compact.substring(2, Math.min(compact.length(), 6)) : compact;
    };
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String prefix(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }
}
