package kr.catalog.api.marketing;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.vocabulary.Vocabulary;
import kr.catalog.search.vocabulary.VocabularyEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The trade's vocabulary that searches expand with: synonyms, shop-floor words, loanword spellings
 * and maker-name variants, one-way or two-way. Marketing and admins only; every change is audited
 * ({@code /api/marketing/audit?entityType=VOCABULARY}) and applies to the next search.
 */
@Path("/api/marketing/vocabulary")
@Tag(name = "marketing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MARKETING, Roles.ADMIN})
public class VocabularyResource {

  @Inject VocabularyService vocabulary;
  @Inject SearchBackend backend;
  @Inject SecurityIdentity identity;

  @GET
  @Operation(summary = "Vocabulary entries, newest first; filtered by a term, kind or category")
  public List<VocabularyView> list(
      @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("kind")
          @Pattern(
              regexp = "SYNONYM|SHOP_FLOOR|LOANWORD|MAKER",
              message = "must be SYNONYM, SHOP_FLOOR, LOANWORD or MAKER")
          String kind,
      @QueryParam("category") @Size(max = 64) String category,
      // Numbers arrive as text and are checked here, so a refusal names the parameter.
      @QueryParam("page")
          @DefaultValue("1")
          @Pattern(regexp = "[0-9]{1,4}", message = "must be a whole number from 1 to 1000")
          @Min(value = 1, message = "must be a whole number from 1 to 1000")
          @Max(value = 1000, message = "must be a whole number from 1 to 1000")
          String page,
      @QueryParam("size")
          @DefaultValue("100")
          @Pattern(regexp = "[0-9]{1,4}", message = "must be a whole number from 1 to 1000")
          @Min(value = 1, message = "must be a whole number from 1 to 1000")
          @Max(value = 1000, message = "must be a whole number from 1 to 1000")
          String size) {
    return vocabulary.list(
        q,
        kind == null ? null : VocabularyEntry.Kind.valueOf(kind),
        category == null || category.isBlank() ? null : category.strip(),
        Integer.parseInt(page) - 1,
        Integer.parseInt(size));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One vocabulary entry")
  public VocabularyView get(@PathParam("id") long id) {
    return vocabulary.get(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a vocabulary entry",
      description =
          "TWO_WAY: every term finds the products of the others; ONE_WAY: the first term finds"
              + " the products of the others, not the reverse. Applies to the next search.")
  public Response create(@Valid @NotNull VocabularyRequest request) {
    VocabularyView created = vocabulary.create(Actor.of(identity), request);
    return Response.created(URI.create("/api/marketing/vocabulary/" + created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace a vocabulary entry")
  public VocabularyView update(
      @PathParam("id") long id, @Valid @NotNull VocabularyRequest request) {
    return vocabulary.update(Actor.of(identity), id, request);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a vocabulary entry")
  public Response delete(@PathParam("id") long id) {
    vocabulary.delete(Actor.of(identity), id);
    return Response.noContent().build();
  }

  /**
   * How a query is expanded now.
   *
   * @param query the query as typed
   * @param runs each run of typed words that is a vocabulary term, with what it also finds
   */
  public record Expansion(String query, List<Run> runs) {}

  /** A run of typed words and the terms it also finds. */
  public record Run(String typed, List<String> alternatives) {}

  @GET
  @Path("expand")
  @Operation(summary = "Which words of a query the vocabulary expands, and to what, right now")
  public Expansion expand(@QueryParam("q") @NotBlank @Size(max = 200) String q) {
    List<String> words = List.of(q.strip().split("\\s+"));
    Vocabulary v = backend.vocabulary();
    List<Run> runs =
        v.matches(words).stream()
            .map(
                m -> new Run(String.join(" ", words.subList(m.start(), m.end())), m.alternatives()))
            .toList();
    return new Expansion(q, runs);
  }
}
