package kr.catalog.api.history;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The statement as one CSV table for a spreadsheet: a {@code kind} column tells order, quote, month
 * and period rows apart, so an accountant can filter them; amounts are plain integers (won). UTF-8
 * with a byte order mark: without it the spreadsheet most Korean offices use reads the file in the
 * legacy Korean code page and the names come out garbled.
 */
final class StatementCsv {
  private static final String[] HEADER = {
    "kind", "month", "date", "id", "number", "status", "channel", "lines", "counted", "net", "vat",
    "gross"
  };
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private StatementCsv() {}

  static byte[] render(Statement s) {
    ZoneId zone = ZoneId.of(s.zone());
    StringWriter text = new StringWriter();
    text.write('\uFEFF');
    try (CSVPrinter csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(HEADER)
            .setRecordSeparator("\r\n")
            .get()
            .print(text)) {
      for (Statement.Order o : s.orders()) {
        csv.printRecord(
            "order",
            o.month(),
            DATE_TIME.format(o.placedAt().atZone(zone)),
            o.id(),
            "",
            o.status(),
            o.channel(),
            o.lines(),
            o.counted(),
            o.amounts().net(),
            o.amounts().vat(),
            o.amounts().gross());
      }
      for (Statement.Quote q : s.quotes()) {
        csv.printRecord(
            "quote",
            q.month(),
            DATE_TIME.format(q.issuedAt().atZone(zone)),
            q.id(),
            q.quoteNo() + " v" + q.version(),
            q.status(),
            "",
            "",
            false,
            q.amounts().net(),
            q.amounts().vat(),
            q.amounts().gross());
      }
      for (Statement.Month m : s.months()) {
        csv.printRecord(
            "month",
            m.month(),
            "",
            "",
            "",
            "",
            "",
            m.orders(),
            true,
            m.amounts().net(),
            m.amounts().vat(),
            m.amounts().gross());
      }
      csv.printRecord(
          "period",
          s.from() + ".." + s.to(),
          "",
          s.customer().id(),
          s.customer().name(),
          "",
          "",
          s.months().stream().mapToInt(Statement.Month::orders).sum(),
          true,
          s.totals().net(),
          s.totals().vat(),
          s.totals().gross());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
