package kr.catalog.api.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.DomainException;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.refusal.UnprocessableException;
import kr.catalog.search.SearchUnavailableException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers: every error is {@code
 * application/problem+json}, and nothing internal (class names, stack traces, SQL) leaks out.
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /** Invalid parameters or bodies, as found by Bean Validation at the edge: 400 naming them. */
  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e, UriInfo uri) {
    List<Problem.InvalidParam> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.InvalidParam(parameterName(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.InvalidParam::name))
            .toList();
    String names =
        String.join(", ", errors.stream().map(Problem.InvalidParam::name).distinct().toList());
    return problem(
        new Problem(
            "/problems/invalid-request",
            "Invalid request",
            400,
            "Invalid value for: " + names,
            uri.getPath(),
            errors));
  }

  /**
   * Every refusal a service states in domain terms, each with its own problem type. The switches
   * are exhaustive: a new kind of {@link DomainException} or a new {@link Refusal} does not compile
   * until it is given a status and title here.
   */
  @ServerExceptionMapper
  public Response refused(DomainException e, UriInfo uri) {
    return switch (e) {
      case InvalidParameterException invalid ->
          problem(
              new Problem(
                  "/problems/invalid-request",
                  "Invalid request",
                  400,
                  "Invalid value for: " + invalid.parameter(),
                  uri.getPath(),
                  List.of(new Problem.InvalidParam(invalid.parameter(), invalid.getMessage()))));
      case UnprocessableException unprocessable ->
          problem(
              new Problem(
                  "/problems/unprocessable",
                  "Unprocessable request",
                  422,
                  unprocessable.getMessage(),
                  uri.getPath(),
                  unprocessable.errors().stream()
                      .map(f -> new Problem.InvalidParam(f.name(), f.reason()))
                      .toList()));
      case BusinessRefusal refusal -> refusal(refusal, uri);
    };
  }

  private static Response refusal(BusinessRefusal e, UriInfo uri) {
    ProblemType type = type(e.refusal());
    Response answer =
        problem(
            new Problem(
                "/problems/" + e.refusal().slug(),
                type.title(),
                type.status(),
                e.getMessage(),
                uri.getPath(),
                List.of(),
                e.members()));
    if (e.retryAfterSeconds().isEmpty()) {
      return answer;
    }
    return Response.fromResponse(answer)
        .header("Retry-After", Long.toString(e.retryAfterSeconds().getAsLong()))
        .build();
  }

  /**
   * The status and title of each refusal. The statuses are the ones these refusals were always
   * answered with; only the problem type became specific.
   */
  static ProblemType type(Refusal refusal) {
    return switch (refusal) {
      case WRONG_CREDENTIALS -> new ProblemType(401, "Wrong user name or password");
      case TOO_MANY_ATTEMPTS -> new ProblemType(429, "Too many attempts");
      case OTHER_COMPANY -> new ProblemType(403, "Not your company");
      case STEP_NOT_ALLOWED -> new ProblemType(403, "Step not allowed for this role");
      case USERNAME_TAKEN -> new ProblemType(409, "User name taken");
      case PRODUCT_NOT_FOUND -> new ProblemType(404, "Unknown product");
      case ORDER_NOT_FOUND -> new ProblemType(404, "Unknown order");
      case LOCATION_NOT_FOUND -> new ProblemType(404, "Unknown stock location");
      case QUOTE_NOT_FOUND -> new ProblemType(404, "Unknown quote");
      case RULE_NOT_FOUND -> new ProblemType(404, "Unknown merchandising rule");
      case VOCABULARY_ENTRY_NOT_FOUND -> new ProblemType(404, "Unknown vocabulary entry");
      case COLLECTION_NOT_FOUND -> new ProblemType(404, "Unknown collection");
      case BOOK_NOT_FOUND -> new ProblemType(404, "Unknown e-book");
      case BOOK_PAGE_NOT_FOUND -> new ProblemType(404, "Unknown e-book page");
      case QUOTE_EXPIRED -> new ProblemType(409, "Quote expired");
      case QUOTE_REPLACED -> new ProblemType(409, "Quote replaced by a newer version");
      case ALREADY_ORDERED -> new ProblemType(409, "Quote already ordered");
      case ILLEGAL_TRANSITION -> new ProblemType(409, "Step not possible from this state");
      case OUT_OF_STOCK -> new ProblemType(409, "Not enough stock");
      case STOCK_BELOW_RESERVED -> new ProblemType(409, "Stock below reserved units");
      case IDEMPOTENCY_KEY_REUSED -> new ProblemType(422, "Idempotency-Key reused");
      case STALE_VERSION -> new ProblemType(409, "Changed meanwhile");
      case RULE_OVERLAP -> new ProblemType(409, "Overlapping rule");
      case PIN_POSITION_TAKEN -> new ProblemType(409, "Pin position taken");
      case SLUG_TAKEN -> new ProblemType(409, "Slug taken");
      case UNRESOLVED_LINES -> new ProblemType(422, "Unknown product codes");
      case CROSS_ORIGIN_REQUEST -> new ProblemType(403, "Cross-origin request refused");
      case USER_NOT_FOUND -> new ProblemType(404, "Unknown user");
      case OWN_ACCOUNT -> new ProblemType(409, "Not on your own account");
      case CATALOG_INVALID -> new ProblemType(422, "Catalog cannot be served");
      case CATALOG_CHECKSUM_MISMATCH -> new ProblemType(422, "Catalog checksum mismatch");
      case CATALOG_OUTDATED -> new ProblemType(409, "Catalog older than the one served");
      case MEDIA_CONFLICT -> new ProblemType(409, "Media file conflict");
      case PUBLICATION_IN_PROGRESS -> new ProblemType(409, "Publication in progress");
      case LINE_NOT_FOUND -> new ProblemType(404, "Unknown order line");
      case NOT_AT_STEP -> new ProblemType(409, "Order not at this step");
      case OVER_PICKED -> new ProblemType(422, "More picked than ordered");
      case PICKING_INCOMPLETE -> new ProblemType(409, "Picking not complete");
      case NOT_ON_ORDER -> new ProblemType(422, "Product not on the order");
      case OVER_SCANNED -> new ProblemType(409, "More scanned than picked");
      case INSPECTION_MISMATCH -> new ProblemType(409, "Scanned and picked units differ");
      case WRONG_ORDER_STATE -> new ProblemType(409, "Not possible in the order's state");
      case PACKAGE_NOT_FOUND -> new ProblemType(404, "Unknown package");
      case PACKAGE_OF_ANOTHER_ORDER -> new ProblemType(409, "Package of another order");
      case PACKED_BEYOND_QUANTITY -> new ProblemType(409, "More packed than to ship");
      case UNITS_NOT_PACKED -> new ProblemType(409, "Units not packed");
      case VEHICLE_NOT_FOUND -> new ProblemType(404, "Unknown vehicle");
      case PLATE_TAKEN -> new ProblemType(409, "Plate already registered");
      case VEHICLE_OVER_CAPACITY -> new ProblemType(409, "Vehicle over capacity");
      case PACKAGES_NOT_LOADED -> new ProblemType(409, "Packages not loaded");
      case NO_DELIVERY_RULE -> new ProblemType(422, "No delivery rule for the postal code");
      case ACCEPTANCE_MISMATCH -> new ProblemType(422, "Inspected quantities do not add up");
      case CLAIM_NOT_FOUND -> new ProblemType(404, "Unknown claim");
      case CLAIM_ALREADY_DECIDED -> new ProblemType(409, "Claim already decided");
      case CLAIM_NOT_RECEIVABLE -> new ProblemType(409, "Claim goods cannot be received");
      case PICKUP_CODE_NOT_FOUND -> new ProblemType(404, "No pickup code");
      case PICKUP_CODE_WRONG -> new ProblemType(422, "Wrong pickup code");
      case PICKUP_CODE_LOCKED -> new ProblemType(409, "Pickup code locked");
    };
  }

  /**
   * The fixed parts of a refusal's problem answer.
   *
   * @param status the HTTP status
   * @param title short summary, the same for every occurrence
   */
  record ProblemType(int status, String title) {}

  /**
   * A JSON body that parses but does not fit the request type: a field of the wrong type or an
   * unknown enum constant ({@code "quantity":"many"}, {@code "channel":"FAX2"}), or an array where
   * an object belongs. 400 naming the field by its JSON path. quarkus-rest-jackson registers its
   * own mapper for this exception at priority {@code USER + 100}; this one wins by a lower priority
   * and answers problem+json without echoing the value sent.
   */
  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
  public Response mismatchedBody(MismatchedInputException e, UriInfo uri) {
    String field = jsonPath(e.getPath());
    return problem(
        new Problem(
            "/problems/invalid-request",
            "Invalid request",
            400,
            "Invalid value for: " + field,
            uri.getPath(),
            List.of(new Problem.InvalidParam(field, reason(e)))));
  }

  /**
   * Why the field was refused: missing or null where a value is required ({@link StrictJson}), or
   * of the wrong type.
   */
  private static String reason(MismatchedInputException e) {
    // Jackson has no subtype for a null or absent primitive; its message is the only mark of it.
    if (e instanceof InvalidNullException
        || (e.getOriginalMessage() != null
            && e.getOriginalMessage().startsWith("Cannot map `null`"))) {
      return "is required and must not be null";
    }
    return expected(e.getTargetType());
  }

  /** The search backend is down or too slow: a quick 503 the client may retry, not a hang. */
  @ServerExceptionMapper
  public Response searchUnavailable(SearchUnavailableException e, UriInfo uri) {
    LOG.warnf("Search backend unavailable on %s: %s", uri.getPath(), e.getMessage());
    return Response.fromResponse(
            problem(
                new Problem(
                    "/problems/search-unavailable",
                    "Search temporarily unavailable",
                    503,
                    "The search service cannot answer right now. Please retry shortly.",
                    uri.getPath(),
                    List.of())))
        .header("Retry-After", "5")
        .build();
  }

  /** No or an unknown/expired session token on an endpoint that needs one: 401. */
  @ServerExceptionMapper({
    io.quarkus.security.UnauthorizedException.class,
    io.quarkus.security.AuthenticationFailedException.class
  })
  public Response unauthenticated(RuntimeException e, UriInfo uri) {
    return Response.fromResponse(
            problem(
                new Problem(
                    "/problems/unauthenticated",
                    "Unauthorized",
                    401,
                    "Log in first: send the token from POST /api/auth/login as Authorization: Bearer.",
                    uri.getPath(),
                    List.of())))
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  /** Logged in, but the role may not do this: 403. */
  @ServerExceptionMapper
  public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
    return problem(
        new Problem(
            "/problems/http-403",
            "Forbidden",
            403,
            "Your role may not do this.",
            uri.getPath(),
            List.of()));
  }

  /** Errors JAX-RS already classified (404, 405, 406, 415, parameter conversion 400...). */
  @ServerExceptionMapper
  public Response http(WebApplicationException e, UriInfo uri) {
    Response.StatusType status = e.getResponse().getStatusInfo();
    String detail =
        switch (status.getStatusCode()) {
          case 404 -> "Nothing exists at this address.";
          case 405 -> "This method is not allowed here.";
          case 400 -> "The request is malformed: check parameter types and the body.";
          default -> status.getReasonPhrase();
        };
    return problem(
        new Problem(
            "/problems/http-" + status.getStatusCode(),
            status.getReasonPhrase(),
            status.getStatusCode(),
            detail,
            uri.getPath(),
            List.of()));
  }

  /**
   * Anything unexpected: 500 with an id to find the logged cause, and nothing else. A lost database
   * connection (PostgreSQL restarting, unreachable) is not unexpected: 503 with Retry-After, so
   * clients retry (orders with the same Idempotency-Key) instead of giving up.
   */
  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
    if (DatabaseFailures.isConnectionLoss(e)) {
      LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
      return Response.fromResponse(
              problem(
                  new Problem(
                      "/problems/database-unavailable",
                      "Temporarily unavailable",
                      503,
                      "The service cannot reach its database right now. Please retry shortly;"
                          + " an order retried with the same Idempotency-Key is placed at most"
                          + " once.",
                      uri.getPath(),
                      List.of())))
          .header("Retry-After", "2")
          .build();
    }
    if (DatabaseFailures.isUnstorableText(e)) {
      LOG.infof("Unstorable text refused on %s: %s", uri.getPath(), e.getMessage());
      return problem(
          new Problem(
              "/problems/invalid-request",
              "Invalid request",
              400,
              "The request holds characters that cannot be stored or searched (such as a NUL"
                  + " byte).",
              uri.getPath(),
              List.of()));
    }
    if (DatabaseFailures.isUniqueConflict(e)) {
      LOG.infof("Concurrent duplicate refused on %s: %s", uri.getPath(), e.getMessage());
      return problem(
          new Problem(
              "/problems/conflict",
              "Conflict",
              409,
              "The same thing was created by another request at the same moment. Reload and"
                  + " retry.",
              uri.getPath(),
              List.of()));
    }
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
    return problem(
        new Problem(
            "/problems/internal-error",
            "Internal error",
            500,
            "Something went wrong on our side. Error id: " + errorId,
            uri.getPath(),
            List.of()));
  }

  /** {@code lines[0].quantity} from Jackson's path of references; {@code body} for the root. */
  private static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder name = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        if (!name.isEmpty()) {
          name.append('.');
        }
        name.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        name.append('[').append(reference.getIndex()).append(']');
      }
    }
    return name.isEmpty() ? "body" : name.toString();
  }

  /** What the field should have held, in the client's terms (JSON types, enum constants). */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "has the wrong type";
    }
    if (type.isEnum()) {
      return "must be one of "
          + String.join(
              ", ",
              java.util.Arrays.stream(type.getEnumConstants())
                  .map(c -> ((Enum<?>) c).name())
                  .toList());
    }
    if (type == int.class
        || type == long.class
        || type == short.class
        || type == Integer.class
        || type == Long.class
        || type == Short.class) {
      return "must be a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "must be a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "must be true or false";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "must be a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be an array";
    }
    return "must be an object";
  }

  private static Response problem(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /**
   * The client-facing name of a violated parameter: the last node of the property path ({@code
   * search.params.priceMin} becomes {@code priceMin}); a constrained element of a repeatable
   * parameter is named by its parameter ({@code collection}, not {@code <list element>}).
   */
  private static String parameterName(ConstraintViolation<?> violation) {
    String name = "request";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null && !node.getName().startsWith("<")) {
        name = node.getName();
      }
    }
    return name;
  }
}
