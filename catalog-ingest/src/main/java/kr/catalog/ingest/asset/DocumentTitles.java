package kr.catalog.ingest.asset;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document's title for people. PDF metadata titles are often the authoring tool's working file
 * ({@code ADT7420_V0'8.book}, {@code Visio-FH63S.vsd}, {@code Microsoft Word - spec.doc}): such a
 * title is refused ({@link #meaningful}) and the first line near the top of the text that reads
 * like a heading ({@link #firstHeading}) stands in for it.
 */
final class DocumentTitles {
  /** Lines looked at for a heading: a title is at the top of the first page or nowhere. */
  private static final int LINES_LOOKED_AT = 12;

  private static final int MIN_LETTERS = 4;
  private static final int MAX_LENGTH = 120;

  /** A working file name of an authoring tool, or a tool's prefix. */
  private static final Pattern TOOL_FILE =
      Pattern.compile(
          "(?i).*\\.(book|fm|vsdx?|docx?|xlsx?|pptx?|indd|dwg|dxf|qxd|pub|rtf|txt|p65|pm\\d|cdr|ai|eps|tmp)\\s*$"
              + "|(?i)^(microsoft (word|excel|powerpoint)|visio|untitled|document\\d*|slide \\d+)\\b.*");

  /** Lines that are not headings: page numbers, dates, revision stamps, web addresses. */
  private static final Pattern NOT_A_HEADING =
      Pattern.compile(
          "(?i)^(page\\s*\\d+.*|\\d+\\s*(/|of)\\s*\\d+|rev(ision)?\\.?\\s*[\\w.]+|www\\..*|https?://.*"
              + "|\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}.*|copyright.*|©.*"
              // "May 2008 Rev 5 1/9": a month and a year, a revision stamp, a page fraction.
              + "|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{4}\\b.*"
              + "|.*\\brev(ision)?\\.?\\s*[\\w.]+\\s+\\d+\\s*(/|of)\\s*\\d+)$");

  private DocumentTitles() {}

  /** The first line near the top of {@code text} that reads like a heading. */
  static Optional<String> firstHeading(String text) {
    return text.lines()
        .map(l -> l.strip().replaceAll("\\s+", " "))
        .filter(l -> !l.isEmpty())
        .limit(LINES_LOOKED_AT)
        .filter(DocumentTitles::readsLikeAHeading)
        .findFirst();
  }

  /** {@code title} when it is one a person would give a document. */
  static Optional<String> meaningful(String title) {
    if (title == null) {
      return Optional.empty();
    }
    String t = title.strip();
    if (t.isEmpty() || TOOL_FILE.matcher(t).matches() || letters(t) < MIN_LETTERS) {
      return Optional.empty();
    }
    return Optional.of(t);
  }

  private static boolean readsLikeAHeading(String line) {
    return line.length() <= MAX_LENGTH
        && letters(line) >= MIN_LETTERS
        && !NOT_A_HEADING.matcher(line.toLowerCase(Locale.ROOT)).matches()
        && !TOOL_FILE.matcher(line).matches();
  }

  private static long letters(String s) {
    return s.codePoints().filter(Character::isLetter).count();
  }
}
