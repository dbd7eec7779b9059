package kr.catalog.api.quote;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.catalog.api.refusal.InvalidParameterException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the three ways lines arrive: a cart (JSON lines), a pasted list with one {@code code
 * quantity} per line, or CSV {@code code,quantity} (a header row is recognised and skipped). A line
 * that cannot be read is refused with its line number, never skipped.
 */
public final class LineParser {

  /** Most lines one request may carry. */
  public static final int MAX_LINES = 500;

  /**
   * The code (which may itself contain spaces: {@code GSB 13 RE}) and the quantity as the last
   * token, optionally followed by a unit word ({@code 2}, {@code 2개}, {@code 2 EA}, {@code 2pcs}).
   */
  private static final Pattern PASTED =
      Pattern.compile(
          "^(.+?)[\\s,;:\\t]+([0-9][0-9,]*)\\s*(개|ea|pcs|pc|set|세트)?$", Pattern.CASE_INSENSITIVE);

  private static final Pattern QUANTITY = Pattern.compile("[0-9][0-9,]*");

  private LineParser() {}

  /** Cart lines, numbered. */
  public static List<RequestedLine> cart(List<LineRequest> lines) {
    List<RequestedLine> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(new RequestedLine(i + 1, lines.get(i).code().trim(), lines.get(i).quantity()));
    }
    return checkCount("lines", out);
  }

  /** A pasted list: one {@code code quantity} per line, blank lines ignored. */
  public static List<RequestedLine> pasted(String text) {
    List<RequestedLine> out = new ArrayList<>();
    String[] rows = text.split("\\R", -1);
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].strip();
      if (row.isEmpty()) {
        continue;
      }
      Matcher m = PASTED.matcher(row);
      if (!m.matches()) {
        throw new InvalidParameterException(
            "pasted", "line " + (i + 1) + ": expected 'code quantity', got '" + row + "'");
      }
      out.add(new RequestedLine(i + 1, m.group(1).strip(), quantity("pasted", i + 1, m.group(2))));
    }
    return checkCount("pasted", out);
  }

  /** CSV with the code in the first column and the quantity in the second. */
  public static List<RequestedLine> csv(String text) {
    List<RequestedLine> out = new ArrayList<>();
    try {
      List<CSVRecord> records =
          CSVFormat.DEFAULT
              .builder()
              .setIgnoreEmptyLines(true)
              .setTrim(true)
              .get()
              .parse(new StringReader(text))
              .getRecords();
      for (CSVRecord r : records) {
        int lineNo = (int) r.getRecordNumber();
        if (r.size() < 2) {
          throw new InvalidParameterException(
              "csv", "line " + lineNo + ": expected 'code,quantity'");
        }
        String code = r.get(0);
        String qty = r.get(1);
        if (lineNo == 1 && !QUANTITY.matcher(qty).matches() && isHeader(code)) {
          continue;
        }
        if (code.isBlank()) {
          throw new InvalidParameterException("csv", "line " + lineNo + ": the code is empty");
        }
        out.add(new RequestedLine(lineNo, code, quantity("csv", lineNo, qty)));
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new InvalidParameterException("csv", "not readable as CSV");
    }
    return checkCount("csv", out);
  }

  private static boolean isHeader(String first) {
    String h = first.toLowerCase(Locale.ROOT);
    return h.contains("code") || h.contains("코드") || h.contains("품번");
  }

  private static int quantity(String field, int lineNo, String raw) {
    String digits = raw.replace(",", "");
    if (!QUANTITY.matcher(raw).matches() || digits.length() > 7) {
      throw new InvalidParameterException(
          field, "line " + lineNo + ": quantity '" + raw + "' is not a whole number");
    }
    int q = Integer.parseInt(digits);
    if (q < 1 || q > LineRequest.MAX_QUANTITY) {
      throw new InvalidParameterException(
          field, "line " + lineNo + ": quantity must be 1.." + LineRequest.MAX_QUANTITY);
    }
    return q;
  }

  private static List<RequestedLine> checkCount(String field, List<RequestedLine> lines) {
    if (lines.isEmpty()) {
      throw new InvalidParameterException(field, "at least one line is needed");
    }
    if (lines.size() > MAX_LINES) {
      throw new InvalidParameterException(field, "at most " + MAX_LINES + " lines");
    }
    return lines;
  }
}
