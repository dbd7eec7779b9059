package kr.catalog.api.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.catalog.api.refusal.Refusal;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers in OpenAPI: a {@code Problem} schema whose {@code type} lists every
 * problem type with its status, and a {@code default} problem+json response on every operation. The
 * list is built from the same table {@link ProblemMappers} answers with, so the document cannot
 * drift from what clients get.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemTypesFilter implements OASFilter {

  private static final String SCHEMA = "Problem";

  /** Problem types answered outside the refusals, with their statuses. */
  private static final Map<String, String> FIXED =
      Map.of(
          "/problems/invalid-request", "400",
          "/problems/unprocessable", "422",
          "/problems/unauthenticated", "401",
          "/problems/search-unavailable", "503 with Retry-After",
          "/problems/database-unavailable", "503 with Retry-After",
          "/problems/conflict", "409 (a concurrent duplicate)",
          "/problems/internal-error", "500 with an error id",
          "/problems/http-{status}", "what JAX-RS classified (403, 404, 405, 406, 415...)");

  /** Every problem type with its status, refusals in their declared order after the fixed ones. */
  static Map<String, String> problemTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    FIXED.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> types.put(e.getKey(), e.getValue()));
    for (Refusal refusal : Refusal.values()) {
      ProblemMappers.ProblemType type = ProblemMappers.type(refusal);
      types.put(
          "/problems/" + refusal.slug(),
          type.status() + (refusal == Refusal.TOO_MANY_ATTEMPTS ? " with Retry-After" : ""));
    }
    return types;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(SCHEMA, problemSchema());
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      if (item.getOperations() == null) {
        continue;
      }
      for (Operation operation : item.getOperations().values()) {
        if (operation.getResponses() == null) {
          operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (responses.getDefaultValue() == null) {
          responses.setDefaultValue(
              OASFactory.createAPIResponse()
                  .description("An error, as application/problem+json (RFC 9457)")
                  .content(
                      OASFactory.createContent()
                          .addMediaType(
                              Problem.MEDIA_TYPE,
                              OASFactory.createMediaType()
                                  .schema(
                                      OASFactory.createSchema()
                                          .ref("#/components/schemas/" + SCHEMA)))));
        }
      }
    }
  }

  private static Schema problemSchema() {
    List<Object> types = new ArrayList<>();
    StringBuilder table = new StringBuilder("Problem type and HTTP status:");
    problemTypes()
        .forEach(
            (type, status) -> {
              // A template names a family of types, not one value.
              if (!type.contains("{")) {
                types.add(type);
              }
              table.append(String.format(Locale.ROOT, "%n- `%s`: %s", type, status));
            });
    Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description(
            "An RFC 9457 problem detail, the body of every error answer. Problems of one type may"
                + " carry further members (unresolved-lines: `unresolved`).")
        .addProperty(
            "type",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description(table.toString())
                .enumeration(types))
        .addProperty("title", string)
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", string)
        .addProperty("instance", string)
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT)
                        .addProperty("name", string)
                        .addProperty("reason", string)))
        .addProperty(
            "unresolved",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .description("unresolved-lines only: each line naming no orderable product")
                .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)));
  }
}
