package kr.catalog.api.fulfilment.outbound;

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

/** The vehicle registry, and positions reported by a vehicle on its route. */
@Path("/api/vehicles")
@Tag(name = "outbound")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VehicleResource {

  @Inject VehicleService vehicles;
  @Inject TrackingService tracking;
  @Inject SecurityIdentity identity;

  /** A vehicle to register: Korean plates are digits and Hangul ("80바1234", "서울80바1234"). */
  public record VehicleRequest(
      @NotNull
          @Pattern(regexp = "[0-9가-힣]{4,16}", message = "must be 4-16 digits and Hangul, no spaces")
          String plate,
      @NotBlank @Size(max = 32) String kind,
      @Min(1) @Max(50_000) int capacityKg,
      @NotBlank @Size(max = 64) String partner) {}

  /** Orders a position was recorded on. */
  public record PositionRecorded(String vehicle, List<Long> orders) {}

  @GET
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Every vehicle with its load on board")
  public List<VehicleService.VehicleView> list() {
    return vehicles.all();
  }

  @POST
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Register a vehicle; 409 when the plate is registered")
  public Response register(@Valid @NotNull VehicleRequest request) {
    VehicleService.VehicleView v =
        vehicles.register(
            new VehicleService.NewVehicle(
                request.plate(), request.kind(), request.capacityKg(), request.partner()));
    return Response.status(Response.Status.CREATED).entity(v).build();
  }

  @POST
  @Path("{plate}/positions")
  @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(
      summary = "A vehicle's position: a tracking event on every order on board and on its way")
  public Response position(
      @PathParam("plate") @Size(max = 16) String plate,
      @Valid @NotNull TrackingResource.EventRequest request) {
    List<Long> orders = tracking.position(Actor.of(identity), plate, request.toEvent());
    return Response.status(Response.Status.CREATED)
        .entity(new PositionRecorded(plate, orders))
        .build();
  }
}
