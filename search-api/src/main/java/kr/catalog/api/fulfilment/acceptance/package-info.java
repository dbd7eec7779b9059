/**
 * The customer's inspection and take-over of a delivered order, line by line (accepted, short,
 * damaged), and the claims it opens: a return of damaged goods (stock corrected when they are
 * received back) or a credit note for short goods (credited at the order's accepted prices),
 * decided by staff.
 */
package kr.catalog.api.fulfilment.acceptance;
