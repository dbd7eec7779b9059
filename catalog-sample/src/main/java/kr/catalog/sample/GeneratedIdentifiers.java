package kr.catalog.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import kr.catalog.ingest.feed.FeedField;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Gtin;
import kr.catalog.model.Identifier;
import kr.catalog.model.Product;

/**
 * The identifiers the generator gives products besides their catalog code, and writes into their
 * primary feed rows:
 *
 * <ul>
 *   <li>a maker's model number for 40 % of products, in one of three shapes makers use ({@code
 *       0601-1A7-000}, {@code DHP482Z}, {@code KX-4821 PT}), never equal to the catalog code;
 *   <li>a GTIN-13 barcode for 55 %, with the Korean GS1 prefix {@code 880}, a company number per
 *       maker and an item number per product (so no two products share one), a tenth of them
 *       printed in groups ({@code 880 4711 00042 3});
 *   <li>supplier A's own article code ({@code SA-004211}) for 70 % of the rows of supplier A's
 *       feed, the one feed that has them;
 *   <li>on every 400th barcode (the first included, so the small sample has one) a wrong check
 *       digit, which the ingest must report at the row's line ({@link
 *       RejectReason#INVALID_BARCODE}) while keeping the product without that barcode.
 * </ul>
 *
 * A random generator of its own, seeded from the catalog seed and the product's code key, draws
 * these: the main generator's sequence, and so every code, name and price of a catalog generated
 * before identifiers existed, stays as it was.
 */
final class GeneratedIdentifiers {
  private final long seed;
  private final Map<String, Integer> companyByMaker = new HashMap<>();
  private final Map<String, Integer> nextItem = new HashMap<>();
  private int nextSupplierCode = 1;
  private int barcodes;

  GeneratedIdentifiers(long seed, List<String> makerIds) {
    this.seed = seed;
    for (int i = 0; i < makerIds.size(); i++) {
      companyByMaker.put(makerIds.get(i), 1000 + i); // 4-digit GS1 company numbers
    }
  }

  /** Puts the product's identifiers into its row and returns those the ingest must keep. */
  List<Identifier> assign(Product p, String file, CatalogGenerator.Row row) {
    Random r = new Random(seed * 31 + p.codeKey().hashCode());
    List<Identifier> kept = new ArrayList<>();
    if (r.nextInt(100) < 40) {
      String model = modelNumber(r);
      if (!keyOf(model).equals(p.codeKey())) {
        row.values.put(FeedField.MODEL_NUMBER, model);
        kept.add(new Identifier(Identifier.Kind.MODEL_NUMBER, model));
      }
    }
    if (file.equals(CatalogGenerator.FILE_A) && r.nextInt(100) < 70) {
      String code = String.format(Locale.ROOT, "SA-%06d", nextSupplierCode++);
      row.values.put(FeedField.SUPPLIER_CODE, code);
      kept.add(new Identifier(Identifier.Kind.SUPPLIER_CODE, code));
    }
    if (r.nextInt(100) < 55) {
      int company = companyByMaker.getOrDefault(p.makerId(), 9999);
      int item = nextItem.merge(p.makerId(), 1, Integer::sum);
      String barcode =
          Gtin.withCheckDigit(String.format(Locale.ROOT, "880%04d%05d", company, item % 100_000));
      if (barcodes++ % 400 == 0) {
        // One wrong digit, as a mistyped feed has it: reported, the rest of the row kept.
        int wrong = (barcode.charAt(12) - '0' + 1 + r.nextInt(9)) % 10;
        row.values.put(FeedField.BARCODE, barcode.substring(0, 12) + wrong);
        row.reason = RejectReason.INVALID_BARCODE;
        row.field = FeedField.BARCODE.fieldName();
      } else {
        row.values.put(
            FeedField.BARCODE,
            r.nextInt(10) == 0
                ? barcode.substring(0, 3)
                    + " "
                    + barcode.substring(3, 7)
                    + " "
                    + barcode.substring(7, 12)
                    + " "
                    + barcode.substring(12)
                : barcode);
        kept.add(new Identifier(Identifier.Kind.BARCODE, barcode));
      }
    }
    return kept;
  }

  private static String modelNumber(Random r) {
    return switch (r.nextInt(3)) {
      case 0 ->
          String.format(
              Locale.ROOT,
              "%04d-%d%c%d-%03d",
              r.nextInt(10_000),
              r.nextInt(10),
              (char) ('A' + r.nextInt(26)),
              r.nextInt(10),
              r.nextInt(1000));
      case 1 -> letters(r, 2 + r.nextInt(2)) + (100 + r.nextInt(900)) + letters(r, 1);
      default -> letters(r, 2) + "-" + (1000 + r.nextInt(9000)) + " " + letters(r, 2);
    };
  }

  private static String letters(Random r, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) ('A' + r.nextInt(26)));
    }
    return s.toString();
  }

  /** The key of a generated model number: it holds only A-Z, digits, space and hyphen. */
  private static String keyOf(String model) {
    return model.replaceAll("[ -]", "");
  }
}
