package kr.catalog.api.fulfilment.history;

import java.time.Instant;
import java.util.List;

/**
 * An order's history as sentences.
 *
 * @param orderId the order
 * @param language {@code ko} or {@code en}
 * @param entries oldest first
 */
public record HistoryView(long orderId, String language, List<Entry> entries) {

  /**
   * One thing that happened.
   *
   * @param at when
   * @param kind the state reached ({@code STATUS:READY_FOR_PICKUP}) or the fact's kind ({@code
   *     LINE_PICKED})
   * @param lineNo the order line it is about, or null
   * @param sentence what happened, in the customer's words
   * @param text the time and the sentence, as the order page shows it
   * @param by who did it: the user name for staff readers, the role ("물류센터") for customers
   */
  public record Entry(
      Instant at, String kind, Integer lineNo, String sentence, String text, String by) {}
}
