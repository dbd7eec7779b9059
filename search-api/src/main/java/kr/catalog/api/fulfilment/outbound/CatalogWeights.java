package kr.catalog.api.fulfilment.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.model.Product;

/**
 * The weight of one unit of a product, from the served catalog's {@code 무게} spec. Ingest normalises
 * weights to SI ({@code "1.8 kg"}); grams are read too, so a spec typed by hand still counts. A
 * product without a readable weight has none (the package notes the units left out).
 */
@ApplicationScoped
public class CatalogWeights {
  /** The spec key: the catalog's normalised name for weight. */
  public static final String SPEC = "무게";

  private static final Pattern VALUE =
      Pattern.compile("([0-9]+(?:[.,][0-9]+)?)\\s*(kg|g|킬로그램|그램)?", Pattern.CASE_INSENSITIVE);

  @Inject CatalogView catalog;

  /** Grams per unit of the product with this code key, if the catalog gives a weight. */
  public OptionalLong gramsPerUnit(String codeKey) {
    return catalog.product(codeKey).map(CatalogWeights::grams).orElse(OptionalLong.empty());
  }

  static OptionalLong grams(Product product) {
    Map<String, String> specs = product.specs();
    String value = specs.get(SPEC);
    if (value == null) {
      // Specs keyed "무게 Weight" or "무게(kg)" by a feed that was not normalised.
      value =
          specs.entrySet().stream()
              .filter(e -> e.getKey().startsWith(SPEC))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
    }
    return parse(value);
  }

  /** "1.8 kg" -> 1800, "450 g" -> 450; a bare number is taken as kg (the catalog's unit). */
  static OptionalLong parse(String value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    Matcher m = VALUE.matcher(value.strip());
    if (!m.lookingAt()) {
      return OptionalLong.empty();
    }
    BigDecimal number = new BigDecimal(m.group(1).replace(',', '.'));
    String unit = m.group(2) == null ? "kg" : m.group(2).toLowerCase(Locale.ROOT);
    BigDecimal grams = unit.equals("g") || unit.equals("그램") ? number : number.movePointRight(3);
    return OptionalLong.of(grams.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }
}
