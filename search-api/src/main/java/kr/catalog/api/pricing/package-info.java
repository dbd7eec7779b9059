/**
 * Pricing: the one written rule that turns a list price into a quoted or ordered line ({@link
 * kr.catalog.api.pricing.PricingRule}), the customer grades it reads, and the promotions marketing
 * runs. Quotes and orders call the rule; nothing else computes a price. The rule is written out in
 * {@code docs/ORDERS.md}.
 */
package kr.catalog.api.pricing;
