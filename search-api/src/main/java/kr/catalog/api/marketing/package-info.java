/**
 * Marketing's curation (issue #7): promotional collections (NEW, DISCOUNT, RECOMMENDED, SEASONAL,
 * PB) with hand-picked products and/or a saved search, merchandising rules (pin, boost, bury, hide)
 * for a query or a category, and the audit trail of every change.
 *
 * <p>Data flow: changes go through {@link kr.catalog.api.marketing.CollectionService} and {@link
 * kr.catalog.api.marketing.MerchandisingService} (validation, one transaction with the audit row),
 * then {@link kr.catalog.api.marketing.CurationCache} reloads its in-memory snapshot after the
 * commit. Each search ({@code kr.catalog.api.search.CuratedSearch}, which also serves the
 * collection pages) asks {@link kr.catalog.api.marketing.Curations}, through the {@code
 * SearchCuration} port of the search package, for what is curated at this instant (collections
 * active now, rules active now that match the normalised text or the category filter): no database
 * query per search. Marketing depends on search, never the other way round. Both search backends
 * apply it the same way. Pricing asks {@link kr.catalog.api.marketing.CollectionDiscounts}, which
 * learns rule-based membership from the search backend once per collection version and catalog
 * ({@link kr.catalog.api.marketing.CollectionMembers}).
 *
 * <p>Time windows are half-open everywhere: active from {@code startsAt} (inclusive) until {@code
 * endsAt} (exclusive), read from the injected {@link java.time.Clock}.
 */
package kr.catalog.api.marketing;
