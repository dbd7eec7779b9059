/**
 * Real Elasticsearch and PostgreSQL servers for the tests of every module: no mocks, no Docker.
 *
 * <p>{@link kr.catalog.testharness.TestServers} is the entry point. On first use in a test JVM it
 * finds the server distributions that Maven resolved (the Elasticsearch integ-test zip and the
 * zonky PostgreSQL binaries), unpacks them once under the module's {@code
 * target/test-servers/dist}, and starts the requested server with free ports and fresh data
 * directories under {@code target/test-servers}. Every later caller in the same JVM, even from
 * another class loader (Quarkus loads a copy of this package per test profile), gets the same
 * server. A shutdown hook stops them all; processes that survive an aborted run are found through
 * their pidfiles and killed on the next start. Server logs stay in place for post-mortems.
 *
 * <p>Elasticsearch and PostgreSQL refuse to run as root. When the tests run as root, the servers
 * run as an unprivileged system user instead (see {@code kr.catalog.embeddedpostgres.ServerUser},
 * shared with the quick start's PostgreSQL in module {@code src/embedded-postgres}).
 */
package kr.catalog.testharness;
