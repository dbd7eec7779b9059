/**
 * Recommendations from purchase history. {@link kr.catalog.api.recommendation.HistoryImport}
 * imports the generated order history of the served catalog once, as delivered orders of seeded
 * buyers; {@link kr.catalog.api.recommendation.CoPurchaseRefresh} rebuilds the co-purchase and
 * popularity counts from the orders on a schedule, never within an order; {@link
 * kr.catalog.api.recommendation.RecommendationService} reads them with the customer's own orders
 * and ranks with {@link kr.catalog.api.recommendation.PurchaseRanking}, the same rules the offline
 * measure scores.
 */
package kr.catalog.api.recommendation;
