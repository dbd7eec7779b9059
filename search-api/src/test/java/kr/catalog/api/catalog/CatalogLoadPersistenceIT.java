package kr.catalog.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Panache entities round-trip through the real PostgreSQL that the test harness starts. */
@QuarkusTest
class CatalogLoadPersistenceIT {

  @Inject AgroalDataSource dataSource;

  @Test
  void testsRunOnTheHarnessPostgresql() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(connection.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(16);
    }
  }

  @Test
  void catalogLoadRoundTrips() {
    Instant loadedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Long id =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  CatalogLoad load = new CatalogLoad();
                  load.catalogVersion = "round-trip-카탈로그-v1";
                  load.backend = "round-trip";
                  load.productCount = 133_323;
                  load.loadedAt = loadedAt;
                  load.durationMs = 42;
                  load.persist();
                  return load.id;
                });

    CatalogLoad read =
        QuarkusTransaction.requiringNew().call(() -> CatalogLoad.<CatalogLoad>findById(id));
    assertThat(read.catalogVersion).isEqualTo("round-trip-카탈로그-v1");
    assertThat(read.productCount).isEqualTo(133_323);
    assertThat(read.loadedAt).isEqualTo(loadedAt);
    assertThat(QuarkusTransaction.requiringNew().call(() -> CatalogLoad.latest("round-trip")))
        .get()
        .extracting(l -> l.id)
        .isEqualTo(id);
  }

  @Test
  void startUpRecordedTheSampleCatalogLoad() {
    assertThat(QuarkusTransaction.requiringNew().call(() -> CatalogLoad.latest("lucene")))
        .hasValueSatisfying(load -> assertThat(load.productCount).isGreaterThan(100));
  }
}
