package kr.catalog.search.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kr.catalog.model.Asset;
import kr.catalog.model.Catalog;
import kr.catalog.model.Category;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.search.ProductSignals;
import kr.catalog.search.SearchQuery;
import kr.catalog.search.analysis.CatalogAnalyzer;
import kr.catalog.search.analysis.Chosung;
import kr.catalog.search.analysis.CodeForms;
import kr.catalog.search.model.CatalogModel;

/** Turns the products of a catalog into {@link IndexedProduct}s; thread-safe. */
public final class DocumentBuilder {

  /**
   * Manual text beyond this many characters is not indexed: the opening pages name what the product
   * is; the rest (safety notes, warranty) adds noise and index size.
   */
  public static final int MAX_MANUAL_CHARS = 20_000;

  private final CatalogModel model;
  private final ProductSignals signals;
  private final Map<String, List<Asset>> assetsByProduct;

  /** A builder for this catalog's products. */
  public DocumentBuilder(CatalogModel model, Catalog catalog, ProductSignals signals) {
    this.model = model;
    this.signals = signals;
    this.assetsByProduct = new HashMap<>();
    for (Asset a : catalog.assets()) {
      assetsByProduct.computeIfAbsent(a.productCodeKey(), k -> new ArrayList<>()).add(a);
    }
  }

  private DocumentBuilder(
      CatalogModel model, Map<String, List<Asset>> assetsByProduct, ProductSignals signals) {
    this.model = model;
    this.signals = signals;
    this.assetsByProduct = assetsByProduct;
  }

  /**
   * The same catalog's builder with other signals: a partial update rebuilds a few documents
   * without grouping the catalog's assets again (never modified after construction, so shared).
   */
  public DocumentBuilder withSignals(ProductSignals other) {
    return new DocumentBuilder(model, assetsByProduct, other);
  }

  /** The flag value of a query flag as indexed ({@code in_stock}). */
  public static String flagValue(SearchQuery.Flag flag) {
    return flag.name().toLowerCase(Locale.ROOT);
  }

  /** The search document of one product. */
  public IndexedProduct build(Product p) {
    CatalogAnalyzer analyzer = model.analyzer();
    Maker maker = model.maker(p.makerId());
    String codeKey =
        p.codeKey() == null || p.codeKey().isBlank() ? CodeForms.normalize(p.code()) : p.codeKey();

    Map<String, String> text = new HashMap<>();
    text.put(Fields.NAME, join(analyzer.terms(p.nameKo() + "\n" + nullToEmpty(p.nameEn()))));

    List<String> codeTerms = new ArrayList<>(analyzer.terms(p.code()));
    // The whole key as one term too, so "gsb13re" typed without separators matches by text.
    codeTerms.add(codeKey.toLowerCase(Locale.ROOT));
    text.put(Fields.CODE, join(codeTerms));

    StringBuilder makerText = new StringBuilder();
    List<String> chosung = new ArrayList<>();
    if (maker != null) {
      makerText.append(maker.nameKo()).append('\n').append(nullToEmpty(maker.nameEn()));
      maker.aliases().forEach(a -> makerText.append('\n').append(a));
      Set<String> initials = new LinkedHashSet<>();
      for (String name : names(maker)) {
        if (name.codePoints().anyMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3)) {
          initials.add(Chosung.of(name));
        }
      }
      chosung.addAll(initials);
    } else {
      makerText.append(p.makerId());
    }
    makerText.append('\n').append(nullToEmpty(p.brand()));
    text.put(Fields.MAKER, join(analyzer.terms(makerText.toString())));

    List<String> path = model.categoryPath(p.categoryId());
    StringBuilder categoryText = new StringBuilder();
    for (String id : path) {
      Category c = model.category(id);
      if (c != null) {
        categoryText.append(c.nameKo()).append('\n').append(nullToEmpty(c.nameEn())).append('\n');
      }
    }
    text.put(Fields.CATEGORY, join(analyzer.terms(categoryText.toString())));

    StringBuilder specs = new StringBuilder();
    p.specs().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> specs.append(e.getKey()).append(' ').append(e.getValue()).append('\n'));
    text.put(Fields.SPECS, join(analyzer.terms(specs.toString())));

    StringBuilder manual = new StringBuilder();
    for (Asset a : assetsByProduct.getOrDefault(codeKey, List.of())) {
      if (a.kind() != Asset.Kind.IMAGE && a.text() != null && manual.length() < MAX_MANUAL_CHARS) {
        manual.append(nullToEmpty(a.title())).append('\n').append(a.text()).append('\n');
      }
    }
    if (manual.length() > MAX_MANUAL_CHARS) {
      manual.setLength(MAX_MANUAL_CHARS);
    }
    text.put(Fields.MANUAL, join(analyzer.terms(manual.toString())));

    List<String> flags = new ArrayList<>();
    ProductSignals.Signal signal = signals.of(codeKey);
    if (p.newProduct()) {
      flags.add(flagValue(SearchQuery.Flag.NEW));
    }
    if (signal.discounted()) {
      flags.add(flagValue(SearchQuery.Flag.DISCOUNT));
    }
    if (p.privateBrand()) {
      flags.add(flagValue(SearchQuery.Flag.PB));
    }
    if (signal.inStock()) {
      flags.add(flagValue(SearchQuery.Flag.IN_STOCK));
    }
    if (p.discontinued()) {
      flags.add(Fields.DISCONTINUED_FLAG);
    }

    return new IndexedProduct(
        codeKey,
        p.code(),
        nullToEmpty(p.nameKo()),
        nullToEmpty(p.nameEn()),
        p.makerId(),
        p.categoryId(),
        path,
        nullToEmpty(p.origin()),
        nullToEmpty(p.brand()),
        p.family() == null || p.family().isBlank() ? codeKey : p.family(),
        flags,
        List.copyOf(signal.stores()),
        p.listPrice(),
        p.releasedOn() == null ? 0L : p.releasedOn().toEpochDay(),
        CodeForms.suffixes(codeKey),
        chosung,
        text,
        IdentifierTerms.keys(p.identifiers()),
        IdentifierTerms.infixes(p.identifiers(), codeKey),
        IdentifierTerms.stored(p.identifiers()));
  }

  private static List<String> names(Maker m) {
    List<String> names = new ArrayList<>();
    names.add(m.nameKo());
    names.addAll(m.aliases());
    return names;
  }

  private static String join(List<String> terms) {
    return String.join(" ", terms);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
