package kr.catalog.api.fulfilment.outbound;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Packing: an order's packages, packing and removing one, and each package's label PDF. */
@Path("/api/orders/{id}/packages")
@Tag(name = "outbound")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PackageResource {

  @Inject PackingService packing;
  @Inject SecurityIdentity identity;

  /** Units of one order line to put in the package. */
  public record UnitsRequest(@Min(1) int lineNo, @Min(1) @Max(1_000_000) int quantity) {}

  /**
   * A package to pack: its lines, a named box size or its dimensions, and optionally its weight.
   */
  public record PackageRequest(
      @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull UnitsRequest> lines,
      BoxSize boxSize,
      @Min(1) @Max(5000) Integer lengthMm,
      @Min(1) @Max(5000) Integer widthMm,
      @Min(1) @Max(5000) Integer heightMm,
      @DecimalMin(value = "0.001") @DecimalMax(value = "50000") Double measuredWeightKg) {}

  @GET
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "The order's packages and, per line, the units to ship and packed")
  public PackingView list(@PathParam("id") long id) {
    return packing.packing(Actor.of(identity), id);
  }

  @POST
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Pack a package (PACKING); 409 beyond the units to ship")
  public Response pack(@PathParam("id") long id, @Valid @NotNull PackageRequest request) {
    PackingView view =
        packing.pack(
            Actor.of(identity),
            id,
            new PackingService.NewPackage(
                request.lines().stream()
                    .map(u -> new PackingService.Units(u.lineNo(), u.quantity()))
                    .toList(),
                request.boxSize(),
                request.lengthMm(),
                request.widthMm(),
                request.heightMm(),
                request.measuredWeightKg()));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @DELETE
  @Path("{no}")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Remove a package while the order is still PACKING")
  public PackingView remove(
      @PathParam("id") long id, @PathParam("no") @Size(max = 24) String packageNo) {
    return packing.remove(Actor.of(identity), id, packageNo);
  }

  @GET
  @Path("{no}/label.pdf")
  @Produces("application/pdf")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "The package's A6 label with its Code 128 barcode")
  public Response label(
      @PathParam("id") long id, @PathParam("no") @Size(max = 24) String packageNo) {
    return Response.ok(packing.label(Actor.of(identity), id, packageNo), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"label-" + packageNo + ".pdf\"")
        .build();
  }
}
