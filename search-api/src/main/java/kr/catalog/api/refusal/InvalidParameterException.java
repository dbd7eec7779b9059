package kr.catalog.api.refusal;

/**
 * A parameter that passed its own checks but conflicts with another ({@code priceMin > priceMax}).
 * Answered as 400 problem+json naming the parameter, like Bean Validation refusals.
 */
public final class InvalidParameterException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  public InvalidParameterException(String parameter, String reason) {
    super(reason);
    this.parameter = parameter;
  }

  /** The parameter's name as the client sent it. */
  public String parameter() {
    return parameter;
  }
}
