package kr.catalog.api.searchlog;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.vocabulary.Vocabulary;

/**
 * Marketing's reports over the search log for a period: the most frequent queries, those that found
 * nothing, and those a typo correction ran for. Queries are grouped by their key form (case, width
 * and spacing ignored, as the vocabulary compares terms), each shown as it was last typed.
 */
@ApplicationScoped
public class SearchLogReports {

  /** Which searches a report counts. */
  public enum Kind {
    /** Every search with a text. */
    TOP("", "query_key"),
    /** Searches that found nothing. */
    ZERO_RESULTS(" AND hits = 0", "query_key"),
    /** Searches a typo correction ran for, by typed query and correction. */
    CORRECTED(" AND corrected_to IS NOT NULL", "query_key, corrected_to");

    private final String where;
    private final String groupBy;

    Kind(String where, String groupBy) {
      this.where = where;
      this.groupBy = groupBy;
    }
  }

  @Inject AgroalDataSource dataSource;
  @Inject SearchBackend backend;

  /**
   * One query of a report.
   *
   * @param query the query as last typed in the period
   * @param searches how many searches of the period counted
   * @param zeroResults how many of them found nothing
   * @param averageHits their average total, rounded
   * @param correctedTo the correction that ran (corrected report), else the last one if any
   * @param expandedTo the vocabulary runs of its last search, null when none
   * @param lastSearchedAt when it was last searched in the period
   * @param inVocabulary whether the vocabulary has it as a term now (a dictionary entry was made)
   */
  public record QueryCount(
      String query,
      long searches,
      long zeroResults,
      long averageHits,
      String correctedTo,
      String expandedTo,
      Instant lastSearchedAt,
      boolean inVocabulary) {}

  /**
   * Totals of a period.
   *
   * @param searches every search recorded, browsing by filters included
   * @param withText those with a query text
   * @param zeroResults those with a text that found nothing
   * @param corrected those a typo correction ran for
   * @param expanded those the vocabulary expanded
   * @param medianLatencyMillis median time to answer, in milliseconds
   * @param p99LatencyMillis 99th percentile time to answer, in milliseconds
   */
  public record Totals(
      long searches,
      long withText,
      long zeroResults,
      long corrected,
      long expanded,
      double medianLatencyMillis,
      double p99LatencyMillis) {}

  /** Rows {@code offset..offset+limit} of a report over {@code [from, to)}, most searches first. */
  public List<QueryCount> report(Kind kind, Instant from, Instant to, int offset, int limit) {
    String sql =
        "SELECT (array_agg(query ORDER BY searched_at DESC, id DESC))[1] AS query,"
            + " count(*) AS searches, count(*) FILTER (WHERE hits = 0) AS zero,"
            + " round(avg(hits)) AS average_hits,"
            + " (array_agg(corrected_to ORDER BY searched_at DESC, id DESC))[1] AS corrected_to,"
            + " (array_agg(expanded_to ORDER BY searched_at DESC, id DESC))[1] AS expanded_to,"
            + " max(searched_at) AS last_at"
            + " FROM search_log WHERE searched_at >= ? AND searched_at < ? AND query_key <> ''"
            + kind.where
            + " GROUP BY "
            + kind.groupBy
            + " ORDER BY searches DESC, max(searched_at) DESC, query_key"
            + " OFFSET ? LIMIT ?";
    Vocabulary vocabulary = backend.vocabulary();
    List<QueryCount> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setTimestamp(1, Timestamp.from(from));
      s.setTimestamp(2, Timestamp.from(to));
      s.setInt(3, offset);
      s.setInt(4, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String query = r.getString("query");
          rows.add(
              new QueryCount(
                  query,
                  r.getLong("searches"),
                  r.getLong("zero"),
                  r.getLong("average_hits"),
                  r.getString("corrected_to"),
                  r.getString("expanded_to"),
                  r.getTimestamp("last_at").toInstant(),
                  !vocabulary.alternativesOf(query).isEmpty()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("search log report failed", e);
    }
    return rows;
  }

  /** The totals of {@code [from, to)}. */
  public Totals totals(Instant from, Instant to) {
    String sql =
        "SELECT count(*) AS searches, count(*) FILTER (WHERE query_key <> '') AS with_text,"
            + " count(*) FILTER (WHERE query_key <> '' AND hits = 0) AS zero,"
            + " count(corrected_to) AS corrected, count(expanded_to) AS expanded,"
            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_micros) AS p50,"
            + " percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_micros) AS p99"
            + " FROM search_log WHERE searched_at >= ? AND searched_at < ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setTimestamp(1, Timestamp.from(from));
      s.setTimestamp(2, Timestamp.from(to));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return new Totals(
            r.getLong("searches"),
            r.getLong("with_text"),
            r.getLong("zero"),
            r.getLong("corrected"),
            r.getLong("expanded"),
            r.getDouble("p50") / 1_000,
            r.getDouble("p99") / 1_000);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("search log totals failed", e);
    }
  }
}
