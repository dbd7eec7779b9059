package kr.catalog.api.fulfilment.picking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import kr.catalog.api.account.UserAccount;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.OrderActivity;
import kr.catalog.api.order.OrderEvent;
import kr.catalog.api.order.OrderJournal;
import kr.catalog.api.order.OrderLine;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.order.Shortfall;
import kr.catalog.api.order.StockItem;
import kr.catalog.api.order.StockLocation;
import kr.catalog.api.order.StockService;
import kr.catalog.api.order.TransitionRequest;
import kr.catalog.api.pricing.PricingRule;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;
import kr.catalog.model.Product;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchUnavailableException;
import org.jboss.logging.Logger;

/**
 * Pick lists, picks, the end of picking (shortfall: back-order or cancelled remainder) and the
 * shipping inspection's scans. Every mutation locks the order row ({@code PESSIMISTIC_WRITE}), as
 * {@code OrderService.transition} does, and re-checks the order's state under that lock: a pick
 * racing a cancellation either lands before it (and the cancellation releases the whole
 * reservation) or is refused after it; two pickers of one line or two scanners of one order are
 * applied one after the other.
 */
@ApplicationScoped
public class PickingService {
  private static final Logger LOG = Logger.getLogger(PickingService.class);

  /** Lookup hits read for a scanned code; a barcode or code typed whole matches one or two. */
  private static final int LOOKUP_HITS = 10;

  /** Open pick work answered at most: a location's working day, not its history. */
  private static final int OPEN_ORDERS = 200;

  /** Journal kinds this capability writes. */
  static final String PICK_LIST_CREATED = "PICK_LIST_CREATED";

  static final String LINE_PICKED = "LINE_PICKED";
  static final String PICKING_SHORTFALL = "PICKING_SHORTFALL";
  static final String STOCK_WRITTEN_OFF = "STOCK_WRITTEN_OFF";
  static final String BACK_ORDER_CREATED = "BACK_ORDER_CREATED";
  static final String CODE_SCANNED = "CODE_SCANNED";
  static final String INSPECTION_DISCREPANCY = "INSPECTION_DISCREPANCY";
  static final String INSPECTION_ACKNOWLEDGED = "INSPECTION_ACKNOWLEDGED";

  /** Walking order: bins sorted (zone-aisle-shelf), lines without a bin last, then line order. */
  private static final Comparator<PickLine> WALK =
      Comparator.comparing((PickLine p) -> p.locationCode)
          .thenComparing(p -> p.bin, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(p -> p.lineNo);

  @Inject OrderJournal journal;
  @Inject StockService stock;
  @Inject SearchBackend search;
  @Inject CatalogView catalog;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  // ---- Pick list -------------------------------------------------------------------------------

  /**
   * Creates the order's pick list as picking starts: one pick line per order line, with the bin the
   * product lies in at the order's stock location now. Called by {@link PickingHook} in the move's
   * transaction, the order locked.
   */
  void createPickList(Actor actor, CustomerOrder order) {
    Map<Integer, PickLine> existing = pickLines(order.id);
    for (OrderLine line : order.lines) {
      if (existing.containsKey(line.lineNo)) {
        continue;
      }
      PickLine p = new PickLine();
      p.orderId = order.id;
      p.lineNo = line.lineNo;
      p.locationCode = order.stockLocation;
      p.bin = stock.find(order.stockLocation, line.codeKey).map(s -> s.bin).orElse(null);
      p.persist();
      line.pickedQuantity = null;
    }
    journal.record(order, actor, PICK_LIST_CREATED, null, Map.of("location", order.stockLocation));
  }

  /** The order's pick list. */
  @Transactional
  public PickListView pickList(Actor actor, long orderId) {
    CustomerOrder order = order(actor, orderId, LockModeType.NONE);
    return pickListView(order);
  }

  /**
   * Records the units picked for a line (replacing an earlier count of it).
   *
   * @throws BusinessRefusal {@link Refusal#NOT_AT_STEP} outside PICKING, {@link
   *     Refusal#LINE_NOT_FOUND}, {@link Refusal#OVER_PICKED} above the units ordered
   */
  @Transactional
  public PickListView recordPick(Actor actor, long orderId, int lineNo, PickRequest request) {
    CustomerOrder order = order(actor, orderId, LockModeType.PESSIMISTIC_WRITE);
    atStep(order, OrderStatus.PICKING, "Picks are recorded");
    OrderLine line = line(order, lineNo);
    int picked = request.picked();
    if (picked > line.quantity) {
      throw new BusinessRefusal(
              Refusal.OVER_PICKED,
              "Line "
                  + lineNo
                  + " ordered "
                  + line.quantity
                  + " units; "
                  + picked
                  + " cannot be picked for it.")
          .with("lineNo", lineNo)
          .with("ordered", line.quantity);
    }
    PickLine p = pickLines(order.id).get(lineNo);
    if (p == null) {
      // An order that entered PICKING before pick lists existed and missed the migration's copy.
      createPickList(actor, order);
      p = pickLines(order.id).get(lineNo);
    }
    Integer previous = line.pickedQuantity;
    line.pickedQuantity = picked;
    p.pickedBy = actor.userId();
    p.pickedAt = clock.instant();
    p.note = blankToNull(request.note());
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("picked", picked);
    detail.put("ordered", line.quantity);
    detail.put("previous", previous);
    detail.put("bin", p.bin);
    if (p.note != null) {
      detail.put("note", p.note);
    }
    journal.record(order, actor, LINE_PICKED, lineNo, detail);
    return pickListView(order);
  }

  /**
   * Open pick work at a location: every order in PICKING there, its lines by bin.
   *
   * @throws BusinessRefusal {@link Refusal#LOCATION_NOT_FOUND}
   */
  @Transactional
  public PickWorkView openWork(String locationCode) {
    StockLocation location =
        stock
            .location(locationCode)
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        Refusal.LOCATION_NOT_FOUND,
                        "No stock location has the code " + locationCode + "."));
    List<CustomerOrder> orders =
        CustomerOrder.<CustomerOrder>find(
                "status = ?1 and stockLocation = ?2 order by id",
                OrderStatus.PICKING,
                location.code)
            .page(0, OPEN_ORDERS)
            .list();
    Map<Long, CustomerOrder> byId = new HashMap<>();
    orders.forEach(o -> byId.put(o.id, o));
    List<PickLine> lines =
        byId.isEmpty()
            ? List.of()
            : PickLine.<PickLine>list("orderId in ?1", List.copyOf(byId.keySet()));
    List<PickLine> walk = new ArrayList<>(lines);
    walk.sort(WALK.thenComparingLong(p -> p.orderId));
    Map<String, List<PickWorkView.Item>> bins = new LinkedHashMap<>();
    for (PickLine p : walk) {
      OrderLine l = lineOf(byId.get(p.orderId), p.lineNo);
      bins.computeIfAbsent(p.bin == null ? "" : p.bin, b -> new ArrayList<>())
          .add(
              new PickWorkView.Item(
                  p.orderId, p.lineNo, l.code, l.name, l.quantity, l.pickedQuantity));
    }
    List<PickWorkView.Bin> answer = new ArrayList<>();
    bins.forEach(
        (bin, items) -> answer.add(new PickWorkView.Bin(bin.isEmpty() ? null : bin, items)));
    return new PickWorkView(
        new PickListView.Location(location.code, location.name), orders.size(), answer);
  }

  /**
   * Finishing picking (PICKING to SHIPPING_INSPECTION), in the move's transaction: refused while a
   * line has no picked quantity; a short line needs the request's shortfall choice. The missing
   * units are written off the location's stock (the shelf did not have them) and their reservation
   * released; the order's short lines and totals are corrected to what ships; a back-order carries
   * the missing units when asked.
   */
  void finishPicking(Actor actor, CustomerOrder order, TransitionRequest request) {
    List<Integer> unpicked =
        order.lines.stream().filter(l -> l.pickedQuantity == null).map(l -> l.lineNo).toList();
    if (!unpicked.isEmpty()) {
      throw new BusinessRefusal(
              Refusal.PICKING_INCOMPLETE,
              "Picking of order "
                  + order.id
                  + " cannot finish: line(s) "
                  + unpicked
                  + " have no picked quantity.")
          .with("unpicked", unpicked);
    }
    if (order.lines.stream().allMatch(l -> l.pickedQuantity == 0)) {
      throw new BusinessRefusal(
              Refusal.PICKING_INCOMPLETE,
              "Nothing of order " + order.id + " was picked; cancel the order instead.")
          .with("unpicked", List.of());
    }
    List<OrderLine> shortLines =
        order.lines.stream().filter(l -> l.pickedQuantity < l.quantity).toList();
    if (shortLines.isEmpty()) {
      return;
    }
    if (request.shortfall() == null) {
      throw new InvalidParameterException(
          "shortfall",
          "line(s) "
              + shortLines.stream().map(l -> l.lineNo).toList()
              + " were picked short: say BACK_ORDER or CANCEL_LINE");
    }
    SortedMap<String, Long> missing = new TreeMap<>();
    List<Map<String, Object>> facts = new ArrayList<>();
    for (OrderLine l : shortLines) {
      int units = l.quantity - l.pickedQuantity;
      missing.merge(l.codeKey, (long) units, Long::sum);
      facts.add(
          Map.of("lineNo", l.lineNo, "code", l.code, "ordered", l.quantity, "missing", units));
    }
    stock.writeOff(order.stockLocation, missing);
    for (OrderLine l : shortLines) {
      journal.record(
          order,
          actor,
          STOCK_WRITTEN_OFF,
          l.lineNo,
          Map.of(
              "location",
              order.stockLocation,
              "code",
              l.code,
              "units",
              l.quantity - l.pickedQuantity));
    }
    Long backOrderId = null;
    if (request.shortfall() == Shortfall.BACK_ORDER) {
      backOrderId = backOrder(actor, order, shortLines).id;
    }
    for (OrderLine l : shortLines) {
      l.amounts = l.amounts.forQuantity(l.pickedQuantity);
    }
    PricingRule.Totals totals =
        PricingRule.totals(
            order.lines.stream().map(l -> l.amounts.toPricedLine(l.quantityToShip())).toList());
    order.netTotal = totals.net();
    order.vatTotal = totals.vat();
    order.grossTotal = totals.gross();
    order.shortfall = request.shortfall();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("shortfall", request.shortfall().name());
    detail.put("lines", facts);
    detail.put("backOrderId", backOrderId);
    detail.put("grossTotal", order.grossTotal);
    journal.record(order, actor, PICKING_SHORTFALL, null, detail);
  }

  /**
   * A back-order for the missing units: the same customer, fulfilment, location and address, the
   * short lines' missing units at their original unit prices, waiting for stock (no reservation:
   * the shelf did not have them).
   */
  private CustomerOrder backOrder(Actor actor, CustomerOrder original, List<OrderLine> shortLines) {
    CustomerOrder b = new CustomerOrder();
    b.backOrderOf = original.id;
    b.companyId = original.companyId;
    b.placedBy = original.placedBy;
    b.channel = original.channel;
    b.fulfilment = original.fulfilment;
    b.stockLocation = original.stockLocation;
    b.deliveryAddress = original.deliveryAddress;
    b.status = OrderStatus.BACK_ORDERED;
    b.createdAt = clock.instant();
    b.updatedAt = b.createdAt;
    int lineNo = 1;
    for (OrderLine l : shortLines) {
      int units = l.quantity - l.pickedQuantity;
      OrderLine n = new OrderLine();
      n.lineNo = lineNo++;
      n.codeKey = l.codeKey;
      n.code = l.code;
      n.name = l.name;
      n.quantity = units;
      n.amounts = l.amounts.forQuantity(units);
      b.lines.add(n);
    }
    PricingRule.Totals totals =
        PricingRule.totals(b.lines.stream().map(l -> l.amounts.toPricedLine(l.quantity)).toList());
    b.netTotal = totals.net();
    b.vatTotal = totals.vat();
    b.grossTotal = totals.gross();
    b.persist();
    OrderEvent event = new OrderEvent();
    event.orderId = b.id;
    event.at = b.createdAt;
    event.actorId = actor.userId();
    event.actorRole = actor.role();
    event.fromStatus = null;
    event.toStatus = OrderStatus.BACK_ORDERED;
    event.note = "back-order of order " + original.id;
    event.persist();
    journal.record(b, actor, BACK_ORDER_CREATED, null, Map.of("backOrderOf", original.id));
    return b;
  }

  // ---- Shipping inspection ---------------------------------------------------------------------

  /** The order's inspection: picked vs scanned per line, and the discrepancies recorded. */
  @Transactional
  public InspectionView inspection(Actor actor, long orderId) {
    return inspectionView(order(actor, orderId, LockModeType.NONE));
  }

  /**
   * One scan (or typed code) of the inspection. The code is resolved by the catalog's code lookup
   * (a barcode, the catalog code, a model or supplier code, typed any way) before the order is
   * locked. A product not on the order, or more units than were picked, is refused and the refusal
   * recorded as a discrepancy: that record commits although the scan is refused.
   *
   * @throws BusinessRefusal {@link Refusal#PRODUCT_NOT_FOUND} for a code nothing matches, {@link
   *     Refusal#NOT_AT_STEP} outside SHIPPING_INSPECTION, {@link Refusal#NOT_ON_ORDER}, {@link
   *     Refusal#OVER_SCANNED}
   */
  public InspectionView scan(Actor actor, long orderId, ScanRequest request) {
    int quantity = request.quantity() == null ? 1 : request.quantity();
    String typed = request.code().strip();
    List<Resolved> candidates = resolve(typed);
    if (candidates.isEmpty()) {
      throw new BusinessRefusal(
              Refusal.PRODUCT_NOT_FOUND, "No product has the code or barcode " + typed + ".")
          .with("code", typed);
    }
    Outcome outcome =
        QuarkusTransaction.requiringNew()
            .call(() -> scanLocked(actor, orderId, typed, quantity, candidates));
    if (outcome.refusal() != null) {
      throw outcome.refusal();
    }
    return outcome.view();
  }

  private record Outcome(InspectionView view, BusinessRefusal refusal) {}

  /** A product a code resolved to. */
  private record Resolved(String codeKey, String code, String name) {}

  private Outcome scanLocked(
      Actor actor, long orderId, String typed, int quantity, List<Resolved> candidates) {
    CustomerOrder order = order(actor, orderId, LockModeType.PESSIMISTIC_WRITE);
    atStep(order, OrderStatus.SHIPPING_INSPECTION, "Inspection scans are accepted");
    Map<Integer, PickLine> pickLines = pickLines(order.id);
    // The product on the order among those the code matched (a barcode shared by two products
    // names the one being shipped); otherwise the best match, for the discrepancy record.
    Resolved product =
        candidates.stream()
            .filter(c -> order.lines.stream().anyMatch(l -> l.codeKey.equals(c.codeKey())))
            .findFirst()
            .orElse(candidates.get(0));
    List<OrderLine> lines =
        order.lines.stream().filter(l -> l.codeKey.equals(product.codeKey())).toList();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("typed", typed);
    detail.put("code", product.code());
    detail.put("quantity", quantity);
    if (lines.isEmpty()) {
      detail.put("reason", Refusal.NOT_ON_ORDER.name());
      journal.record(order, actor, INSPECTION_DISCREPANCY, null, detail);
      return new Outcome(
          null,
          new BusinessRefusal(
                  Refusal.NOT_ON_ORDER,
                  typed
                      + " is "
                      + product.code()
                      + " ("
                      + product.name()
                      + "), which is not on order "
                      + order.id
                      + "; the discrepancy was recorded.")
              .with("product", Map.of("code", product.code(), "name", product.name())));
    }
    // The first line of the product with room left takes the units (a product ordered on two
    // lines fills them in order).
    for (OrderLine l : lines) {
      PickLine p = pickLineFor(actor, order, pickLines, l);
      if (p.scannedQuantity + quantity <= l.quantityToShip()) {
        p.scannedQuantity += quantity;
        detail.put("scanned", p.scannedQuantity);
        detail.put("picked", l.quantityToShip());
        journal.record(order, actor, CODE_SCANNED, l.lineNo, detail);
        return new Outcome(inspectionView(order), null);
      }
    }
    OrderLine first = lines.get(0);
    int picked = lines.stream().mapToInt(OrderLine::quantityToShip).sum();
    int scanned =
        lines.stream().mapToInt(l -> pickLineFor(actor, order, pickLines, l).scannedQuantity).sum();
    detail.put("reason", Refusal.OVER_SCANNED.name());
    detail.put("picked", picked);
    detail.put("scanned", scanned);
    journal.record(order, actor, INSPECTION_DISCREPANCY, first.lineNo, detail);
    return new Outcome(
        null,
        new BusinessRefusal(
                Refusal.OVER_SCANNED,
                "Only "
                    + picked
                    + " unit(s) of "
                    + product.code()
                    + " were picked and "
                    + scanned
                    + " already scanned; "
                    + quantity
                    + " more refused and recorded as a discrepancy.")
            .with("lineNo", first.lineNo)
            .with("picked", picked)
            .with("scanned", scanned));
  }

  /**
   * Finishing inspection (SHIPPING_INSPECTION to PACKING), in the move's transaction: refused while
   * a line's scanned units differ from its picked units, unless the request acknowledges the
   * discrepancies with a note (recorded). Orders inspected before pick lists existed have none and
   * pass as before.
   */
  void finishInspection(Actor actor, CustomerOrder order, TransitionRequest request) {
    Map<Integer, PickLine> pickLines = pickLines(order.id);
    if (pickLines.isEmpty()) {
      return;
    }
    List<Map<String, Object>> differing = new ArrayList<>();
    for (OrderLine l : order.lines) {
      PickLine p = pickLines.get(l.lineNo);
      int scanned = p == null ? 0 : p.scannedQuantity;
      if (scanned != l.quantityToShip()) {
        differing.add(
            Map.of(
                "lineNo",
                l.lineNo,
                "code",
                l.code,
                "picked",
                l.quantityToShip(),
                "scanned",
                scanned));
      }
    }
    if (differing.isEmpty()) {
      return;
    }
    if (!Boolean.TRUE.equals(request.acknowledgeDiscrepancies())) {
      throw new BusinessRefusal(
              Refusal.INSPECTION_MISMATCH,
              differing.size()
                  + " line(s) of order "
                  + order.id
                  + " have scanned units that differ from the picked units; scan them, or"
                  + " acknowledge the discrepancies with a note.")
          .with("lines", differing);
    }
    if (request.note() == null || request.note().isBlank()) {
      throw new InvalidParameterException(
          "note", "required to acknowledge the inspection's discrepancies");
    }
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("reason", "ACKNOWLEDGED");
    detail.put("note", request.note().strip());
    detail.put("lines", differing);
    journal.record(order, actor, INSPECTION_ACKNOWLEDGED, null, detail);
  }

  // ---- Views and helpers -----------------------------------------------------------------------

  private PickListView pickListView(CustomerOrder order) {
    Map<Integer, PickLine> pickLines = pickLines(order.id);
    List<PickLine> walk = new ArrayList<>(pickLines.values());
    walk.sort(WALK);
    Map<Long, UserAccount> users = new HashMap<>();
    Map<String, PickListView.Group> groups = new LinkedHashMap<>();
    for (PickLine p : walk) {
      OrderLine l = lineOf(order, p.lineNo);
      groups
          .computeIfAbsent(
              p.locationCode + "\u0000" + p.bin,
              k -> new PickListView.Group(p.locationCode, p.bin, new ArrayList<>()))
          .lines()
          .add(
              new PickListView.Line(
                  l.lineNo,
                  l.code,
                  l.name,
                  l.quantity,
                  l.pickedQuantity,
                  p.note,
                  p.pickedAt,
                  p.pickedBy == null ? null : name(users, p.pickedBy)));
    }
    boolean complete =
        !pickLines.isEmpty() && order.lines.stream().allMatch(l -> l.pickedQuantity != null);
    int shortLines =
        (int)
            order.lines.stream()
                .filter(l -> l.pickedQuantity != null && l.pickedQuantity < l.quantity)
                .count();
    StockLocation location = StockLocation.findById(order.stockLocation);
    return new PickListView(
        order.id,
        order.status,
        new PickListView.Location(
            order.stockLocation, location == null ? order.stockLocation : location.name),
        complete,
        shortLines,
        List.copyOf(groups.values()));
  }

  private InspectionView inspectionView(CustomerOrder order) {
    Map<Integer, PickLine> pickLines = pickLines(order.id);
    List<InspectionView.Line> lines = new ArrayList<>();
    for (OrderLine l : order.lines) {
      PickLine p = pickLines.get(l.lineNo);
      int scanned = p == null ? 0 : p.scannedQuantity;
      lines.add(
          new InspectionView.Line(
              l.lineNo,
              l.code,
              l.name,
              l.quantity,
              l.quantityToShip(),
              scanned,
              scanned == l.quantityToShip()));
    }
    Map<Long, UserAccount> users = new HashMap<>();
    List<InspectionView.Discrepancy> discrepancies = new ArrayList<>();
    for (OrderActivity a :
        OrderActivity.<OrderActivity>list(
            "orderId = ?1 and kind in ?2 order by at, id",
            order.id,
            List.of(INSPECTION_DISCREPANCY, INSPECTION_ACKNOWLEDGED))) {
      JsonNode d = detail(a);
      discrepancies.add(
          new InspectionView.Discrepancy(
              a.at,
              name(users, a.actorId),
              text(d, "reason"),
              text(d, "typed"),
              text(d, "code"),
              a.lineNo,
              d.hasNonNull("quantity") ? d.get("quantity").asInt() : null,
              text(d, "note")));
    }
    return new InspectionView(
        order.id,
        order.status,
        lines.stream().allMatch(InspectionView.Line::matches),
        lines,
        discrepancies);
  }

  /**
   * The detail of a journal entry as a tree: the application's mapper refuses nulls when binding to
   * a map, and a recorded fact may hold some (no previous count, no bin).
   */
  private JsonNode detail(OrderActivity a) {
    try {
      return json.readTree(a.detail);
    } catch (JsonProcessingException e) {
      // Written by OrderJournal from a map: unreadable only if edited by hand.
      LOG.warnf("order_activity %d has unreadable detail: %s", a.id, e.getMessage());
      return json.createObjectNode();
    }
  }

  private static String text(JsonNode d, String field) {
    JsonNode v = d.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * Candidates for a scanned or typed code: the lookup's exact matches (a barcode's digits, a
   * code's key typed with any separators or case, a model or supplier code), then the served
   * catalog's own code key when search cannot answer.
   */
  private List<Resolved> resolve(String typed) {
    List<Resolved> found = new ArrayList<>();
    try {
      for (LookupQuery.Hit h : search.lookup(new LookupQuery(typed, null, LOOKUP_HITS))) {
        if (h.match() == LookupQuery.Match.EXACT
            && found.stream().noneMatch(r -> r.codeKey().equals(h.product().codeKey()))) {
          found.add(new Resolved(h.product().codeKey(), h.product().code(), h.product().name()));
        }
      }
    } catch (SearchUnavailableException | IllegalArgumentException e) {
      LOG.debugf("Lookup of scanned code '%s' not answered: %s", typed, e.getMessage());
    }
    if (found.isEmpty()) {
      Optional<Product> p = catalog.product(typed);
      p.ifPresent(x -> found.add(new Resolved(x.codeKey(), x.code(), x.nameKo())));
    }
    return found;
  }

  private PickLine pickLineFor(
      Actor actor, CustomerOrder order, Map<Integer, PickLine> pickLines, OrderLine line) {
    PickLine p = pickLines.get(line.lineNo);
    if (p == null) {
      // An order inspected before pick lists existed: its lines get one to count scans on.
      p = new PickLine();
      p.orderId = order.id;
      p.lineNo = line.lineNo;
      p.locationCode = order.stockLocation;
      p.bin =
          stock.find(order.stockLocation, line.codeKey).map((StockItem s) -> s.bin).orElse(null);
      p.persist();
      pickLines.put(line.lineNo, p);
    }
    return p;
  }

  private static Map<Integer, PickLine> pickLines(long orderId) {
    Map<Integer, PickLine> byLine = new TreeMap<>();
    PickLine.<PickLine>list("orderId", orderId).forEach(p -> byLine.put(p.lineNo, p));
    return byLine;
  }

  private static CustomerOrder order(Actor actor, long id, LockModeType lock) {
    CustomerOrder order = CustomerOrder.findById(id, lock);
    if (order == null || !actor.mayActFor(order.companyId)) {
      throw new BusinessRefusal(Refusal.ORDER_NOT_FOUND, "No order has the id " + id + ".");
    }
    return order;
  }

  private static void atStep(CustomerOrder order, OrderStatus step, String what) {
    if (order.status != step) {
      throw new BusinessRefusal(
              Refusal.NOT_AT_STEP,
              what
                  + " while an order is in "
                  + step
                  + "; order "
                  + order.id
                  + " is "
                  + order.status
                  + ".")
          .with("status", order.status);
    }
  }

  private static OrderLine line(CustomerOrder order, int lineNo) {
    return order.lines.stream()
        .filter(l -> l.lineNo == lineNo)
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRefusal(
                    Refusal.LINE_NOT_FOUND, "Order " + order.id + " has no line " + lineNo + "."));
  }

  private static OrderLine lineOf(CustomerOrder order, int lineNo) {
    return line(order, lineNo);
  }

  private static String name(Map<Long, UserAccount> cache, long userId) {
    UserAccount u = cache.computeIfAbsent(userId, id -> UserAccount.findById(id));
    return u == null ? "#" + userId : u.displayName;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
