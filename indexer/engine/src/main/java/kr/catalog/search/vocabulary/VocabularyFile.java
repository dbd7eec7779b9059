package kr.catalog.search.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The curated vocabulary shipped with the platform ({@value #RESOURCE}) and its format: UTF-8,
 * tab-separated, one entry per line, {@code #} comments, a header line {@code terms direction
 * category kind source}. {@code terms} are separated by commas; {@code direction} is {@code
 * two-way} or {@code one-way} (the first term finds the others); {@code category} a leaf category
 * id or {@code *}; {@code kind} {@code synonym}, {@code shop-floor}, {@code loanword} or {@code
 * maker}.
 */
public final class VocabularyFile {

  /** Class-path location of the shipped vocabulary. */
  public static final String RESOURCE = "kr/catalog/search/vocabulary/trade-vocabulary.tsv";

  private VocabularyFile() {}

  /** The shipped entries, in file order. */
  public static List<VocabularyEntry> shipped() {
    InputStream in = VocabularyFile.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the shipped vocabulary " + RESOURCE + " is missing");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses entries in this format.
   *
   * @throws IllegalArgumentException naming the line of the first malformed entry
   */
  public static List<VocabularyEntry> read(Reader reader) throws IOException {
    List<VocabularyEntry> entries = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    boolean header = true;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (line.startsWith("terms\t")) {
          continue;
        }
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 5) {
        throw new IllegalArgumentException(
            "line " + number + ": expected 5 tab-separated columns, found " + cols.length);
      }
      try {
        entries.add(
            new VocabularyEntry(
                Arrays.asList(cols[0].split(",")),
                direction(cols[1]),
                cols[2].isBlank() || cols[2].strip().equals("*") ? null : cols[2].strip(),
                kind(cols[3]),
                cols[4].strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
      }
    }
    return entries;
  }

  /** {@code two-way} or {@code one-way}. */
  public static VocabularyEntry.Direction direction(String text) {
    return VocabularyEntry.Direction.valueOf(constant(text));
  }

  /** {@code synonym}, {@code shop-floor}, {@code loanword} or {@code maker}. */
  public static VocabularyEntry.Kind kind(String text) {
    return VocabularyEntry.Kind.valueOf(constant(text));
  }

  /** The file's spelling of a direction or kind ({@code one-way}, {@code shop-floor}). */
  public static String spelling(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String constant(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
