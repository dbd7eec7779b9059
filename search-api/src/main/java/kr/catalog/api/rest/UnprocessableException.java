package kr.catalog.api.rest;

import java.util.List;

/**
 * A well-formed request that names things that do not exist (an unknown product code, an unknown
 * category): answered as 422 problem+json listing each field and why.
 */
public class UnprocessableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem.InvalidParam> errors;

  public UnprocessableException(String detail, List<Problem.InvalidParam> errors) {
    super(detail);
    this.errors = List.copyOf(errors);
  }

  /** One field that names nothing that exists. */
  public static UnprocessableException of(String field, String reason) {
    return new UnprocessableException(
        "Invalid value for: " + field, List.of(new Problem.InvalidParam(field, reason)));
  }

  /** The refused fields with their reasons. */
  public List<Problem.InvalidParam> errors() {
    return errors;
  }
}
