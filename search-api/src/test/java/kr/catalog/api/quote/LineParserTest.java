package kr.catalog.api.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.catalog.api.refusal.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pasted {@code code quantity} list (issue #21, point 1): parsed in time linear in its length
 * (the regular expression it replaced backtracked quadratically on {@code a1,1,1,...,x}), with the
 * same answers as that expression on every row it accepted or refused.
 */
class LineParserTest {

  /**
   * The expression the parser used before issue #21, kept here only as the oracle of what a row
   * means: on short rows its cost does not matter.
   */
  private static final Pattern OLD_PASTED =
      Pattern.compile(
          "^(.+?)[\\s,;:\\t]+([0-9][0-9,]*)\\s*(개|ea|pcs|pc|set|세트)?$", Pattern.CASE_INSENSITIVE);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  // ---- time: doubling the row at most about doubles the CPU time ----

  /**
   * Rows of 2n+2 characters. The first two are the hostile shapes of the review: with the old
   * expression each doubling of {@code a1,1,...,1,x} and {@code a,1,1,...,1x} took about four times
   * as long (measured: 68, 256, 992 ms for n = 1000, 2000, 4000). The scanner refuses those at
   * their last character, so the other two make it read the whole row: a long quantity (refused
   * after it was read) and a long run of separators before a quantity (accepted).
   */
  @ParameterizedTest
  @ValueSource(strings = {"a1,1,x", "a,1,1x", "a1,1,1", "a ,5"})
  void theTimeToParseARowGrowsLinearlyWithItsLength(String shape) {
    IntFunction<String> row =
        switch (shape) {
          case "a1,1,x" -> n -> "a" + "1,".repeat(n) + "x";
          case "a,1,1x" -> n -> "a" + ",1".repeat(n) + "x";
          case "a1,1,1" -> n -> "a" + "1,".repeat(n) + "1";
          default -> n -> "a" + " ,".repeat(n) + "5";
        };
    int n = 1_000;
    // Warm up (JIT) on the largest row, for at least 300 ms of CPU, so that no size is measured
    // while the parser is still interpreted or being compiled.
    long warm = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; THREADS.getCurrentThreadCpuTime() - warm < 300_000_000L && i < 100_000; i++) {
      parseOrRefuse(row.apply(4 * n));
    }
    int reps = repetitionsForAtLeastMillis(row.apply(n), 50);
    // Up to three measurements: a pause of the machine (GC, another process on the core) can
    // inflate one size's time once (seen: 2n slower than 4n), while a quadratic parser fails every
    // measurement (x4 and x16). Linear is x2 and x4; the factors leave room for a loaded machine.
    List<String> tries = new java.util.ArrayList<>();
    boolean linear = false;
    for (int attempt = 0; attempt < 3 && !linear; attempt++) {
      long t1 = medianCpuNanos(row.apply(n), reps);
      long t2 = medianCpuNanos(row.apply(2 * n), reps);
      long t4 = medianCpuNanos(row.apply(4 * n), reps);
      tries.add(
          String.format(
              Locale.ROOT,
              "CPU per %d parses: n=%d %.2f ms, 2n %.2f ms, 4n %.2f ms",
              reps,
              n,
              t1 / 1e6,
              t2 / 1e6,
              t4 / 1e6));
      linear = t2 < 3 * t1 && t4 < 6 * t1;
    }
    System.out.println("LineParserTest " + shape + ": " + tries);
    assertThat(linear).as("grows linearly: %s", tries).isTrue();
  }

  private static void parseOrRefuse(String row) {
    try {
      LineParser.pastedRow(1, row);
    } catch (InvalidParameterException refused) {
      // The hostile rows are refused; what is measured is the time to find that out.
    }
  }

  private static int repetitionsForAtLeastMillis(String row, long millis) {
    int reps = 1;
    while (cpuNanos(row, reps) < millis * 1_000_000 && reps < 1 << 20) {
      reps *= 2;
    }
    return reps;
  }

  /** The median of 5 samples: one descheduled or collected sample does not decide. */
  private static long medianCpuNanos(String row, int reps) {
    long[] samples = new long[5];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = cpuNanos(row, reps);
    }
    Arrays.sort(samples);
    return samples[samples.length / 2];
  }

  /** CPU time of this thread, not wall time: other processes on the 2 cores do not count. */
  private static long cpuNanos(String row, int reps) {
    long start = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < reps; i++) {
      parseOrRefuse(row);
    }
    return THREADS.getCurrentThreadCpuTime() - start;
  }

  // ---- meaning: what a row says ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BL/232-2  2|BL/232-2|2",
        "bl1611\t10개|bl1611|10",
        "BL 191-3, 1|BL 191-3|1",
        // The code may hold spaces and digits: the quantity is the last number.
        "GSB 13 RE 2|GSB 13 RE|2",
        "1 2|1|2",
        "X 2 EA|X|2",
        "X 2ea|X|2",
        "X 2Pcs|X|2",
        "X 2 pc|X|2",
        "X 3 SET|X|3",
        "X 3 세트|X|3",
        "X;4|X|4",
        "X:4|X|4",
        // Commas group thousands: the shortest code wins, as with the old expression.
        "A 1,000|A|1000",
        "A 1,2|A|12",
        "A,,5|A|5",
      })
  void aRowNamesItsCodeAndQuantity(String row, String code, int quantity) {
    RequestedLine line = LineParser.pastedRow(7, row);
    assertThat(line).isEqualTo(new RequestedLine(7, code, quantity));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "BL1611",
        "2",
        "X 2x",
        "code-set",
        "X 2 boxes",
        "X -2",
        "X 2.5",
        "X 0",
        "X 12345678"
      })
  void aRowWithoutAWholeQuantityIsRefusedWithItsLineNumber(String row) {
    assertThatThrownBy(() -> LineParser.pastedRow(7, row))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("pasted");
              assertThat(e.getMessage()).startsWith("line 7:");
            });
  }

  /**
   * Every short row over an alphabet of the characters that matter (separators, digits, commas, the
   * units' letters) means what the old expression said: the same code and quantity, or a refusal.
   */
  @Test
  void randomRowsMeanWhatTheOldExpressionSaid() {
    String alphabet = "aB1 0,;:\t-개세트eaEApcsPCSt/9";
    Random random = new Random(21);
    int compared = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = 1 + random.nextInt(10);
      for (int c = 0; c < length; c++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String row = b.toString().strip();
      if (row.isEmpty()) {
        continue;
      }
      compared++;
      assertThat(describe(() -> LineParser.pastedRow(1, row)))
          .as("row '%s'", row)
          .isEqualTo(oldMeaning(row));
    }
    assertThat(compared).isGreaterThan(150_000);
  }

  private static String oldMeaning(String row) {
    Matcher m = OLD_PASTED.matcher(row);
    if (!m.matches()) {
      return "refused";
    }
    String digits = m.group(2).replace(",", "");
    if (digits.length() > 7) {
      return "refused";
    }
    int q = Integer.parseInt(digits);
    if (q < 1 || q > LineRequest.MAX_QUANTITY) {
      return "refused";
    }
    return m.group(1).strip() + " x " + q;
  }

  private static String describe(java.util.function.Supplier<RequestedLine> parse) {
    try {
      RequestedLine line = parse.get();
      return line.code() + " x " + line.quantity();
    } catch (InvalidParameterException e) {
      return "refused";
    }
  }

  // ---- the list: lines counted, blank lines skipped ----

  @Test
  void blankLinesAreSkippedAndLinesKeepTheirNumbers() {
    assertThat(LineParser.pasted("BL/232-2  2\n\n\r\nbl1611\t10개\r\nBL 191-3, 1"))
        .containsExactly(
            new RequestedLine(1, "BL/232-2", 2),
            new RequestedLine(4, "bl1611", 10),
            new RequestedLine(5, "BL 191-3", 1));
  }

  @Test
  void moreThanTheMostLinesIsRefusedNamingTheField() {
    String text = "A 1\n".repeat(LineParser.MAX_LINES + 1);
    assertThatThrownBy(() -> LineParser.pasted(text))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("pasted"));
  }
}
