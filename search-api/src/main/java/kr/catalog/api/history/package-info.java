/**
 * What a customer comes back for: the transaction statement over a period (orders and quotes with
 * monthly net, VAT and gross totals, as JSON, CSV and PDF) and reordering a past order or quote at
 * today's prices with every change named.
 */
package kr.catalog.api.history;
