package kr.catalog.api.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
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

  /** A parameter that conflicts with another: 400 naming it. */
  @ServerExceptionMapper
  public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
    return problem(
        new Problem(
            "/problems/invalid-request",
            "Invalid request",
            400,
            "Invalid value for: " + e.parameter(),
            uri.getPath(),
            List.of(new Problem.InvalidParam(e.parameter(), e.getMessage()))));
  }

  /** Fields naming things that do not exist (unknown product codes, categories): 422. */
  @ServerExceptionMapper
  public Response unprocessable(UnprocessableException e, UriInfo uri) {
    return problem(
        new Problem(
            "/problems/unprocessable",
            "Unprocessable request",
            422,
            e.getMessage(),
            uri.getPath(),
            e.errors()));
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

  /** Quote or order lines naming no orderable product: 422 listing each with suggestions. */
  @ServerExceptionMapper
  public Response unresolvedLines(kr.catalog.api.quote.UnresolvedLinesException e, UriInfo uri) {
    return Response.status(422)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new kr.catalog.api.quote.UnresolvedLinesProblem(
                "/problems/unresolved-lines",
                "Unknown product codes",
                422,
                e.lines().size()
                    + " line(s) name no orderable product; nothing was created. Correct them and"
                    + " send again.",
                uri.getPath(),
                e.lines()))
        .build();
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
    if (e instanceof ApiException api) {
      detail = api.getMessage();
    }
    return problem(
        new Problem(
            "/problems/http-" + status.getStatusCode(),
            status.getReasonPhrase(),
            status.getStatusCode(),
            detail,
            uri.getPath(),
            List.of()));
  }

  /** Anything unexpected: 500 with an id to find the logged cause, and nothing else. */
  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
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
