/**
 * The order's history in the customer's words: every state move ({@code order_event}) and every
 * fact a step recorded ({@code order_activity}) as a sentence in Korean or English, rendered by a
 * table keyed by kind with a generic sentence for a kind the table does not know yet.
 */
package kr.catalog.api.fulfilment.history;
