package kr.catalog.api.searchlog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import kr.catalog.api.refusal.InvalidParameterException;

/**
 * The period and page of a search-log report: {@code from} and {@code to} are days of the business
 * time zone, both included (by default the last 7 days up to today).
 */
public class SearchLogParams {

  /** Most days one report spans (the log keeps 90 by default). */
  public static final int MAX_DAYS = 366;

  /** Days a report spans when {@code from} is not given. */
  public static final int DEFAULT_DAYS = 7;

  private static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

  @QueryParam("from")
  @Pattern(regexp = DATE, message = "must be a date, YYYY-MM-DD")
  public String from;

  @QueryParam("to")
  @Pattern(regexp = DATE, message = "must be a date, YYYY-MM-DD")
  public String to;

  // Numbers arrive as text and are checked here, so a refusal names the parameter.
  @QueryParam("page")
  @DefaultValue("1")
  @Pattern(regexp = "[0-9]{1,4}", message = "must be a whole number from 1 to 1000")
  @Min(value = 1, message = "must be a whole number from 1 to 1000")
  @Max(value = 1000, message = "must be a whole number from 1 to 1000")
  public String page;

  @QueryParam("size")
  @DefaultValue("50")
  @Pattern(regexp = "[0-9]{1,3}", message = "must be a whole number from 1 to 200")
  @Min(value = 1, message = "must be a whole number from 1 to 200")
  @Max(value = 200, message = "must be a whole number from 1 to 200")
  public String size;

  /**
   * The period as instants, {@code [first day's start, day after the last's start)}.
   *
   * @param from first day
   * @param to last day
   * @param start the first instant of the period
   * @param end the first instant after it
   */
  public record Period(LocalDate from, LocalDate to, Instant start, Instant end) {}

  /** The period asked for, checked: real dates, {@code from <= to}, at most {@link #MAX_DAYS}. */
  public Period period(Clock clock, ZoneId zone) {
    LocalDate last = to == null ? LocalDate.now(clock.withZone(zone)) : date("to", to);
    LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : date("from", from);
    if (first.isAfter(last)) {
      throw new InvalidParameterException("from", "must not be after to (" + last + ")");
    }
    if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
      throw new InvalidParameterException(
          "from", "the period spans more than " + MAX_DAYS + " days; choose a shorter one");
    }
    return new Period(
        first,
        last,
        first.atStartOfDay(zone).toInstant(),
        last.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** The 1-based page, once validated. */
  public int page() {
    return Integer.parseInt(page);
  }

  /** Rows per page, once validated. */
  public int size() {
    return Integer.parseInt(size);
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw new InvalidParameterException(name, "is not a date of the calendar: " + value);
    }
  }
}
