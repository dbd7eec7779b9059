package kr.catalog.api.fulfilment.picking;

import java.util.List;

/**
 * Open pick work at one location ({@code GET /api/pick-lists?location=WH}): the lines of every
 * order in PICKING there, by bin in walking order, so one walk through the aisles serves them all.
 *
 * @param location the location
 * @param orders how many orders are being picked there
 * @param bins the bins with their lines
 */
public record PickWorkView(PickListView.Location location, int orders, List<Bin> bins) {

  /** One bin and what to take from it. */
  public record Bin(String bin, List<Item> items) {}

  /** One order line to pick from the bin. */
  public record Item(
      long orderId, int lineNo, String code, String name, int ordered, Integer picked) {}
}
