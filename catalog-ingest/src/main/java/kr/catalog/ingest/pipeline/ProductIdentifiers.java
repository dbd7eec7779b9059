package kr.catalog.ingest.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.catalog.ingest.feed.FeedField;
import kr.catalog.ingest.feed.FeedRow;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.ingest.report.RejectSink;
import kr.catalog.model.Gtin;
import kr.catalog.model.Identifier;
import kr.catalog.model.Keys;
import kr.catalog.model.Text;

/**
 * The identifiers of a feed row besides its catalog code: model number, supplier codes, barcodes.
 *
 * <ul>
 *   <li>Several supplier codes or barcodes share a cell separated by {@code | ; ,} (never by
 *       spaces: a barcode is printed {@code 880 1234 567893}).
 *   <li>An identifier whose key equals the catalog code's key, or an earlier one of the same kind,
 *       adds nothing and is dropped; so is one without letters or digits, or longer than a code key
 *       may be (64).
 *   <li>A barcode must be a GTIN-8/12/13/14 with the right check digit ({@link Gtin}). A wrong one
 *       is reported ({@link RejectReason#INVALID_BARCODE}, the row's file and line, the digit it
 *       should end with) and left out; the row is kept with everything else, since a mistyped
 *       barcode says nothing against the rest of the row.
 * </ul>
 */
final class ProductIdentifiers {
  private static final int MAX_KEY = 64;

  private ProductIdentifiers() {}

  static List<Identifier> of(FeedRow row, String codeKey, RejectSink partial) {
    List<Identifier> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    seen.add(Identifier.Kind.CATALOG_CODE + ":" + codeKey);
    String model = Text.cleanDisplay(row.get(FeedField.MODEL_NUMBER));
    if (!Text.isBlank(model)) {
      add(out, seen, Identifier.Kind.MODEL_NUMBER, model, codeKey);
    }
    for (String code : split(row.get(FeedField.SUPPLIER_CODE))) {
      add(out, seen, Identifier.Kind.SUPPLIER_CODE, code, codeKey);
    }
    for (String typed : split(row.get(FeedField.BARCODE))) {
      String digits = Gtin.digits(typed);
      if (!Gtin.hasGtinShape(digits)) {
        partial.reject(
            Reject.atRow(
                row.file(),
                row.line(),
                FeedField.BARCODE.fieldName(),
                RejectReason.INVALID_BARCODE,
                "barcode '"
                    + typed
                    + "' is not a GTIN-8, -12, -13 or -14 (8, 12, 13 or 14 digits); the barcode"
                    + " is left out, the product kept"));
      } else if (!Gtin.isValid(digits)) {
        partial.reject(
            Reject.atRow(
                row.file(),
                row.line(),
                FeedField.BARCODE.fieldName(),
                RejectReason.INVALID_BARCODE,
                "barcode '"
                    + typed
                    + "' has a wrong check digit (it should end in "
                    + Gtin.expectedCheckDigit(digits)
                    + "); the barcode is left out, the product kept"));
      } else if (seen.add(Identifier.Kind.BARCODE + ":" + Gtin.gtin14(digits))) {
        out.add(new Identifier(Identifier.Kind.BARCODE, digits));
      }
    }
    return out;
  }

  private static void add(
      List<Identifier> out, Set<String> seen, Identifier.Kind kind, String value, String codeKey) {
    String key = Keys.codeKey(value);
    if (key.isEmpty() || key.length() > MAX_KEY || key.equals(codeKey)) {
      return;
    }
    if (seen.add(kind + ":" + key)) {
      out.add(new Identifier(kind, value));
    }
  }

  private static List<String> split(String cell) {
    List<String> values = new ArrayList<>();
    if (Text.isBlank(cell)) {
      return values;
    }
    for (String part : cell.split("[|;,]")) {
      String v = Text.cleanDisplay(part);
      if (!Text.isBlank(v)) {
        values.add(v);
      }
    }
    return values;
  }
}
