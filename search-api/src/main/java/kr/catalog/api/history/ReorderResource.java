package kr.catalog.api.history;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reordering: a past order's or quote's lines at today's prices, to fill the cart with, naming what
 * changed. Read-only: the order is placed from the cart as usual. (Its own path rather than under
 * {@code /api/orders}: the order and quote packages stay free of the history package.)
 */
@Path("/api/reorders")
@Tag(name = "history")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.ADMIN})
public class ReorderResource {

  @Inject ReorderService reorders;
  @Inject SecurityIdentity identity;

  @GET
  @Path("orders/{id}")
  @Operation(summary = "An order's lines at today's prices, with each change named")
  public Reorder ofOrder(@PathParam("id") long id) {
    return reorders.ofOrder(Actor.of(identity), id);
  }

  @GET
  @Path("quotes/{id}")
  @Operation(summary = "A quote's lines at today's prices, with each change named")
  public Reorder ofQuote(@PathParam("id") long id) {
    return reorders.ofQuote(Actor.of(identity), id);
  }
}
