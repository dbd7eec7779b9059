package kr.catalog.api.searchlog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What people searched for (issue #19, point 4), for marketing and admins: the most frequent
 * queries of a period, those that found nothing and those a typo correction ran for, each a
 * candidate for a vocabulary entry ({@code /api/marketing/vocabulary}). The log keeps no user
 * identity.
 */
@Path("/api/marketing/search-log")
@Tag(name = "marketing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MARKETING, Roles.ADMIN})
public class SearchLogResource {

  @Inject SearchLogReports reports;
  @Inject SearchLog log;
  @Inject CommerceConfig commerce;
  @Inject Clock clock;

  /**
   * A page of a report.
   *
   * @param from first day of the period (business time zone)
   * @param to last day of the period, included
   * @param page the page answered (1-based)
   * @param size rows per page
   * @param hasMore whether a next page has rows
   * @param queries the rows, most searches first
   */
  public record Report(
      LocalDate from,
      LocalDate to,
      int page,
      int size,
      boolean hasMore,
      List<SearchLogReports.QueryCount> queries) {}

  /**
   * The totals of a period and the state of the recorder.
   *
   * @param from first day
   * @param to last day, included
   * @param totals the period's counts and latencies
   * @param queued searches waiting to be written now
   * @param dropped searches not recorded since this instance started (queue full, write failed)
   */
  public record Summary(
      LocalDate from, LocalDate to, SearchLogReports.Totals totals, int queued, long dropped) {}

  @GET
  @Operation(summary = "Totals of the search log for a period, and searches not recorded")
  public Summary summary(@Valid @BeanParam SearchLogParams params) {
    SearchLogParams.Period p = params.period(clock, commerce.zone());
    return new Summary(
        p.from(), p.to(), reports.totals(p.start(), p.end()), log.queued(), log.dropped());
  }

  @GET
  @Path("top")
  @Operation(summary = "The most frequent queries of a period")
  public Report top(@Valid @BeanParam SearchLogParams params) {
    return report(SearchLogReports.Kind.TOP, params);
  }

  @GET
  @Path("zero-results")
  @Operation(summary = "The queries of a period that found nothing, most frequent first")
  public Report zeroResults(@Valid @BeanParam SearchLogParams params) {
    return report(SearchLogReports.Kind.ZERO_RESULTS, params);
  }

  @GET
  @Path("corrected")
  @Operation(summary = "The queries of a period a typo correction ran for, with the correction")
  public Report corrected(@Valid @BeanParam SearchLogParams params) {
    return report(SearchLogReports.Kind.CORRECTED, params);
  }

  private Report report(SearchLogReports.Kind kind, SearchLogParams params) {
    SearchLogParams.Period p = params.period(clock, commerce.zone());
    int size = params.size();
    // One row more than asked tells whether there is a next page without counting every group.
    List<SearchLogReports.QueryCount> rows =
        reports.report(kind, p.start(), p.end(), (params.page() - 1) * size, size + 1);
    boolean hasMore = rows.size() > size;
    return new Report(
        p.from(),
        p.to(),
        params.page(),
        size,
        hasMore,
        hasMore ? List.copyOf(rows.subList(0, size)) : rows);
  }
}
