/**
 * The store pickup code: issued when a pickup order is ready at its store, shown only to the
 * customer's company (and in the ready-for-pickup notification), typed at the store counter to hand
 * the goods over, locked after five wrong tries until staff issue a new one.
 */
package kr.catalog.api.fulfilment.pickup;
