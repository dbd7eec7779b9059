package kr.catalog.api.history;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.quote.QuotePdf;
import kr.catalog.api.rest.QueryValues;
import kr.catalog.api.security.Actor;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The transaction statement of a customer company: its orders and quotes over whole months with
 * net, VAT and gross totals per month, as JSON, CSV (for a spreadsheet) or PDF (to print or file).
 * Customers get their own company's; counsellors and admins name the company.
 */
@Path("/api/statements")
@Tag(name = "history")
@RolesAllowed({Roles.CUSTOMER, Roles.COUNSELLOR, Roles.ADMIN})
public class StatementResource {

  private static final String CSV = "text/csv; charset=UTF-8";

  @Inject StatementService statements;
  @Inject CommerceConfig config;
  @Inject SecurityIdentity identity;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Orders and quotes over whole months, with monthly net, VAT and gross")
  public Statement get(
      @QueryParam("customerId") @Parameter(description = "staff: the company") String customerId,
      @QueryParam("from") @Parameter(description = "first month, YYYY-MM") String from,
      @QueryParam("to") @Parameter(description = "last month, YYYY-MM") String to) {
    return statement(customerId, from, to);
  }

  @GET
  @Path("csv")
  @Produces(CSV)
  @Operation(summary = "The statement as CSV (UTF-8 with BOM), one row per order, quote, month")
  public Response csv(
      @QueryParam("customerId") String customerId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Statement s = statement(customerId, from, to);
    return Response.ok(StatementCsv.render(s), CSV)
        .header("Content-Disposition", "attachment; filename=\"" + fileName(s, "csv") + "\"")
        .build();
  }

  @GET
  @Path("pdf")
  @Produces("application/pdf")
  @Operation(summary = "The statement as a printable PDF")
  public Response pdf(
      @QueryParam("customerId") String customerId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Statement s = statement(customerId, from, to);
    return Response.ok(
            StatementPdf.render(s, config.pdfFont(), QuotePdf.SUPPLIER), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + fileName(s, "pdf") + "\"")
        .build();
  }

  private Statement statement(String customerId, String from, String to) {
    return statements.statement(
        Actor.of(identity), QueryValues.optionalLong("customerId", customerId), from, to);
  }

  private static String fileName(Statement s, String extension) {
    return "statement-" + s.customer().id() + "-" + s.from() + "-" + s.to() + "." + extension;
  }
}
