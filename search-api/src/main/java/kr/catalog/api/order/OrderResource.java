package kr.catalog.api.order;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kr.catalog.api.rest.QueryValues;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Orders: intake (idempotent), history, one order with its timeline, lifecycle moves. */
@Path("/api/orders")
@Tag(name = "orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

  /** Header that makes a submission safe to retry. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** Set on an answer that returns the order an earlier submission created. */
  public static final String REPLAYED = "Idempotent-Replayed";

  /** Deepest page of the order history: 100,000 pages of 100 are ten million orders. */
  public static final int MAX_PAGE = 100_000;

  @Inject OrderService orders;
  @Inject SecurityIdentity identity;

  @POST
  @RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.ADMIN})
  @Operation(summary = "Place an order; 201 new, 200 when the Idempotency-Key replays one")
  public Response place(
      @Valid @NotNull OrderRequest request,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 100) String idempotencyKey) {
    return answer(orders.place(Actor.of(identity), request, idempotencyKey));
  }

  /** 201 with Location for a new order, 200 with {@value #REPLAYED} for a replayed one. */
  static Response answer(OrderService.Placement placement) {
    if (placement.replayed()) {
      return Response.ok(placement.order()).header(REPLAYED, "true").build();
    }
    return Response.created(URI.create("/api/orders/" + placement.order().id()))
        .entity(placement.order())
        .build();
  }

  @GET
  @RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Order history, newest first (customers: their company's)")
  public List<OrderView.Summary> list(
      // Numbers and the status arrive as text and are converted here: a JAX-RS conversion
      // failure of a query parameter would answer 404 without naming the parameter.
      @QueryParam("customerId") String customerId,
      @QueryParam("status") @Parameter(schema = @Schema(implementation = OrderStatus.class))
          String status,
      @QueryParam("page")
          @DefaultValue("0")
          @Pattern(regexp = "[0-9]{1,9}", message = "must be a whole number, 0 or more")
          // Bounded so that page * size (the row offset) stays an int: page=21474837&size=100
          // overflowed into a negative offset and a 500 (issue #21, point 8).
          @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
          String page,
      @QueryParam("size")
          @DefaultValue("20")
          @Pattern(regexp = "[0-9]{1,9}", message = "must be a whole number")
          @Min(value = 1, message = "must be 1 or more")
          @Max(value = 100, message = "must be at most 100")
          String size) {
    return orders.list(
        Actor.of(identity),
        QueryValues.optionalLong("customerId", customerId),
        QueryValues.optionalEnum("status", status, OrderStatus.class),
        Integer.parseInt(page),
        Integer.parseInt(size));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "One order with its lines, totals and tracking timeline")
  public OrderView get(@PathParam("id") long id) {
    return orders.get(Actor.of(identity), id);
  }

  @POST
  @Path("{id}/transitions")
  @RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.WAREHOUSE, Roles.ADMIN})
  @Operation(summary = "Move the order one lifecycle step; 409 when the move is illegal")
  public OrderView transition(@PathParam("id") long id, @Valid @NotNull TransitionRequest request) {
    return orders.transition(Actor.of(identity), id, request);
  }
}
