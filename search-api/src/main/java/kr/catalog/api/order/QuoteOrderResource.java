package kr.catalog.api.order;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Turns a quote into an order: {@code POST /api/quotes/{id}/order}. It sits with the orders, not
 * with the quotes, because ordering reads quotes while quotes know nothing of orders; the longer
 * literal path wins over {@code /api/quotes} in JAX-RS matching.
 */
@Path("/api/quotes/{id}/order")
@Tag(name = "quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.ADMIN})
public class QuoteOrderResource {

  @Inject OrderService orders;
  @Inject SecurityIdentity identity;

  @POST
  @Operation(
      summary = "Order a valid quote at its quoted prices",
      description =
          "409 problem types: /problems/quote-expired, /problems/quote-replaced,"
              + " /problems/already-ordered.")
  public Response order(
      @PathParam("id") long id,
      @Valid @NotNull QuoteOrderRequest request,
      @HeaderParam(OrderResource.IDEMPOTENCY_KEY) @Size(min = 1, max = 100) String idempotencyKey) {
    return OrderResource.answer(
        orders.placeFromQuote(Actor.of(identity), id, request, idempotencyKey));
  }
}
