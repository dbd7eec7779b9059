/**
 * Quotes: a customer's cart, or a counsellor's pasted {@code code quantity} list or CSV, resolved
 * against the served catalog ({@link kr.catalog.api.quote.CatalogLines}: unknown codes come back
 * listed with suggestions, never dropped), priced by {@link kr.catalog.api.pricing.PricingRule},
 * stored as a numbered, versioned {@link kr.catalog.api.quote.Quote} with a validity date, printed
 * as a PDF sheet ({@link kr.catalog.api.quote.QuotePdf}) and converted to an order at its quoted
 * prices while valid.
 */
package kr.catalog.api.quote;
