package kr.catalog.api.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Says in the OpenAPI document how each operation is called: the two ways to present a session (the
 * {@code bearer} token, or the UI's {@code session} cookie), the roles an operation needs, an
 * explicit empty requirement on public operations, and the problem+json answers every operation can
 * give (400 for its parameters or body, 401 and 403 when it needs a caller, 404 for a path naming
 * something; business refusals such as 409 and 422 stay under {@code default}, whose Problem schema
 * lists every type, unless a resource declares them with {@code @APIResponse}). Quarkus adds the
 * bearer requirement with the roles of {@code @RolesAllowed} / {@code Authenticated} ({@code
 * quarkus.smallrye-openapi.security-scheme} in application.properties); this filter runs after it
 * (RunStage.BUILD filters run last) and derives the rest, so a new endpoint needs no OpenAPI
 * annotation to pass {@code redocly lint} (docs/SECURITY.md).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OperationContractFilter implements OASFilter {

  /** The bearer scheme's name (quarkus.smallrye-openapi.security-scheme-name). */
  static final String BEARER = "bearer";

  /** The cookie scheme: the session cookie the log-in sets for the UI. */
  static final String SESSION = "session";

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI
        .getComponents()
        .addSecurityScheme(
            SESSION,
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE)
                .name("catalog_session")
                .description(
                    "The session cookie POST /api/auth/login sets (HttpOnly, SameSite=Strict, Secure"
                        + " in production): the same token as the bearer one, for the web UI."));
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (item.getOperations() == null) {
                return;
              }
              item.getOperations().forEach((method, operation) -> describe(path, item, operation));
            });
  }

  private static void describe(String path, PathItem item, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    if (secured) {
      // The cookie is an alternative to the bearer token with the same roles.
      List<SecurityRequirement> alternatives = new ArrayList<>(operation.getSecurity());
      for (SecurityRequirement requirement : operation.getSecurity()) {
        Map<String, List<String>> schemes = requirement.getSchemes();
        if (schemes != null
            && schemes.containsKey(BEARER)
            && !schemes.containsKey(SESSION)
            && alternatives.stream()
                .noneMatch(r -> r.getSchemes() != null && r.getSchemes().containsKey(SESSION))) {
          alternatives.add(
              OASFactory.createSecurityRequirement().addScheme(SESSION, schemes.get(BEARER)));
        }
      }
      operation.setSecurity(alternatives);
      problem(responses, "401", "No session, or an expired one");
      problem(responses, "403", "The session's role may not do this");
    } else {
      // Public: said explicitly, so a missing requirement always means a mistake.
      operation.setSecurity(new ArrayList<>());
    }
    boolean hasParameters =
        (operation.getParameters() != null && !operation.getParameters().isEmpty())
            || (item.getParameters() != null && !item.getParameters().isEmpty())
            || operation.getRequestBody() != null;
    if (hasParameters) {
      problem(responses, "400", "An invalid parameter or body; the problem names it");
    }
    if (path.contains("{")) {
      problem(responses, "404", "Nothing by that name or number (or not yours)");
    }
  }

  private static void problem(APIResponses responses, String status, String description) {
    APIResponse existing = responses.getAPIResponse(status);
    if (existing != null && existing.getContent() != null) {
      return;
    }
    responses.addAPIResponse(
        status,
        OASFactory.createAPIResponse()
            .description(
                existing != null && existing.getDescription() != null
                    ? existing.getDescription()
                    : description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
  }
}
