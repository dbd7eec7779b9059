package kr.catalog.api.searchlog;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * Writes search-log rows and purges old ones, in plain JDBC on a pooled connection of its own: the
 * worker writes hundreds of rows in one batch insert and one commit, outside any request's
 * transaction, which an entity per row through the ORM would not.
 */
@ApplicationScoped
public class SearchLogWriter {

  private static final String INSERT =
      "INSERT INTO search_log (searched_at, query, query_key, filters, hits, corrected_to,"
          + " expanded_to, backend, latency_micros, surface, page)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Inject AgroalDataSource dataSource;

  /** Inserts the rows in one transaction. */
  void write(List<SearchLogRow> rows) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        for (SearchLogRow r : rows) {
          insert.setTimestamp(1, Timestamp.from(r.at()));
          insert.setString(2, r.query());
          insert.setString(3, r.queryKey());
          setNullable(insert, 4, r.filters());
          insert.setLong(5, r.hits());
          setNullable(insert, 6, r.correctedTo());
          setNullable(insert, 7, r.expandedTo());
          insert.setString(8, r.backend());
          insert.setInt(9, r.latencyMicros());
          insert.setString(10, r.surface());
          insert.setInt(11, r.page());
          insert.addBatch();
        }
        insert.executeBatch();
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /**
   * Deletes the rows searched before {@code cutoff}, then the oldest beyond {@code maxRows}.
   *
   * @return how many rows were deleted
   */
  long purge(Instant cutoff, long maxRows) throws SQLException {
    long deleted = 0;
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement old =
          c.prepareStatement("DELETE FROM search_log WHERE searched_at < ?")) {
        old.setTimestamp(1, Timestamp.from(cutoff));
        deleted += old.executeUpdate();
      }
      // Ids grow with time (one writer, an identity column): the oldest rows have the lowest ids.
      try (PreparedStatement excess =
          c.prepareStatement(
              "DELETE FROM search_log WHERE id <= (SELECT id FROM search_log"
                  + " ORDER BY id DESC OFFSET ? LIMIT 1)")) {
        excess.setLong(1, maxRows);
        deleted += excess.executeUpdate();
      }
    }
    return deleted;
  }

  private static void setNullable(PreparedStatement s, int index, String value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }
}
