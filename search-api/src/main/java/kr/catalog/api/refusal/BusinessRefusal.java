package kr.catalog.api.refusal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A business rule refused the request: which {@link Refusal}, a sentence for the client, and
 * optional members the problem answer carries beyond RFC 9457's (the unresolved quote lines) or the
 * seconds to wait before trying again.
 */
public final class BusinessRefusal extends DomainException {
  private static final long serialVersionUID = 1L;

  private final Refusal refusal;
  // Not serialisable and never serialised: read once by the mapper in the same JVM.
  private final transient Map<String, Object> members = new LinkedHashMap<>();
  private Long retryAfterSeconds;

  /**
   * @param refusal which rule refused
   * @param clientMessage what went wrong this time, for a person (the problem's {@code detail})
   */
  public BusinessRefusal(Refusal refusal, String clientMessage) {
    super(clientMessage);
    this.refusal = refusal;
  }

  /** Which rule refused. */
  public Refusal refusal() {
    return refusal;
  }

  /** Adds a member to the problem answer (an RFC 9457 extension member); returns this. */
  public BusinessRefusal with(String name, Object value) {
    members.put(name, value);
    return this;
  }

  /** Says when trying again may succeed (sent as {@code Retry-After}); returns this. */
  public BusinessRefusal retryAfter(long seconds) {
    this.retryAfterSeconds = seconds;
    return this;
  }

  /** The extension members, in the order added. */
  public Map<String, Object> members() {
    return Collections.unmodifiableMap(members);
  }

  /** Seconds until an attempt may succeed, when the refusal is temporary. */
  public OptionalLong retryAfterSeconds() {
    return retryAfterSeconds == null ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
  }
}
