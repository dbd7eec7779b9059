package kr.catalog.ingest;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (real data in {@code ../shared/data}, a Korean font): missing,
 * the test is skipped with the reason on a developer's machine, and fails on CI ({@code CI=true},
 * set by {@code .ci/run}, which installs or provides all of it), so a skip never hides there.
 */
public final class Required {
  private Required() {}

  /** Whether this run is on CI. */
  public static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * Goes on when {@code present}; else skips the calling test, or fails it on CI.
   *
   * @param what what is missing, for the message
   */
  public static void require(boolean present, String what) {
    if (present) {
      return;
    }
    if (onCi()) {
      Assertions.fail(what + " (CI=true, so this is a failure, not a skip)");
    }
    Assumptions.abort(what + ": skipped (it fails instead when CI=true)");
  }
}
