package kr.catalog.api.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kr.catalog.api.pdf.PdfSheet;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The printable statement: A4 portrait, the months with their totals first (what an accountant
 * books), then every order and quote of the period.
 */
final class StatementPdf {
  private static final float MARGIN = 36;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private StatementPdf() {}

  static byte[] render(Statement s, Path font, String supplier) {
    ZoneId zone = ZoneId.of(s.zone());
    try (PdfSheet sheet = new PdfSheet(font, PDRectangle.A4, MARGIN)) {
      float left = sheet.left();
      sheet.newPage();
      sheet.text(left, sheet.y(), 16, "거래내역서 STATEMENT OF TRANSACTIONS");
      sheet.down(24);
      sheet.text(left, sheet.y(), 10, "Customer 고객: " + s.customer().name());
      sheet.textRight(sheet.right(), sheet.y(), 10, "Period 기간: " + s.from() + " ~ " + s.to());
      sheet.down(14);
      sheet.text(left, sheet.y(), PdfSheet.SIZE, "Supplier 공급자: " + supplier);
      sheet.textRight(
          sheet.right(),
          sheet.y(),
          PdfSheet.SIZE,
          "Issued " + DATE_TIME.format(s.generatedAt().atZone(zone)) + " (" + s.zone() + ")");
      sheet.down(20);

      PdfSheet.Table months =
          sheet.table(
              new String[] {
                "Month 월", "Orders 주문", "Cancelled 취소", "Net 공급가액", "VAT 부가세", "Gross 합계"
              },
              new float[] {80, 60, 70, 106, 90, 117},
              1);
      for (Statement.Month m : s.months()) {
        months.row(
            m.month().toString(),
            Integer.toString(m.orders()),
            Integer.toString(m.cancelled()),
            PdfSheet.won(m.amounts().net()),
            PdfSheet.won(m.amounts().vat()),
            PdfSheet.won(m.amounts().gross()));
      }
      months.row(
          "Total 합계",
          Integer.toString(s.months().stream().mapToInt(Statement.Month::orders).sum()),
          Integer.toString(s.months().stream().mapToInt(Statement.Month::cancelled).sum()),
          PdfSheet.won(s.totals().net()),
          PdfSheet.won(s.totals().vat()),
          PdfSheet.won(s.totals().gross()));
      months.end();
      sheet.down(12);

      sheet.text(left, sheet.y(), 11, "Orders 주문 내역");
      sheet.down(14);
      PdfSheet.Table orders =
          sheet.table(
              new String[] {"Date 일자", "Order 주문번호", "Status 상태", "Lines", "Net", "VAT", "Gross"},
              new float[] {70, 70, 110, 40, 90, 70, 73},
              3);
      for (Statement.Order o : s.orders()) {
        orders.row(
            DATE.format(o.placedAt().atZone(zone)),
            Long.toString(o.id()),
            o.counted() ? o.status().name() : o.status().name() + " (not counted)",
            Integer.toString(o.lines()),
            PdfSheet.won(o.amounts().net()),
            PdfSheet.won(o.amounts().vat()),
            PdfSheet.won(o.amounts().gross()));
      }
      orders.end();
      if (!s.quotes().isEmpty()) {
        sheet.down(12);
        if (sheet.lowerThan(80)) {
          sheet.newPage();
        }
        sheet.text(left, sheet.y(), 11, "Quotes 견적 (offers, not in the totals)");
        sheet.down(14);
        PdfSheet.Table quotes =
            sheet.table(
                new String[] {"Date 일자", "Quote 견적번호", "Status 상태", "Order", "Gross"},
                new float[] {70, 150, 110, 70, 123},
                3);
        for (Statement.Quote q : s.quotes()) {
          quotes.row(
              DATE.format(q.issuedAt().atZone(zone)),
              q.quoteNo() + " v" + q.version(),
              q.status().name(),
              q.orderId() == null ? "-" : Long.toString(q.orderId()),
              PdfSheet.won(q.amounts().gross()));
        }
        quotes.end();
      }
      sheet.down(8);
      sheet.text(
          left,
          sheet.y(),
          PdfSheet.SIZE,
          "Each order's amounts are the sums of its lines; VAT is 10% of each line's net amount."
              + " Cancelled orders are listed and not counted.");
      return sheet.toBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the statement", e);
    }
  }
}
