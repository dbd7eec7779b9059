/**
 * Load against a running platform: a seeded, realistic mix of what customers, counsellors and
 * buyers do ({@link kr.catalog.search.load.LoadMix}: searches with facets and filters, code lookups
 * typed any way, suggest as-you-type, product pages, e-book pages and search inside, quotes and
 * orders with idempotency keys), replayed by a closed-loop driver ({@link
 * kr.catalog.search.load.LoadRunner}) against a {@link kr.catalog.search.load.LoadRunner.Target}
 * (the platform's HTTP API, {@link kr.catalog.search.load.HttpTarget}; or a peer such as PostgreSQL
 * full-text search answering the same search requests), and reported per endpoint ({@link
 * kr.catalog.search.load.LoadReport}: count, throughput, p50, p99, max, errors by status).
 *
 * <p>The mix is drawn from the catalog the platform serves, with a fixed seed, so two runs (two
 * backends, or ours and a peer) answer exactly the same requests in the same order.
 */
package kr.catalog.search.load;
