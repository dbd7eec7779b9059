package kr.catalog.api.rest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 *
 * @param type URI naming the kind of problem (relative, documented in OpenAPI)
 * @param title short summary of the kind of problem, the same for every occurrence
 * @param status the HTTP status code
 * @param detail what went wrong this time, for a person; never a class name or stack trace
 * @param instance the request path
 * @param errors one entry per invalid parameter or field, when the request was invalid
 * @param extensions further members of this problem type (RFC 9457 extension members), written next
 *     to the standard ones ({@code unresolved} of {@code /problems/unresolved-lines})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<InvalidParam> errors,
    @JsonIgnore Map<String, Object> extensions) {

  /** A problem with the standard members only. */
  public Problem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<InvalidParam> errors) {
    this(type, title, status, detail, instance, errors, Map.of());
  }

  /** The extension members, serialised at the top level of the problem object. */
  @JsonAnyGetter
  public Map<String, Object> members() {
    return extensions;
  }

  /** Media type of problem details. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One invalid request parameter or body field.
   *
   * @param name the parameter or field name as the client sent it ({@code priceMin})
   * @param reason why it was refused
   */
  public record InvalidParam(String name, String reason) {}
}
