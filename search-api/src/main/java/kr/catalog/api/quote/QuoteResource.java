package kr.catalog.api.quote;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quotes: make, revise, read, print (ordering one: {@code order.QuoteOrderResource}). Customers see
 * their own company's only.
 */
@Path("/api/quotes")
@Tag(name = "quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.ADMIN})
public class QuoteResource {

  @Inject QuoteService quotes;
  @Inject QuotePdf pdf;
  @Inject SecurityIdentity identity;

  @POST
  @Operation(
      summary = "Quote a cart, a pasted 'code quantity' list or CSV; 422 lists unknown codes")
  public Response create(@Valid @NotNull QuoteRequest request) {
    QuoteView quote = quotes.create(Actor.of(identity), request);
    return Response.created(URI.create("/api/quotes/" + quote.id())).entity(quote).build();
  }

  @GET
  @Operation(summary = "Quotes, newest first (customers: their company's)")
  public List<QuoteView> list(@QueryParam("customerId") String customerId) {
    return quotes.list(Actor.of(identity), QueryValues.optionalLong("customerId", customerId));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One quote version with every pricing step per line")
  public QuoteView get(@PathParam("id") long id) {
    return quotes.get(Actor.of(identity), id);
  }

  @POST
  @Path("{id}/revisions")
  @Operation(summary = "A new version of an open quote; the old one is superseded")
  public Response revise(@PathParam("id") long id, @Valid @NotNull QuoteRequest request) {
    QuoteView quote = quotes.revise(Actor.of(identity), id, request);
    return Response.created(URI.create("/api/quotes/" + quote.id())).entity(quote).build();
  }

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The printable, faxable quote sheet")
  public Response pdf(@PathParam("id") long id) {
    QuotePdf.Sheet sheet = pdf.render(Actor.of(identity), id);
    return Response.ok(sheet.bytes(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + sheet.fileName() + "\"")
        .build();
  }
}
