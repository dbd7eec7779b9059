package kr.catalog.api.quote;

import java.util.List;

/**
 * One quote or order line whose code names no orderable product. A request with such lines is
 * refused as a whole ({@link kr.catalog.api.refusal.Refusal#UNRESOLVED_LINES}, 422) listing every
 * one of them under {@code unresolved}, so the client can correct them; nothing is created.
 *
 * @param lineNo 1-based position in the request
 * @param code the code as typed
 * @param quantity units asked
 * @param reason why
 * @param suggestions codes the user probably meant, best first (may be empty)
 */
public record UnresolvedLine(
    int lineNo, String code, int quantity, Reason reason, List<String> suggestions) {

  /** Why a line was refused. */
  public enum Reason {
    /** No product has this code. */
    UNKNOWN_CODE,
    /** The product exists but is no longer sold. */
    DISCONTINUED
  }
}
