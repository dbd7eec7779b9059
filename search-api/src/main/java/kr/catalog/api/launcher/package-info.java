/**
 * The platform's entry point: before Quarkus starts, {@link kr.catalog.api.launcher.CatalogMain}
 * starts (or finds running) the embedded PostgreSQL of the quick start when {@code
 * catalog.database.embedded} is on, and points the datasource at it; it stops that server when the
 * application stops. Tests ({@code @QuarkusTest}) never pass through here: they use the test
 * harness's PostgreSQL.
 */
package kr.catalog.api.launcher;
