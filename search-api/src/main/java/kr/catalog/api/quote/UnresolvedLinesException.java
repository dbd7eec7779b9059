package kr.catalog.api.quote;

import java.util.List;

/**
 * Lines whose code names no orderable product. Answered 422 with every such line and suggestions,
 * so the client can correct them; nothing is created.
 */
public class UnresolvedLinesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Unresolved> lines;

  public UnresolvedLinesException(List<Unresolved> lines) {
    super(lines.size() + " line(s) name no orderable product");
    this.lines = List.copyOf(lines);
  }

  /** The refused lines, in request order. */
  public List<Unresolved> lines() {
    return lines;
  }

  /** Why a line was refused. */
  public enum Reason {
    /** No product has this code. */
    UNKNOWN_CODE,
    /** The product exists but is no longer sold. */
    DISCONTINUED
  }

  /**
   * One refused line.
   *
   * @param lineNo 1-based position in the request
   * @param code the code as typed
   * @param quantity units asked
   * @param reason why
   * @param suggestions codes the user probably meant, best first (may be empty)
   */
  public record Unresolved(
      int lineNo, String code, int quantity, Reason reason, List<String> suggestions) {}
}
