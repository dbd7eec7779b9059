package kr.catalog.api.marketing;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.search.SearchParams;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Marketing's workbench: every collection whatever its status, merchandising rules, the audit trail
 * of both, and "why is this product here" for any search. Marketing and admins only.
 */
@Path("/api/marketing")
@Tag(name = "marketing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MARKETING, Roles.ADMIN})
public class MarketingResource {

  @Inject CollectionService collections;
  @Inject MerchandisingService rules;
  @Inject AuditTrail audit;
  @Inject Explainer explainer;
  @Inject SecurityIdentity identity;

  @GET
  @Path("collections")
  @Operation(summary = "Every collection: scheduled, active and ended, latest start first")
  public List<CollectionView> allCollections() {
    return collections.all();
  }

  @GET
  @Path("collections/{slug}")
  @Operation(summary = "One collection, whatever its status")
  public CollectionView collection(@PathParam("slug") String slug) {
    return collections.get(slug);
  }

  @GET
  @Path("rules")
  @Operation(summary = "Every merchandising rule, newest first")
  public List<RuleView> allRules() {
    return rules.all();
  }

  @GET
  @Path("rules/{id}")
  @Operation(summary = "One merchandising rule")
  public RuleView rule(@PathParam("id") long id) {
    return rules.get(id);
  }

  @POST
  @Path("rules")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a merchandising rule",
      description =
          "For a query and/or a category: PIN a product at a position, BOOST or BURY it by a"
              + " factor, or HIDE it, between startsAt (inclusive) and endsAt (exclusive).")
  public Response createRule(@Valid @NotNull RuleRequest request) {
    RuleView created = rules.create(Actor.of(identity), request);
    return Response.created(URI.create("/api/marketing/rules/" + created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("rules/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace a merchandising rule")
  public RuleView updateRule(@PathParam("id") long id, @Valid @NotNull RuleRequest request) {
    return rules.update(Actor.of(identity), id, request);
  }

  @DELETE
  @Path("rules/{id}")
  @Operation(summary = "Delete a merchandising rule")
  public Response deleteRule(@PathParam("id") long id) {
    rules.delete(Actor.of(identity), id);
    return Response.noContent().build();
  }

  @GET
  @Path("audit")
  @Operation(
      summary =
          "Changes to collections, rules and vocabulary, newest first: who, when, before, after")
  public List<AuditTrail.Entry> audit(
      @QueryParam("entityType")
          @Pattern(
              regexp = "COLLECTION|RULE|VOCABULARY",
              message = "must be COLLECTION, RULE or VOCABULARY")
          String entityType,
      @QueryParam("entityId") @Pattern(regexp = "[0-9]{1,18}", message = "must be an id")
          String entityId,
      // Numbers arrive as text and are checked here, so a refusal names the parameter.
      @QueryParam("page")
          @DefaultValue("1")
          @Pattern(regexp = "[0-9]{1,4}", message = "must be a whole number from 1 to 1000")
          @Min(value = 1, message = "must be a whole number from 1 to 1000")
          @Max(value = 1000, message = "must be a whole number from 1 to 1000")
          String page,
      @QueryParam("size")
          @DefaultValue("50")
          @Pattern(regexp = "[0-9]{1,3}", message = "must be a whole number from 1 to 200")
          @Min(value = 1, message = "must be a whole number from 1 to 200")
          @Max(value = 200, message = "must be a whole number from 1 to 200")
          String size) {
    return audit.list(
        entityType == null ? null : CurationAudit.EntityType.valueOf(entityType),
        entityId == null ? null : Long.valueOf(entityId),
        Integer.parseInt(page) - 1,
        Integer.parseInt(size));
  }

  @GET
  @Path("explain")
  @Operation(
      summary = "Why is each product here: a search with its rules, collections and ranks",
      description =
          "Takes the parameters of /api/search (paging by page number). Each hit names the rule"
              + " that pinned, boosted or buried it, its active collections, and its rank and"
              + " score without merchandising.")
  public Explanation explain(@Valid @BeanParam SearchParams params) {
    if (params.cursor != null && !params.cursor.isBlank()) {
      throw new InvalidParameterException("cursor", "explanations page by number, not by cursor");
    }
    return explainer.explain(params);
  }
}
