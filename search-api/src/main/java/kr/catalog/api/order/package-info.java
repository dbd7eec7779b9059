/**
 * Orders: idempotent intake from every channel ({@link kr.catalog.api.order.OrderService}), atomic
 * stock reservation ({@link kr.catalog.api.order.StockService}: one conditional update per product,
 * so concurrent orders can never take more than is there), and the fulfilment lifecycle ({@link
 * kr.catalog.api.order.Lifecycle}: each step names the roles allowed to take it) with its audit
 * trail ({@link kr.catalog.api.order.OrderEvent}).
 */
package kr.catalog.api.order;
