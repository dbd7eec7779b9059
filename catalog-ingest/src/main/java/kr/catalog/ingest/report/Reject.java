package kr.catalog.ingest.report;

import java.util.Objects;

/**
 * One rejected row, file or page: where it is and why it was not taken.
 *
 * <p>Locations: {@code line} is 1-based and means the physical line where a CSV record or JSON
 * object starts, or the row number Excel shows for XLSX; {@code page} is the 1-based page index of
 * a PDF. Both are {@code null} when the whole file is rejected.
 *
 * @param file the input file, relative to the input root when possible (forward slashes)
 * @param line line or row number, or {@code null}
 * @param page page index, or {@code null}
 * @param field the canonical field at fault ({@code price}, {@code maker}), or {@code null} for a
 *     whole row or file
 * @param reason why
 * @param message a sentence for people, with the offending value where it helps
 */
public record Reject(
    String file, Long line, Integer page, String field, RejectReason reason, String message) {
  public Reject {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** A rejected row of a feed. */
  public static Reject atRow(
      String file, long line, String field, RejectReason reason, String message) {
    return new Reject(file, line, null, field, reason, message);
  }

  /** A rejected page of a PDF. */
  public static Reject atPage(
      String file, int page, String field, RejectReason reason, String message) {
    return new Reject(file, null, page, field, reason, message);
  }

  /** A rejected file. */
  public static Reject forFile(String file, RejectReason reason, String message) {
    return new Reject(file, null, null, null, reason, message);
  }

  /** {@code file:line}, {@code file#page} or {@code file}, for messages. */
  public String where() {
    if (line != null) {
      return file + ":" + line;
    }
    if (page != null) {
      return file + "#p" + page;
    }
    return file;
  }
}
