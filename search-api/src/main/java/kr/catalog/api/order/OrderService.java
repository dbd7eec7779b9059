package kr.catalog.api.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kr.catalog.api.account.CustomerCompany;
import kr.catalog.api.account.CustomerService;
import kr.catalog.api.account.UserAccount;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.pricing.Discount;
import kr.catalog.api.pricing.Discounts;
import kr.catalog.api.pricing.LineAmounts;
import kr.catalog.api.pricing.PricedLine;
import kr.catalog.api.pricing.PricingRule;
import kr.catalog.api.quote.CatalogLines;
import kr.catalog.api.quote.LineParser;
import kr.catalog.api.quote.Quote;
import kr.catalog.api.quote.QuoteLine;
import kr.catalog.api.quote.QuoteService;
import kr.catalog.api.quote.QuoteStatus;
import kr.catalog.api.quote.QuoteView;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Order intake, history and the fulfilment lifecycle.
 *
 * <p>Intake is idempotent per caller: a submission with an {@code Idempotency-Key} the caller used
 * before returns the order that key created (when the body is the same) or is refused with 422
 * (when it is not). Two concurrent submissions with one key race on the unique constraint {@code
 * (placed_by, idempotency_key)}; the loser's transaction, stock reservation included, rolls back
 * and it answers the winner's order.
 */
@ApplicationScoped
public class OrderService {

  @Inject CatalogLines catalogLines;
  @Inject CustomerService customers;
  @Inject Discounts discounts;
  @Inject java.time.Clock clock;
  @Inject QuoteService quotes;
  @Inject StockService stock;
  @Inject CommerceConfig config;
  @Inject ObjectMapper json;
  @Inject Event<OrderMoved> moved;
  @Inject Instance<StepHook> stepHooks;

  /**
   * The outcome of a submission.
   *
   * @param order the order
   * @param replayed true when an earlier submission with the same key had created it
   */
  public record Placement(OrderView order, boolean replayed) {}

  /** Accepts an order from a cart, priced today, reserving its stock. */
  public Placement place(Actor actor, OrderRequest request, String idempotencyKey) {
    String hash = hash("order", request);
    return idempotent(
        actor,
        idempotencyKey,
        hash,
        () -> {
          checkChannel(actor, request.channel());
          List<CatalogLines.Resolved> lines =
              catalogLines.resolve(LineParser.cart(request.lines()));
          return QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    CustomerCompany company = customers.companyFor(actor, request.customerId());
                    Map<String, Discount> promos =
                        discounts.at(
                            clock.instant(),
                            lines.stream().map(r -> r.product().codeKey()).toList());
                    CustomerOrder order =
                        newOrder(
                            actor,
                            company,
                            request.channel(),
                            request.fulfilment(),
                            request.deliveryAddress(),
                            request.pickupStore(),
                            request.deliveryPostalCode());
                    int lineNo = 1;
                    for (CatalogLines.Resolved r : lines) {
                      PricedLine p =
                          PricingRule.price(
                              r.product().listPrice(),
                              r.request().quantity(),
                              company.grade,
                              promos.getOrDefault(r.product().codeKey(), Discount.NONE));
                      order.lines.add(
                          line(
                              lineNo++,
                              r.product().codeKey(),
                              r.product().code(),
                              r.product().nameKo(),
                              p));
                    }
                    return accept(actor, order, idempotencyKey, hash, request.note());
                  });
        });
  }

  /**
   * Converts a valid quote into an order at its quoted prices.
   *
   * @throws BusinessRefusal {@link Refusal#QUOTE_EXPIRED}, {@link Refusal#QUOTE_REPLACED} or {@link
   *     Refusal#ALREADY_ORDERED}
   */
  public Placement placeFromQuote(
      Actor actor, long quoteId, QuoteOrderRequest request, String idempotencyKey) {
    String hash = hash("quote:" + quoteId, request);
    return idempotent(
        actor,
        idempotencyKey,
        hash,
        () -> {
          checkChannel(actor, request.channel());
          return QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    Quote quote = quotes.visible(actor, quoteId, LockModeType.PESSIMISTIC_WRITE);
                    String name = quote.quoteNo + " v" + quote.version;
                    if (quote.status == QuoteStatus.ORDERED) {
                      throw new BusinessRefusal(
                          Refusal.ALREADY_ORDERED, "Quote " + name + " has already been ordered.");
                    }
                    if (quote.status == QuoteStatus.SUPERSEDED) {
                      throw new BusinessRefusal(
                          Refusal.QUOTE_REPLACED,
                          "Quote " + name + " was replaced by a newer version.");
                    }
                    if (quote.expiredOn(quotes.today())) {
                      throw new BusinessRefusal(
                          Refusal.QUOTE_EXPIRED,
                          "Quote " + name + " expired on " + quote.validUntil + ".");
                    }
                    CustomerCompany company = CustomerCompany.findById(quote.companyId);
                    CustomerOrder order =
                        newOrder(
                            actor,
                            company,
                            request.channel(),
                            request.fulfilment(),
                            request.deliveryAddress(),
                            request.pickupStore(),
                            request.deliveryPostalCode());
                    order.quoteId = quote.id;
                    for (QuoteLine q : quote.lines) {
                      order.lines.add(
                          line(
                              q.lineNo,
                              q.codeKey,
                              q.code,
                              q.name,
                              q.amounts.toPricedLine(q.quantity)));
                    }
                    quote.status = QuoteStatus.ORDERED;
                    return accept(actor, order, idempotencyKey, hash, request.note());
                  });
        });
  }

  /** An order the actor may see; another company's order is answered as unknown (404). */
  @Transactional
  public OrderView get(Actor actor, long id) {
    return view(visible(actor, id, LockModeType.NONE));
  }

  /**
   * Order history, newest first: a customer's own company; staff all companies or the one named.
   */
  @Transactional
  public List<OrderView.Summary> list(
      Actor actor, Long customerId, OrderStatus status, int page, int size) {
    Long company = actor.role().staff() ? customerId : actor.companyId();
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (company != null) {
      where.append(" and companyId = :company");
      params.put("company", company);
    }
    if (status != null) {
      where.append(" and status = :status");
      params.put("status", status);
    }
    List<CustomerOrder> orders =
        CustomerOrder.<CustomerOrder>find(where + " order by id desc", params)
            .page(page, size)
            .list();
    // The page's companies in one query: the warehouse board shows names, not numbers.
    Map<Long, String> names = new HashMap<>();
    List<Long> companyIds = orders.stream().map(o -> o.companyId).distinct().toList();
    if (!companyIds.isEmpty()) {
      CustomerCompany.<CustomerCompany>list("id in ?1", companyIds)
          .forEach(c -> names.put(c.id, c.name));
    }
    Map<String, String> locationNames = new HashMap<>();
    return orders.stream()
        .map(
            o ->
                new OrderView.Summary(
                    o.id,
                    o.status,
                    o.channel,
                    o.fulfilment,
                    o.companyId,
                    names.getOrDefault(o.companyId, "#" + o.companyId),
                    o.grossTotal,
                    o.lines.size(),
                    o.createdAt,
                    locationNames.computeIfAbsent(o.stockLocation, c -> location(c).name())))
        .toList();
  }

  /**
   * Moves an order one step through its lifecycle and records who did it.
   *
   * @throws BusinessRefusal {@link Refusal#ORDER_NOT_FOUND} unknown or not visible, {@link
   *     Refusal#ILLEGAL_TRANSITION}, {@link Refusal#STEP_NOT_ALLOWED} for the role
   * @throws InvalidParameterException when the step's detail (location, region, partner) is missing
   */
  @Transactional
  public OrderView transition(Actor actor, long id, TransitionRequest request) {
    CustomerOrder order = visible(actor, id, LockModeType.PESSIMISTIC_WRITE);
    Lifecycle.Step step =
        Lifecycle.find(order.status, request.to(), order.fulfilment)
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        Refusal.ILLEGAL_TRANSITION,
                        "Order "
                            + id
                            + " ("
                            + order.fulfilment
                            + ") cannot move from "
                            + order.status
                            + " to "
                            + request.to()
                            + "; next may be "
                            + Lifecycle.next(order.status, order.fulfilment)
                            + "."));
    if (!step.roles().contains(actor.role())) {
      throw new BusinessRefusal(
          Refusal.STEP_NOT_ALLOWED,
          "The role " + actor.role() + " may not move an order to " + request.to() + ".");
    }
    switch (step.detail()) {
      // The pick list knows each line's location and bin; a free-text location is still kept.
      case LOCATION ->
          order.pickingLocation =
              request.location() == null || request.location().isBlank()
                  ? order.stockLocation
                  : request.location().strip();
      // The delivery rules (a StepHook) propose region and partner when the request gives none.
      case REGION_AND_PARTNER -> {
        order.region = blankToNull(request.region());
        order.deliveryPartner = blankToNull(request.partner());
      }
      case NONE -> {}
    }
    for (StepHook hook : stepHooks) {
      hook.beforeMove(actor, order, step, request);
    }
    if (step.detail() == Lifecycle.Detail.REGION_AND_PARTNER) {
      required("region", order.region);
      required("partner", order.deliveryPartner);
    }
    if (request.to() == OrderStatus.CANCELLED) {
      if (Lifecycle.holdsStock(order.status)) {
        stock.release(order.stockLocation, order.quantities());
      }
    } else if (order.status == OrderStatus.BACK_ORDERED) {
      // A back-order taken in: it reserves now, or is refused while the units are not there.
      Map<String, String> codes = new HashMap<>();
      order.lines.forEach(l -> codes.put(l.codeKey, l.code));
      stock.reserve(order.stockLocation, order.quantities(), codes);
    } else if (Lifecycle.shipsAt(request.to())) {
      // Picking wrote a short line's missing units off: what is left reserved is what ships.
      stock.ship(order.stockLocation, order.quantitiesToShip());
    }
    record(order, actor, order.status, request.to(), request.note());
    order.status = request.to();
    order.updatedAt = Instant.now();
    return view(order);
  }

  private Placement idempotent(Actor actor, String key, String hash, Supplier<Long> create) {
    if (key != null) {
      Optional<Placement> earlier = replay(actor, key, hash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    try {
      long id = create.get();
      return new Placement(QuarkusTransaction.requiringNew().call(() -> get(actor, id)), false);
    } catch (RuntimeException e) {
      if (key != null && isUniqueViolation(e)) {
        return replay(actor, key, hash).orElseThrow(() -> e);
      }
      throw e;
    }
  }

  private Optional<Placement> replay(Actor actor, String key, String hash) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                CustomerOrder.<CustomerOrder>find(
                        "placedBy = ?1 and idempotencyKey = ?2", actor.userId(), key)
                    .firstResultOptional()
                    .map(
                        o -> {
                          if (!hash.equals(o.requestHash)) {
                            throw new BusinessRefusal(
                                Refusal.IDEMPOTENCY_KEY_REUSED,
                                "The Idempotency-Key was already used for a different request.");
                          }
                          return new Placement(view(o), true);
                        }));
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException c
          && c.getConstraintName() != null
          && c.getConstraintName().toLowerCase(Locale.ROOT).contains("idempotency")) {
        return true;
      }
    }
    return false;
  }

  private CustomerOrder newOrder(
      Actor actor,
      CustomerCompany company,
      Channel channel,
      Fulfilment fulfilment,
      String address,
      String pickupStore,
      String postalCode) {
    CustomerOrder order = new CustomerOrder();
    order.stockLocation = stockLocation(fulfilment, pickupStore);
    order.companyId = company.id;
    order.placedBy = actor.userId();
    order.channel = channel;
    order.fulfilment = fulfilment;
    order.status = OrderStatus.RECEIVED;
    order.deliveryAddress =
        fulfilment == Fulfilment.DELIVERY ? (address != null ? address : company.address) : null;
    order.deliveryPostalCode =
        fulfilment == Fulfilment.DELIVERY
            ? PostalCode.given(postalCode)
                .or(() -> PostalCode.in(order.deliveryAddress))
                .orElse(null)
            : null;
    order.createdAt = Instant.now();
    order.updatedAt = order.createdAt;
    return order;
  }

  private static OrderLine line(
      int lineNo, String codeKey, String code, String name, PricedLine p) {
    OrderLine line = new OrderLine();
    line.lineNo = lineNo;
    line.codeKey = codeKey;
    line.code = code;
    line.name = name;
    line.quantity = p.quantity();
    line.amounts = LineAmounts.of(p);
    return line;
  }

  /** Totals, stock reservation, insert (the idempotency constraint fires here) and audit. */
  private long accept(Actor actor, CustomerOrder order, String key, String hash, String note) {
    PricingRule.Totals totals =
        PricingRule.totals(
            order.lines.stream().map(l -> l.amounts.toPricedLine(l.quantity)).toList());
    order.netTotal = totals.net();
    order.vatTotal = totals.vat();
    order.grossTotal = totals.gross();
    order.idempotencyKey = key;
    order.requestHash = key == null ? null : hash;
    Map<String, String> codes = new HashMap<>();
    order.lines.forEach(l -> codes.put(l.codeKey, l.code));
    stock.reserve(order.stockLocation, order.quantities(), codes);
    order.persist();
    CustomerOrder.flush();
    record(order, actor, null, OrderStatus.RECEIVED, note);
    return order.id;
  }

  private void record(
      CustomerOrder order, Actor actor, OrderStatus from, OrderStatus to, String note) {
    OrderEvent event = new OrderEvent();
    event.orderId = order.id;
    event.at = Instant.now();
    event.actorId = actor.userId();
    event.actorRole = actor.role();
    event.fromStatus = from;
    event.toStatus = to;
    event.note = note;
    event.persist();
    // Synchronous observers run here, in this transaction (the notification outbox).
    moved.fire(
        new OrderMoved(order.id, event.id, order.companyId, order.fulfilment, from, to, event.at));
  }

  /**
   * Where an order takes its stock: a delivery from the central warehouse (the only location that
   * ships to addresses), a pickup at the store the customer chose, or at the warehouse's counter
   * when they chose none (how pickups worked before there were stores).
   */
  private String stockLocation(Fulfilment fulfilment, String pickupStore) {
    if (pickupStore == null) {
      return StockLocation.WAREHOUSE;
    }
    if (fulfilment != Fulfilment.PICKUP) {
      throw new InvalidParameterException(
          "pickupStore", "only a pickup order names a store; deliveries leave the warehouse");
    }
    StockLocation store =
        stock
            .location(pickupStore)
            .orElseThrow(
                () ->
                    new InvalidParameterException(
                        "pickupStore", "no store has the code " + pickupStore));
    return store.code;
  }

  private static void checkChannel(Actor actor, Channel channel) {
    if (!actor.role().staff() && !channel.selfService()) {
      throw new InvalidParameterException(
          "channel",
          "customers order through WEB, MOBILE or TABLET; " + channel + " is taken by staff");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameterException(field, "required for this step");
    }
    return value.strip();
  }

  private CustomerOrder visible(Actor actor, long id, LockModeType lock) {
    CustomerOrder order = CustomerOrder.findById(id, lock);
    if (order == null || !actor.mayActFor(order.companyId)) {
      throw new BusinessRefusal(Refusal.ORDER_NOT_FOUND, "No order has the id " + id + ".");
    }
    return order;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), config.zone());
  }

  private String hash(String scope, Object request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(scope.getBytes(StandardCharsets.UTF_8));
      digest.update(json.writeValueAsBytes(request));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("cannot hash the request", e);
    }
  }

  private static OrderView view(CustomerOrder o) {
    CustomerCompany company = CustomerCompany.findById(o.companyId);
    Map<Long, UserAccount> users = new HashMap<>();
    List<OrderEvent> events = OrderEvent.list("orderId = ?1 order by at, id", o.id);
    List<OrderView.Event> timeline = new ArrayList<>();
    for (OrderEvent e : events) {
      timeline.add(
          new OrderView.Event(e.at, e.fromStatus, e.toStatus, person(users, e.actorId), e.note));
    }
    return new OrderView(
        o.id,
        o.status,
        o.channel,
        o.fulfilment,
        new OrderView.Party(company.id, company.name),
        person(users, o.placedBy),
        o.quoteId,
        o.deliveryAddress,
        location(o.stockLocation),
        o.pickingLocation,
        o.region,
        o.deliveryPartner,
        o.lines.stream().map(QuoteView.Line::of).toList(),
        new QuoteView.Totals(o.netTotal, o.vatTotal, o.grossTotal),
        o.createdAt,
        o.updatedAt,
        Lifecycle.next(o.status, o.fulfilment),
        timeline,
        o.backOrderOf,
        o.shortfall,
        o.lines.stream()
            .filter(l -> o.shortfall != null && l.quantityToShip() < l.quantity)
            .map(
                l ->
                    new OrderView.ShortLine(
                        l.lineNo,
                        l.code,
                        l.quantity,
                        l.quantityToShip(),
                        l.quantity - l.quantityToShip()))
            .toList(),
        CustomerOrder.<CustomerOrder>list("backOrderOf = ?1 order by id", o.id).stream()
            .map(b -> new OrderView.BackOrder(b.id, b.status))
            .toList());
  }

  private static OrderView.Location location(String code) {
    StockLocation l = StockLocation.findById(code);
    return l == null
        ? new OrderView.Location(code, code, null)
        : new OrderView.Location(l.code, l.name, l.address);
  }

  private static OrderView.Person person(Map<Long, UserAccount> cache, long userId) {
    UserAccount u = cache.computeIfAbsent(userId, id -> UserAccount.findById(id));
    return new OrderView.Person(u.id, u.displayName, u.role);
  }
}
