package kr.catalog.api.fulfilment.outbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Loading: packages scanned onto vehicles, and what is loaded against what is expected. */
@Path("/api/orders/{id}/loading")
@Tag(name = "outbound")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoadingResource {

  @Inject LoadingService loading;
  @Inject SecurityIdentity identity;

  /** A scan: the package number as printed on its label, onto the vehicle with this plate. */
  public record ScanRequest(
      @NotBlank @Size(max = 16) String vehicle,
      // "package" is a Java keyword: the JSON name is kept, the component named otherwise.
      @JsonProperty("package") @NotBlank @Size(max = 24) String packageNo) {}

  @GET
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "The order's packages and the vehicle each is loaded on")
  public LoadingService.LoadingView get(@PathParam("id") long id) {
    return loading.loading(Actor.of(identity), id);
  }

  @POST
  @Path("scans")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Scan a package onto a vehicle (DELIVERY_CLASSIFIED); 409 over capacity")
  public LoadingService.LoadingView scan(
      @PathParam("id") long id, @Valid @NotNull ScanRequest request) {
    return loading.scan(Actor.of(identity), id, request.vehicle(), request.packageNo());
  }
}
