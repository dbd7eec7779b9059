package kr.catalog.api.refusal;

/**
 * A refusal a service states in domain terms; its message is written for the client (it becomes the
 * problem's {@code detail}), so it never holds internal details. Sealed so that the one mapper to
 * HTTP handles every kind, checked by the compiler.
 */
public abstract sealed class DomainException extends RuntimeException
    permits BusinessRefusal, InvalidParameterException, UnprocessableException {
  private static final long serialVersionUID = 1L;

  DomainException(String clientMessage) {
    super(clientMessage);
  }
}
