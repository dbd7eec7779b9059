package kr.catalog.api.publication;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import kr.catalog.api.catalog.CatalogPublication;
import kr.catalog.api.catalog.CatalogPublisher;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Publishing a catalog version written by catalog-ingest to the running platform (admins): every
 * instance serves it within seconds, searches keep answering meanwhile, and a refused one leaves
 * the served version as it was.
 */
@Path("/api/admin/catalog/publications")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class CatalogPublicationResource {

  @Inject CatalogPublisher publisher;
  @Inject CatalogView view;
  @Inject SecurityIdentity identity;

  /**
   * A catalog to publish.
   *
   * @param location the catalog directory catalog-ingest wrote ({@code out/catalog}; its media in
   *     {@code media} beside it), as a path on the API's machine
   * @param checksum the checksum it must have ({@code sha256:} and 64 hex digits, printed by {@code
   *     catalog-ingest publish}); optional
   */
  public record PublishRequest(
      @NotBlank @Size(max = 1000) String location,
      @Pattern(regexp = "sha256:[0-9a-f]{64}") String checksum) {}

  /** One publication as administrators see it. */
  public record PublicationView(
      long id,
      String catalogVersion,
      String fromVersion,
      String location,
      String checksum,
      String publishedBy,
      Instant requestedAt,
      Instant finishedAt,
      CatalogPublication.State state,
      CatalogPublication.Mode mode,
      Integer productsWritten,
      Integer productsRemoved,
      Long durationMs,
      String error) {
    static PublicationView of(CatalogPublication p) {
      return new PublicationView(
          p.id,
          p.catalogVersion,
          p.fromVersion,
          p.location,
          p.checksum,
          p.publishedBy,
          p.requestedAt,
          p.finishedAt,
          p.state,
          p.mode,
          p.productsWritten,
          p.productsRemoved,
          p.durationMs,
          p.error);
    }
  }

  /** The latest publications and the version this instance serves. */
  public record Publications(String servedVersion, List<PublicationView> publications) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Publish a catalog version written by catalog-ingest to the running platform (admins)")
  public Response publish(@Valid @jakarta.validation.constraints.NotNull PublishRequest request) {
    CatalogPublication p =
        publisher.publish(Actor.of(identity).username(), request.location(), request.checksum());
    return Response.status(Response.Status.CREATED).entity(PublicationView.of(p)).build();
  }

  @GET
  @Operation(summary = "The latest catalog publications, newest first (admins)")
  public Publications list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
    List<PublicationView> views =
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
            .call(
                () -> CatalogPublication.latest(limit).stream().map(PublicationView::of).toList());
    return new Publications(view.version(), views);
  }
}
