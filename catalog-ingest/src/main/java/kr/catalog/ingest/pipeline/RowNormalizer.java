package kr.catalog.ingest.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import kr.catalog.ingest.feed.FeedField;
import kr.catalog.ingest.feed.FeedProfile;
import kr.catalog.ingest.feed.FeedRow;
import kr.catalog.ingest.normalize.CategoryDirectory;
import kr.catalog.ingest.normalize.MakerDirectory;
import kr.catalog.ingest.normalize.NormalizationException;
import kr.catalog.ingest.normalize.Prices;
import kr.catalog.ingest.normalize.ProductCodes;
import kr.catalog.ingest.normalize.Units;
import kr.catalog.ingest.normalize.Values;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.ingest.report.RejectSink;
import kr.catalog.model.Asset;
import kr.catalog.model.Category;
import kr.catalog.model.Identifier;
import kr.catalog.model.Keys;
import kr.catalog.model.Maker;
import kr.catalog.model.Product;
import kr.catalog.model.Text;
import kr.catalog.model.Vat;

/**
 * Turns one {@link FeedRow} into a {@link Candidate}, or throws {@link NormalizationException} for
 * the first field that cannot be taken (one reject per rejected row, fields checked in the order
 * code, maker, category, names, price, then the rest).
 *
 * <p>Rules beyond the per-value normalisers:
 *
 * <ul>
 *   <li>Required: code, maker, category, Korean name (an external row may give only an English
 *       name), price.
 *   <li>Price: a column declared VAT-included, or a row flagged {@code 부가세포함=Y}, is converted to
 *       VAT-excluded by {@link Vat#withoutVat}.
 *   <li>Brand: blank means the maker's English name.
 *   <li>Specs: {@code 중량/무게/weight} go to {@code 무게} in kg and {@code 길이/치수/length} to {@code 길이}
 *       in mm, whether they come as columns or inside the specs cell.
 *   <li>Family: the family column's code key, else the product's code key.
 * </ul>
 *
 * One instance serves one feed file: makers and categories that an external feed creates are
 * collected here ({@link #createdMakers()}, {@link #createdCategories()}).
 */
public final class RowNormalizer {
  static final String WEIGHT = "무게";
  static final String LENGTH = "길이";

  private final MakerDirectory makers;
  private final CategoryDirectory categories;
  private final Map<String, Maker> createdMakersByKey = new LinkedHashMap<>();
  private final Map<String, TreeSet<String>> createdAliases = new LinkedHashMap<>();
  private final Map<String, Category> createdCategories = new LinkedHashMap<>();

  /** A normaliser checking against the given masters (empty masters for external feeds). */
  public RowNormalizer(MakerDirectory makers, CategoryDirectory categories) {
    this.makers = makers;
    this.categories = categories;
  }

  /**
   * Normalises one row; a row with a wrong barcode throws (see {@link #normalize(FeedRow,
   * RejectSink)}).
   */
  public Candidate normalize(FeedRow row) {
    return normalize(
        row,
        r -> {
          throw new NormalizationException(r.reason(), r.field(), r.message());
        });
  }

  /**
   * Normalises one row. A problem that loses only part of the row (a barcode with a wrong check
   * digit) goes to {@code partial} with the row's file and line, and the row is taken without that
   * part; any other problem throws.
   */
  public Candidate normalize(FeedRow row, RejectSink partial) {
    FeedProfile profile = row.profile();
    String codeKey = ProductCodes.requireKey(row.get(FeedField.CODE));
    String code = ProductCodes.display(row.get(FeedField.CODE));
    Maker maker = maker(row.get(FeedField.MAKER), profile);
    Category category = category(row.get(FeedField.CATEGORY), profile);

    String nameKo = Text.cleanDisplay(row.get(FeedField.NAME_KO));
    String nameEn = Text.cleanDisplay(row.get(FeedField.NAME_EN));
    if (Text.isBlank(nameKo) && profile.createMakers() && !Text.isBlank(nameEn)) {
      nameKo = nameEn;
    }
    if (Text.isBlank(nameKo)) {
      throw new NormalizationException(
          RejectReason.MISSING_FIELD, "nameKo", "product name is empty");
    }
    long price = price(row);

    String brand = Text.cleanDisplay(row.get(FeedField.BRAND));
    if (Text.isBlank(brand)) {
      brand = maker.nameEn();
    }
    Map<String, String> specs = specs(row);
    String family =
        Text.isBlank(row.get(FeedField.FAMILY)) ? codeKey : Keys.codeKey(row.get(FeedField.FAMILY));
    if (!Keys.isValidCodeKey(family)) {
      family = codeKey; // a family that is no code (free words) groups nothing
    }
    LocalDate released = Values.date(row.get(FeedField.RELEASED), "releasedOn");
    LocalDateTime updated = Values.dateTime(row.get(FeedField.UPDATED), "updatedAt");
    List<Identifier> identifiers = ProductIdentifiers.of(row, codeKey, partial);
    Product product =
        new Product(
            code,
            codeKey,
            family,
            nameKo,
            nameEn == null ? "" : nameEn,
            maker.id(),
            category.id(),
            price,
            Values.country(row.get(FeedField.ORIGIN)),
            brand,
            Values.flag(row.get(FeedField.PRIVATE_BRAND), "privateBrand"),
            Values.flag(row.get(FeedField.NEW_PRODUCT), "newProduct"),
            Values.flag(row.get(FeedField.DISCONTINUED), "discontinued"),
            specs,
            Values.urls(row.get(FeedField.VIDEOS), "videoUrls"),
            released,
            identifiers);
    List<AssetRequest> assets = new ArrayList<>();
    addAssets(assets, row, FeedField.MANUAL, Asset.Kind.MANUAL, codeKey);
    addAssets(assets, row, FeedField.DRAWING, Asset.Kind.DRAWING, codeKey);
    addAssets(assets, row, FeedField.IMAGE, Asset.Kind.IMAGE, codeKey);
    addAssets(assets, row, FeedField.VIDEO_FILE, Asset.Kind.VIDEO, codeKey);
    addAssets(assets, row, FeedField.CAPTIONS, Asset.Kind.CAPTIONS, codeKey);
    return new Candidate(product, row.file(), row.line(), updated, row.values().size(), assets);
  }

  private Maker maker(String spelling, FeedProfile profile) {
    if (!profile.createMakers()) {
      return makers.require(spelling);
    }
    if (Text.isBlank(spelling)) {
      throw new NormalizationException(RejectReason.MISSING_FIELD, "maker", "maker is empty");
    }
    var known = makers.find(spelling);
    if (known.isPresent()) {
      return known.get();
    }
    String key = Keys.makerKey(spelling);
    if (key.isEmpty()) {
      throw new NormalizationException(
          RejectReason.INVALID_VALUE, "maker", "maker '" + spelling + "' has no letters or digits");
    }
    String clean = Text.cleanDisplay(spelling);
    Maker maker =
        createdMakersByKey.computeIfAbsent(
            key,
            k -> {
              String slug = Text.slug(String.join("-", Keys.makerTokens(spelling, false)));
              String id = slug != null ? slug : "mk-" + shortHash(k);
              return new Maker(id, clean, clean, List.of());
            });
    if (!maker.nameEn().equals(clean)) {
      createdAliases.computeIfAbsent(key, k -> new TreeSet<>()).add(clean);
    }
    return maker;
  }

  private Category category(String raw, FeedProfile profile) {
    if (!profile.createsCategories()) {
      return categories.requireLeaf(raw);
    }
    Category root = profile.rootCategory();
    if (Text.isBlank(raw)) {
      createdCategories.putIfAbsent(root.id(), root);
      return root;
    }
    String name = Text.cleanDisplay(raw);
    String slug = Text.slug(name);
    String id = root.id() + "." + (slug != null ? slug : shortHash(name));
    createdCategories.putIfAbsent(root.id(), root);
    return createdCategories.computeIfAbsent(id, k -> new Category(k, root.id(), name, name));
  }

  private static long price(FeedRow row) {
    if (!Text.isBlank(row.get(FeedField.PRICE_VAT_INCLUDED))) {
      return Vat.withoutVat(Prices.parseKrw(row.get(FeedField.PRICE_VAT_INCLUDED)));
    }
    long price = Prices.parseKrw(row.get(FeedField.PRICE));
    boolean vatIncluded = Values.flag(row.get(FeedField.VAT_INCLUDED), "vatIncluded");
    return vatIncluded ? Vat.withoutVat(price) : price;
  }

  private static Map<String, String> specs(FeedRow row) {
    Map<String, String> specs = new TreeMap<>();
    String cell = row.get(FeedField.SPECS);
    if (!Text.isBlank(cell)) {
      for (String part : cell.split("[;\\n]")) {
        if (part.isBlank()) {
          continue;
        }
        int eq = part.indexOf('=');
        if (eq < 0) {
          eq = part.indexOf(':');
        }
        if (eq <= 0) {
          throw new NormalizationException(
              RejectReason.INVALID_VALUE, "specs", "spec '" + part.strip() + "' has no name=value");
        }
        putSpec(specs, part.substring(0, eq), part.substring(eq + 1), null);
      }
    }
    for (Map.Entry<String, String> e : row.specs().entrySet()) {
      putSpec(specs, e.getKey(), e.getValue(), null);
    }
    if (!Text.isBlank(row.get(FeedField.WEIGHT))) {
      putSpec(specs, WEIGHT, row.get(FeedField.WEIGHT), row.defaultUnits().get(FeedField.WEIGHT));
    }
    if (!Text.isBlank(row.get(FeedField.LENGTH))) {
      putSpec(specs, LENGTH, row.get(FeedField.LENGTH), row.defaultUnits().get(FeedField.LENGTH));
    }
    return specs;
  }

  private static void putSpec(Map<String, String> specs, String name, String value, String unit) {
    String n = Text.cleanDisplay(name);
    String v = Text.cleanDisplay(value);
    if (Text.isBlank(n) || Text.isBlank(v)) {
      return;
    }
    switch (Text.lower(Text.clean(n))) {
      case "무게", "중량", "weight" -> specs.put(WEIGHT, Units.weightKg(v, unit));
      case "길이", "치수", "전장", "length" -> specs.put(LENGTH, Units.lengthMm(v, unit));
      default -> specs.put(n, v);
    }
  }

  private static void addAssets(
      List<AssetRequest> out, FeedRow row, FeedField field, Asset.Kind kind, String codeKey) {
    String raw = row.get(field);
    if (Text.isBlank(raw)) {
      return;
    }
    String title = row.get(FeedField.DOCUMENT_TITLE);
    String documentTitle =
        Text.isBlank(title) || kind == Asset.Kind.VIDEO || kind == Asset.Kind.CAPTIONS
            ? null
            : title.strip();
    for (String path : raw.split("\\s*[|;]\\s*")) {
      if (!path.isBlank()) {
        out.add(
            new AssetRequest(
                codeKey,
                kind,
                path.strip().replace('\\', '/'),
                row.file(),
                row.line(),
                documentTitle));
      }
    }
  }

  /** Makers this file created, with the other spellings it used as aliases. */
  public List<Maker> createdMakers() {
    List<Maker> out = new ArrayList<>();
    createdMakersByKey.forEach(
        (key, m) ->
            out.add(
                new Maker(
                    m.id(),
                    m.nameKo(),
                    m.nameEn(),
                    List.copyOf(createdAliases.getOrDefault(key, new TreeSet<>())))));
    return out;
  }

  /** Categories this file created. */
  public List<Category> createdCategories() {
    return List.copyOf(createdCategories.values());
  }

  private static String shortHash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
