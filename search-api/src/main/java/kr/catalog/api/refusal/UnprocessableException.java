package kr.catalog.api.refusal;

import java.util.List;

/**
 * A well-formed request that names things that do not exist (an unknown product code, an unknown
 * category): answered as 422 problem+json listing each field and why.
 */
public final class UnprocessableException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final transient List<Field> errors;

  public UnprocessableException(String detail, List<Field> errors) {
    super(detail);
    this.errors = List.copyOf(errors);
  }

  /** One field that names nothing that exists. */
  public static UnprocessableException of(String field, String reason) {
    return new UnprocessableException(
        "Invalid value for: " + field, List.of(new Field(field, reason)));
  }

  /** The refused fields with their reasons. */
  public List<Field> errors() {
    return errors;
  }

  /**
   * One refused field.
   *
   * @param name the field as the client sent it ({@code rule.category})
   * @param reason why it was refused
   */
  public record Field(String name, String reason) {}
}
