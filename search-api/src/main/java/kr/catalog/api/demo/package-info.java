/**
 * Demo data for the quick start and the tests: one account per role, stock for the sample catalog,
 * a few collections and merchandising rules, seeded on an empty database only ({@code
 * commerce.seed-demo}, off in production). It sits apart because it writes into every feature
 * package; nothing depends on it.
 */
package kr.catalog.api.demo;
