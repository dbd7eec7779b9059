package kr.catalog.api.fulfilment.outbound;

import java.time.Instant;
import java.util.List;
import kr.catalog.api.order.OrderStatus;

/**
 * An order's packing: units to ship and packed per line, and its packages.
 *
 * @param orderId the order
 * @param status its state
 * @param lines per line, the units to ship and packed
 * @param packages the packages in sequence
 * @param complete whether every unit to ship is in a package (packing may finish)
 */
public record PackingView(
    long orderId, OrderStatus status, List<Line> lines, List<Package> packages, boolean complete) {

  /** A line: units to ship and units packed. */
  public record Line(int lineNo, String code, String name, int toShip, int packed) {}

  /**
   * A package.
   *
   * @param number the number on its label
   * @param index its position among the order's packages (n of m)
   * @param of how many packages the order has
   * @param boxSize the named box, if one
   * @param lengthMm length
   * @param widthMm width
   * @param heightMm height
   * @param computedWeightKg from the catalog's weights
   * @param unweighedUnits units left out of the computed weight (no weight in the catalog)
   * @param measuredWeightKg on the scale, if weighed
   * @param vehicle the plate it was loaded on, if loaded
   * @param loadedAt when it was loaded
   * @param lines the units it holds
   */
  public record Package(
      String number,
      int index,
      int of,
      String boxSize,
      int lengthMm,
      int widthMm,
      int heightMm,
      double computedWeightKg,
      int unweighedUnits,
      Double measuredWeightKg,
      String vehicle,
      Instant loadedAt,
      List<PackingService.Units> lines) {

    static Package of(OrderPackage p, int index, int of) {
      return new Package(
          p.packageNo,
          index,
          of,
          p.boxSize,
          p.lengthMm,
          p.widthMm,
          p.heightMm,
          p.computedWeightG / 1000.0,
          p.unweighedUnits,
          p.measuredWeightG == null ? null : p.measuredWeightG / 1000.0,
          p.vehiclePlate,
          p.loadedAt,
          p.lines.stream().map(c -> new PackingService.Units(c.lineNo, c.quantity)).toList());
    }
  }
}
