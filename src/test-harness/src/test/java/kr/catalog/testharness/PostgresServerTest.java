package kr.catalog.testharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 200, unit = TimeUnit.SECONDS)
class PostgresServerTest {

  private static final String DRILL = "전동드릴 보쉬 GSB 13RE";
  private static final String IMPACT = "마끼다 충전 임팩트 드라이버 (18V)";

  private static Connection connect() throws SQLException {
    PostgresServer postgres = TestServers.postgres();
    return DriverManager.getConnection(
        postgres.jdbcUrl(), postgres.username(), postgres.password());
  }

  @Test
  void acceptsConnectionsAndReportsVersion18() throws Exception {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("SELECT version()")) {
      assertThat(version.next()).isTrue();

      assertThat(version.getString(1)).startsWith("PostgreSQL 18.");
      assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(18);
      assertThat(connection.getCatalog()).isEqualTo(PostgresServer.DATABASE);
    }
  }

  @Test
  void storesAndReadsBackKoreanText() throws Exception {
    List<String> names = new ArrayList<>();
    List<Integer> characters = new ArrayList<>();
    List<Integer> bytes = new ArrayList<>();
    try (Connection connection = connect()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("DROP TABLE IF EXISTS harness_product");
        statement.execute("CREATE TABLE harness_product (id int PRIMARY KEY, name text NOT NULL)");
      }
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO harness_product VALUES (?, ?)")) {
        insert.setInt(1, 1);
        insert.setString(2, DRILL);
        insert.executeUpdate();
        insert.setInt(1, 2);
        insert.setString(2, IMPACT);
        insert.executeUpdate();
      }
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT name, length(name), octet_length(name) FROM harness_product ORDER BY id")) {
        while (rows.next()) {
          names.add(rows.getString(1));
          characters.add(rows.getInt(2));
          bytes.add(rows.getInt(3));
        }
      }
      try (Statement statement = connection.createStatement();
          ResultSet encoding = statement.executeQuery("SHOW server_encoding")) {
        encoding.next();
        assertThat(encoding.getString(1)).isEqualTo("UTF8");
      }
    }

    assertThat(names).containsExactly(DRILL, IMPACT);
    // The server counts characters, not bytes: the text is stored as UTF-8, not mangled.
    assertThat(characters).containsExactly(DRILL.length(), IMPACT.length());
    assertThat(bytes)
        .containsExactly(
            DRILL.getBytes(StandardCharsets.UTF_8).length,
            IMPACT.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void unpackedBinariesKeepTheirSymlinksAndModes() {
    TestServers.postgres();
    Path lib = TestServers.serversDir().resolve("dist/postgres/lib");

    assertThat(lib.resolve("libpq.so")).isSymbolicLink();
    assertThat(lib.resolve("libpq.so")).isRegularFile(); // the link resolves
    assertThat(Files.isExecutable(lib.resolveSibling("bin").resolve("postgres"))).isTrue();
  }
}
