package kr.catalog.api.quote;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
   * Longest pasted row read: a code is at most 64 characters ({@link LineRequest}), so 200 leave
   * room for separators, a quantity and a unit while a row of garbage is refused before it is
   * scanned.
   */
  public static final int MAX_ROW_CHARS = 200;

  /**
   * Longest pasted or CSV text: {@link #MAX_LINES} rows of about 100 characters. Checked at the
   * edge by Bean Validation on {@link QuoteRequest}, so a bigger body is refused as a 400 naming
   * the field before anything is parsed.
   */
  public static final int MAX_TEXT_CHARS = 50_000;

  /**
   * Unit words allowed after the quantity ({@code 2개}, {@code 2 EA}, {@code 2pcs}), in lower case;
   * compared ignoring ASCII case. No unit is a suffix of another, so at most one can end a row.
   */
  private static final List<String> UNITS = List.of("개", "ea", "pcs", "pc", "set", "세트");

  private static final Pattern QUANTITY = Pattern.compile("[0-9][0-9,]*+");

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
      if (row.length() > MAX_ROW_CHARS) {
        throw new InvalidParameterException(
            "pasted", "line " + (i + 1) + ": longer than " + MAX_ROW_CHARS + " characters");
      }
      out.add(pastedRow(i + 1, row));
      if (out.size() > MAX_LINES) {
        break;
      }
    }
    return checkCount("pasted", out);
  }

  /**
   * One stripped, non-blank pasted row: the code (which may itself contain spaces and digits:
   * {@code GSB 13 RE}), separators (whitespace, {@code , ; :}), the quantity (digits, commas
   * grouping thousands) as the last number, optionally followed by a unit word. When several splits
   * fit, the code is the shortest ({@code A 1,2} is code {@code A}, quantity 12).
   *
   * <p>A hand scanner in one pass from the end, not a regular expression: the expression it
   * replaced ({@code ^(.+?)[\s,;:]+([0-9][0-9,]*)\s*(unit)?$}) had {@code ,} both among the
   * separators and inside the quantity and backtracked quadratically, so 16 KB of {@code 1,1,1...x}
   * cost over 5 s of CPU (issue #21). This reads each character a bounded number of times whatever
   * the row, with the same answers ({@code LineParserTest} compares both on random rows).
   */
  static RequestedLine pastedRow(int lineNo, String row) {
    int end = row.length();
    end -= unitAtEnd(row, end);
    while (end > 0 && isSpace(row.charAt(end - 1))) {
      end--;
    }
    // The quantity lies inside the run of digits and commas that ends the row; it starts at a
    // digit preceded by a separator. The first such digit gives the shortest code: between two
    // candidates lies a digit, which no code-ending separator run can cross.
    int run = end;
    while (run > 0 && isQuantityChar(row.charAt(run - 1))) {
      run--;
    }
    for (int start = run; start < end; start++) {
      if (!isDigit(row.charAt(start)) || start == 0 || !isSeparator(row.charAt(start - 1))) {
        continue;
      }
      int codeEnd = start - 1;
      while (codeEnd > 0 && isSeparator(row.charAt(codeEnd - 1))) {
        codeEnd--;
      }
      // At least one character of code; it may be a separator when the row starts with some.
      codeEnd = Math.max(codeEnd, 1);
      if (codeEnd < start) {
        String code = row.substring(0, codeEnd).strip();
        return new RequestedLine(
            lineNo, code, quantity("pasted", lineNo, row.substring(start, end)));
      }
    }
    throw new InvalidParameterException(
        "pasted", "line " + lineNo + ": expected 'code quantity', got '" + row + "'");
  }

  /** Length of the unit word ending {@code row} before {@code end}, or 0. */
  private static int unitAtEnd(String row, int end) {
    for (String unit : UNITS) {
      int from = end - unit.length();
      if (from >= 0 && equalsIgnoringAsciiCase(row, from, unit)) {
        return unit.length();
      }
    }
    return 0;
  }

  private static boolean equalsIgnoringAsciiCase(String row, int from, String lowerCaseUnit) {
    for (int i = 0; i < lowerCaseUnit.length(); i++) {
      char c = row.charAt(from + i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != lowerCaseUnit.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Java's {@code \s} without the Unicode flag: what the rows were always split on. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isSeparator(char c) {
    return isSpace(c) || c == ',' || c == ';' || c == ':';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isQuantityChar(char c) {
    return isDigit(c) || c == ',';
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
