/**
 * Picking and shipping inspection (issue 17): the pick list of an order by location and bin, the
 * units picked per line, the shortfall that becomes a back-order or a cancelled remainder (never a
 * silent change), and the inspection that scans the picked goods against the order with its
 * discrepancies recorded. Every fact goes through {@code OrderJournal}; every mutation locks the
 * order row as the lifecycle move does, so picks, scans, cancellations and moves of one order are
 * serialised.
 */
package kr.catalog.api.fulfilment.picking;
