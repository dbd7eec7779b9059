package kr.catalog.api.fulfilment.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import kr.catalog.api.account.CustomerCompany;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.OrderActivity;
import kr.catalog.api.order.OrderJournal;
import kr.catalog.api.order.OrderLine;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;

/**
 * Packages of an order: packing units into them (never more than leave with the order), removing
 * one while packing, and the check that finishes packing. Every change runs with the order row
 * locked, so two packers of one order cannot together pack a line twice.
 */
@ApplicationScoped
public class PackingService {

  @Inject OrderJournal journal;
  @Inject CatalogWeights weights;
  @Inject Clock clock;
  @Inject CommerceConfig config;

  /** Units of one line in a new package. */
  public record Units(int lineNo, int quantity) {}

  /**
   * A package to pack: the units it holds and its size, either named or measured.
   *
   * @param lines the lines and units it holds
   * @param boxSize a named box, or null when the dimensions are given
   * @param lengthMm length when no box is named
   * @param widthMm width when no box is named
   * @param heightMm height when no box is named
   * @param measuredWeightKg the scale's reading, optional
   */
  public record NewPackage(
      List<Units> lines,
      BoxSize boxSize,
      Integer lengthMm,
      Integer widthMm,
      Integer heightMm,
      Double measuredWeightKg) {}

  /** The packages of an order the actor may see, in sequence. */
  @Transactional
  public PackingView packing(Actor actor, long orderId) {
    CustomerOrder order = OutboundOrders.visible(actor, orderId, LockModeType.NONE);
    return view(order);
  }

  /**
   * Packs a package.
   *
   * @throws BusinessRefusal {@link Refusal#WRONG_ORDER_STATE} unless PACKING, {@link
   *     Refusal#PACKED_BEYOND_QUANTITY} when a line would exceed its units to ship
   * @throws InvalidParameterException for an unknown line, or a size neither named nor given
   */
  @Transactional
  public PackingView pack(Actor actor, long orderId, NewPackage request) {
    CustomerOrder order = OutboundOrders.visible(actor, orderId, LockModeType.PESSIMISTIC_WRITE);
    OutboundOrders.requireState(order, "Packing", OrderStatus.PACKING);
    Map<Integer, OrderLine> lines = new LinkedHashMap<>();
    order.lines.forEach(l -> lines.put(l.lineNo, l));
    Map<Integer, Integer> packed = packedPerLine(order.id);
    // One line named twice in the request counts once, with the sum.
    Map<Integer, Integer> units = new TreeMap<>();
    for (int i = 0; i < request.lines().size(); i++) {
      Units u = request.lines().get(i);
      if (!lines.containsKey(u.lineNo())) {
        throw new InvalidParameterException(
            "lines[" + i + "].lineNo", "order " + order.id + " has no line " + u.lineNo());
      }
      units.merge(u.lineNo(), u.quantity(), Integer::sum);
    }
    long grams = 0;
    int unweighed = 0;
    for (Map.Entry<Integer, Integer> e : units.entrySet()) {
      OrderLine line = lines.get(e.getKey());
      int already = packed.getOrDefault(line.lineNo, 0);
      if (already + e.getValue() > line.quantityToShip()) {
        throw new BusinessRefusal(
                Refusal.PACKED_BEYOND_QUANTITY,
                "Line "
                    + line.lineNo
                    + " ("
                    + line.code
                    + ") ships "
                    + line.quantityToShip()
                    + " unit(s); "
                    + already
                    + " are packed, "
                    + e.getValue()
                    + " more would exceed it.")
            .with("lineNo", line.lineNo)
            .with("toShip", line.quantityToShip())
            .with("packed", already);
      }
      OptionalLong perUnit = weights.gramsPerUnit(line.codeKey);
      if (perUnit.isPresent()) {
        grams += perUnit.getAsLong() * e.getValue();
      } else {
        unweighed += e.getValue();
      }
    }
    OrderPackage p = new OrderPackage();
    p.orderId = order.id;
    // Numbered by the packages ever packed (the journal keeps removed ones too), so a removed
    // package's number is never given to another box: its label may still be lying around.
    p.seq =
        (int)
                OrderActivity.count(
                    "orderId = ?1 and kind = ?2", order.id, OutboundKinds.PACKAGE_PACKED)
            + 1;
    p.packageNo = OrderPackage.number(order.id, p.seq);
    size(p, request);
    p.computedWeightG = grams;
    p.unweighedUnits = unweighed;
    p.measuredWeightG =
        request.measuredWeightKg() == null ? null : Math.round(request.measuredWeightKg() * 1000);
    p.createdAt = clock.instant();
    units.forEach((lineNo, q) -> p.lines.add(new OrderPackage.Content(lineNo, q)));
    p.persist();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("package", p.packageNo);
    detail.put("lines", contents(p));
    detail.put("size", p.lengthMm + "x" + p.widthMm + "x" + p.heightMm);
    if (p.boxSize != null) {
      detail.put("box", p.boxSize);
    }
    detail.put("computedWeightG", p.computedWeightG);
    if (p.measuredWeightG != null) {
      detail.put("measuredWeightG", p.measuredWeightG);
    }
    journal.record(order, actor, OutboundKinds.PACKAGE_PACKED, null, detail);
    return view(order);
  }

  /**
   * Removes a package while the order is still PACKING (its units become unpacked again).
   *
   * @throws BusinessRefusal {@link Refusal#PACKAGE_NOT_FOUND}, {@link Refusal#WRONG_ORDER_STATE}
   */
  @Transactional
  public PackingView remove(Actor actor, long orderId, String packageNo) {
    CustomerOrder order = OutboundOrders.visible(actor, orderId, LockModeType.PESSIMISTIC_WRITE);
    OrderPackage p = find(order, packageNo);
    OutboundOrders.requireState(order, "Removing a package", OrderStatus.PACKING);
    journal.record(
        order,
        actor,
        OutboundKinds.PACKAGE_REMOVED,
        null,
        Map.of("package", p.packageNo, "lines", contents(p)));
    p.delete();
    return view(order);
  }

  /**
   * The A6 label PDF of a package.
   *
   * @throws BusinessRefusal {@link Refusal#PACKAGE_NOT_FOUND}
   */
  @Transactional
  public byte[] label(Actor actor, long orderId, String packageNo) {
    CustomerOrder order = OutboundOrders.visible(actor, orderId, LockModeType.NONE);
    OrderPackage p = find(order, packageNo);
    PackingView.Package view =
        view(order).packages().stream()
            .filter(v -> v.number().equals(p.packageNo))
            .findFirst()
            .orElseThrow();
    CustomerCompany company = CustomerCompany.findById(order.companyId);
    return LabelPdf.render(order, company.name, view, config.pdfFont());
  }

  /** The package of this order with this number, or 404. */
  static OrderPackage find(CustomerOrder order, String packageNo) {
    OrderPackage p =
        OrderPackage.<OrderPackage>find("packageNo", packageNo == null ? "" : packageNo.strip())
            .firstResult();
    if (p == null || !p.orderId.equals(order.id)) {
      throw new BusinessRefusal(
          Refusal.PACKAGE_NOT_FOUND,
          "Order " + order.id + " has no package numbered " + packageNo + ".");
    }
    return p;
  }

  /**
   * Refuses to finish packing while a unit to ship is in no package.
   *
   * @throws BusinessRefusal {@link Refusal#UNITS_NOT_PACKED} listing the lines short
   */
  void requireAllPacked(CustomerOrder order) {
    Map<Integer, Integer> packed = packedPerLine(order.id);
    List<Map<String, Object>> unpacked = new ArrayList<>();
    for (OrderLine line : order.lines) {
      int missing = line.quantityToShip() - packed.getOrDefault(line.lineNo, 0);
      if (missing > 0) {
        unpacked.add(Map.of("lineNo", line.lineNo, "code", line.code, "units", missing));
      }
    }
    if (!unpacked.isEmpty()) {
      throw new BusinessRefusal(
              Refusal.UNITS_NOT_PACKED,
              "Order "
                  + order.id
                  + " cannot leave packing: "
                  + unpacked.size()
                  + " line(s) have units in no package.")
          .with("unpacked", unpacked);
    }
  }

  static List<OrderPackage> packages(long orderId) {
    return OrderPackage.list("orderId = ?1 order by seq", orderId);
  }

  private static Map<Integer, Integer> packedPerLine(long orderId) {
    Map<Integer, Integer> packed = new TreeMap<>();
    for (OrderPackage p : packages(orderId)) {
      p.lines.forEach(c -> packed.merge(c.lineNo, c.quantity, Integer::sum));
    }
    return packed;
  }

  private static List<Map<String, Integer>> contents(OrderPackage p) {
    return p.lines.stream().map(c -> Map.of("lineNo", c.lineNo, "quantity", c.quantity)).toList();
  }

  private static void size(OrderPackage p, NewPackage request) {
    if (request.boxSize() != null) {
      p.boxSize = request.boxSize().name();
      p.lengthMm = request.boxSize().lengthMm;
      p.widthMm = request.boxSize().widthMm;
      p.heightMm = request.boxSize().heightMm;
      return;
    }
    if (request.lengthMm() == null || request.widthMm() == null || request.heightMm() == null) {
      throw new InvalidParameterException(
          "boxSize", "name a box size or give lengthMm, widthMm and heightMm");
    }
    p.lengthMm = request.lengthMm();
    p.widthMm = request.widthMm();
    p.heightMm = request.heightMm();
  }

  static PackingView view(CustomerOrder order) {
    List<OrderPackage> packages = packages(order.id);
    Map<Integer, Integer> packed = new TreeMap<>();
    packages.forEach(p -> p.lines.forEach(c -> packed.merge(c.lineNo, c.quantity, Integer::sum)));
    List<PackingView.Line> lines =
        order.lines.stream()
            .map(
                l ->
                    new PackingView.Line(
                        l.lineNo,
                        l.code,
                        l.name,
                        l.quantityToShip(),
                        packed.getOrDefault(l.lineNo, 0)))
            .toList();
    List<PackingView.Package> views = new ArrayList<>();
    for (int i = 0; i < packages.size(); i++) {
      views.add(PackingView.Package.of(packages.get(i), i + 1, packages.size()));
    }
    boolean complete = lines.stream().allMatch(l -> l.packed() >= l.toShip());
    return new PackingView(order.id, order.status, lines, views, complete);
  }
}
