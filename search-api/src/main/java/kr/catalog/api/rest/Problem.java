package kr.catalog.api.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 *
 * @param type URI naming the kind of problem (relative, documented in OpenAPI)
 * @param title short summary of the kind of problem, the same for every occurrence
 * @param status the HTTP status code
 * @param detail what went wrong this time, for a person; never a class name or stack trace
 * @param instance the request path
 * @param errors one entry per invalid parameter or field, when the request was invalid
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<InvalidParam> errors) {

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
