package kr.catalog.api.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.catalog.api.account.CustomerCompany;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.pdf.PdfSheet;
import kr.catalog.api.security.Actor;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The printable, faxable quote sheet: A4 landscape, black on white, supplier and customer headers,
 * one row per line with every pricing step, totals, validity and the pricing rule in one sentence.
 * Laid out with {@link PdfSheet} (fonts, tables over pages).
 */
@ApplicationScoped
public class QuotePdf {
  /** The supplier printed in the header. */
  public static final String SUPPLIER = "Catalog Platform Tools Co. / 카탈로그 공구상사";

  private static final float MARGIN = 28;
  private static final String[] HEADERS = {
    "No",
    "Code",
    "Name",
    "Qty",
    "List",
    "Qty tier",
    "Grade",
    "Promotion",
    "Unit",
    "Net",
    "VAT",
    "Total"
  };
  private static final float[] WIDTHS = {22, 82, 150, 38, 62, 62, 62, 62, 62, 72, 56, 72};
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  @Inject QuoteService quotes;
  @Inject CommerceConfig config;

  /**
   * A rendered sheet.
   *
   * @param fileName suggested file name
   * @param bytes the PDF
   */
  public record Sheet(String fileName, byte[] bytes) {}

  /** Renders a quote the actor may see. */
  @Transactional
  public Sheet render(Actor actor, long id) {
    QuoteView quote = quotes.get(actor, id);
    CustomerCompany company = CustomerCompany.findById(quote.customer().id());
    PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    try (PdfSheet sheet = new PdfSheet(config.pdfFont(), landscape, MARGIN)) {
      write(sheet, quote, company, config.zone());
      return new Sheet(quote.quoteNo() + "-v" + quote.version() + ".pdf", sheet.toBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render quote " + id, e);
    }
  }

  private static void write(PdfSheet sheet, QuoteView quote, CustomerCompany company, ZoneId zone)
      throws IOException {
    sheet.newPage();
    float left = sheet.left();
    sheet.text(left, sheet.y(), 18, "견적서 QUOTATION");
    sheet.text(
        560,
        sheet.y(),
        10,
        "No. " + quote.quoteNo() + "  v" + quote.version() + "  (id " + quote.id() + ")");
    sheet.down(26);
    sheet.text(left, sheet.y(), 10, "Supplier: " + SUPPLIER);
    sheet.text(
        440,
        sheet.y(),
        10,
        "Customer: " + company.name + "  (grade " + quote.customer().grade() + ")");
    sheet.down(14);
    sheet.text(
        left,
        sheet.y(),
        PdfSheet.SIZE,
        "Issued " + WHEN.format(quote.createdAt().atZone(zone)) + " by " + quote.createdBy());
    sheet.text(
        440,
        sheet.y(),
        PdfSheet.SIZE,
        join(
            company.address,
            company.phone == null ? null : "Tel " + company.phone,
            company.fax == null ? null : "Fax " + company.fax));
    sheet.down(14);
    sheet.text(
        left,
        sheet.y(),
        10,
        "Priced on " + quote.pricedOn() + ", valid until " + quote.validUntil() + " (inclusive)");
    sheet.down(20);
    PdfSheet.Table table = sheet.table(HEADERS, WIDTHS, 3);
    for (QuoteView.Line l : quote.lines()) {
      table.row(
          Integer.toString(l.lineNo()),
          l.code(),
          l.name(),
          won(l.quantity()),
          won(l.listPrice()),
          discount(l.tierDiscount(), l.tierPercent()),
          discount(l.gradeDiscount(), l.gradePercent()),
          discount(l.promoDiscount(), l.promoPercent()),
          won(l.unitPrice()),
          won(l.netAmount()),
          won(l.vatAmount()),
          won(l.grossAmount()));
    }
    table.end();
    sheet.down(6);
    float right = left + table.length();
    sheet.textRight(right, sheet.y(), 10, "Net (VAT excl.)  " + won(quote.totals().net()) + " KRW");
    sheet.down(14);
    sheet.textRight(right, sheet.y(), 10, "VAT 10%  " + won(quote.totals().vat()) + " KRW");
    sheet.down(16);
    sheet.textRight(right, sheet.y(), 12, "Total  " + won(quote.totals().gross()) + " KRW");
    sheet.down(22);
    sheet.text(
        left,
        sheet.y(),
        PdfSheet.SIZE,
        "Discounts are per unit and compound: quantity tier, then customer grade, then"
            + " promotion, each rounded half-up to the won.");
    sheet.down(11);
    sheet.text(
        left,
        sheet.y(),
        PdfSheet.SIZE,
        "VAT is 10% of each line's net amount rounded half-up to the won; totals are the sums"
            + " of the lines.");
    if (quote.note() != null && !quote.note().isBlank()) {
      sheet.down(14);
      sheet.text(left, sheet.y(), PdfSheet.SIZE, "Note: " + quote.note());
    }
  }

  private static String won(long amount) {
    return PdfSheet.won(amount);
  }

  private static String discount(long won, int percent) {
    return percent == 0 ? "-" : "-" + won(won) + " (" + percent + "%)";
  }

  private static String join(String... parts) {
    List<String> present = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        present.add(p);
      }
    }
    return String.join("  ", present);
  }
}
