package kr.catalog.search.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.catalog.model.Gtin;
import kr.catalog.model.Identifier;
import kr.catalog.search.analysis.CodeForms;

/**
 * The index terms of a product's identifiers besides its catalog code (model number, supplier
 * codes, barcodes). They live in fields of their own ({@link Fields#IDENT_KEY}, {@link
 * Fields#IDENT_INFIX}) rather than in the code key fields: the code key is the product's id and
 * sort tie-breaker, and keeping the text fields untouched keeps relevance of word queries exactly
 * as it was (an identifier is matched as a key, never as words).
 */
public final class IdentifierTerms {

  private IdentifierTerms() {}

  /**
   * Every identifier's key ({@link Identifier#key()}), and for a barcode shorter than 14 digits its
   * {@link Gtin#gtin14} form, so a UPC-A printed with 12 digits is found when a scanner reports 13.
   */
  public static List<String> keys(List<Identifier> identifiers) {
    Set<String> keys = new LinkedHashSet<>();
    for (Identifier id : identifiers) {
      String key = id.key();
      if (key.isEmpty()) {
        continue;
      }
      keys.add(key);
      if (id.kind() == Identifier.Kind.BARCODE && Gtin.hasGtinShape(key)) {
        keys.add(Gtin.gtin14(key));
      }
    }
    return List.copyOf(keys);
  }

  /**
   * Every suffix of every identifier key ({@link CodeForms#suffixes}), without those the catalog
   * code's suffixes already index (no term twice for one document, so scores stay comparable).
   */
  public static List<String> infixes(List<Identifier> identifiers, String codeKey) {
    Set<String> own = new LinkedHashSet<>(CodeForms.suffixes(codeKey));
    Set<String> infixes = new LinkedHashSet<>();
    for (Identifier id : identifiers) {
      for (String suffix : CodeForms.suffixes(id.key())) {
        if (!own.contains(suffix)) {
          infixes.add(suffix);
        }
      }
    }
    return List.copyOf(infixes);
  }

  /** The identifiers as stored with a hit: {@code KIND:value}, in the product's order. */
  public static List<String> stored(List<Identifier> identifiers) {
    List<String> out = new ArrayList<>();
    for (Identifier id : identifiers) {
      out.add(id.kind().name() + ":" + id.value());
    }
    return out;
  }

  /** The identifiers of a hit from their stored form; unreadable entries are skipped. */
  public static List<Identifier> parse(List<String> stored) {
    List<Identifier> out = new ArrayList<>();
    for (String s : stored) {
      int colon = s.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      try {
        out.add(
            new Identifier(Identifier.Kind.valueOf(s.substring(0, colon)), s.substring(colon + 1)));
      } catch (IllegalArgumentException e) {
        // A kind this version does not know (an index written by a newer one): not shown.
      }
    }
    return out;
  }
}
