package kr.catalog.api.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kr.catalog.api.account.CustomerCompany;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.order.OrderService;
import kr.catalog.api.order.OrderView;
import kr.catalog.api.order.StockItem;
import kr.catalog.api.order.StockService;
import kr.catalog.api.pdf.PdfSheet;
import kr.catalog.api.pricing.Discount;
import kr.catalog.api.pricing.Discounts;
import kr.catalog.api.pricing.PricedLine;
import kr.catalog.api.pricing.PricingRule;
import kr.catalog.api.quote.QuoteService;
import kr.catalog.api.quote.QuoteView;
import kr.catalog.api.security.Actor;
import kr.catalog.model.Product;

/** Makes {@link Reorder}s: a past order's or quote's lines at today's prices, changes named. */
@ApplicationScoped
public class ReorderService {

  @Inject OrderService orders;
  @Inject QuoteService quotes;
  @Inject CatalogView catalog;
  @Inject Discounts discounts;
  @Inject StockService stock;
  @Inject Clock clock;

  /** The lines of an order the actor may see, priced today for its company. */
  @Transactional
  public Reorder ofOrder(Actor actor, long orderId) {
    OrderView order = orders.get(actor, orderId);
    return reorder("order", orderId, order.customer().id(), order.lines());
  }

  /** The lines of a quote the actor may see, priced today for its company. */
  @Transactional
  public Reorder ofQuote(Actor actor, long quoteId) {
    QuoteView quote = quotes.get(actor, quoteId);
    return reorder("quote", quoteId, quote.customer().id(), quote.lines());
  }

  private Reorder reorder(String source, long id, long companyId, List<QuoteView.Line> original) {
    CustomerCompany company = CustomerCompany.findById(companyId);
    List<Reorder.Omitted> omitted = new ArrayList<>();
    List<Kept> kept = new ArrayList<>();
    for (QuoteView.Line line : original) {
      Optional<Product> product = catalog.product(line.code());
      if (product.isEmpty()) {
        omitted.add(omit(line, Reorder.OmittedReason.NOT_IN_CATALOG));
        continue;
      }
      Product p = product.get();
      Optional<Product> sold = p.discontinued() ? replacementFor(p) : product;
      if (sold.isEmpty()) {
        omitted.add(omit(line, Reorder.OmittedReason.DISCONTINUED_WITHOUT_REPLACEMENT));
        continue;
      }
      kept.add(new Kept(line, p, sold.get()));
    }
    Map<String, Discount> promos =
        discounts.at(clock.instant(), kept.stream().map(k -> k.sold().codeKey()).toList());
    List<Reorder.Line> lines = new ArrayList<>();
    Statement.Totals totals = Statement.Totals.ZERO;
    for (Kept k : kept) {
      QuoteView.Line was = k.line();
      Product p = k.sold();
      PricedLine now =
          PricingRule.price(
              p.listPrice(),
              was.quantity(),
              company.grade,
              promos.getOrDefault(p.codeKey(), Discount.NONE));
      long available = stock.find(p.codeKey()).map(ReorderService::available).orElse(0L);
      boolean replaced = k.original() != p;
      List<Reorder.Change> changes = new ArrayList<>();
      if (replaced) {
        changes.add(
            new Reorder.Change(
                Reorder.Kind.REPLACED,
                was.code() + " is discontinued; " + p.code() + " of the same family replaces it"));
      }
      if (now.unitPrice() > was.unitPrice()) {
        changes.add(
            new Reorder.Change(
                Reorder.Kind.PRICE_UP, priceChange("up", was.unitPrice(), now.unitPrice())));
      } else if (now.unitPrice() < was.unitPrice()) {
        changes.add(
            new Reorder.Change(
                Reorder.Kind.PRICE_DOWN, priceChange("down", was.unitPrice(), now.unitPrice())));
      }
      if (available <= 0) {
        changes.add(new Reorder.Change(Reorder.Kind.OUT_OF_STOCK, "no unit available now"));
      } else if (available < was.quantity()) {
        changes.add(
            new Reorder.Change(
                Reorder.Kind.SHORT_STOCK,
                available + " of " + was.quantity() + " units available now"));
      }
      lines.add(
          new Reorder.Line(
              p.code(),
              p.nameKo(),
              was.quantity(),
              was.unitPrice(),
              now.unitPrice(),
              now.netAmount(),
              now.vatAmount(),
              now.grossAmount(),
              Math.max(0, available),
              replaced ? was.code() : null,
              changes));
      totals =
          totals.plus(new Statement.Totals(now.netAmount(), now.vatAmount(), now.grossAmount()));
    }
    return new Reorder(source, id, companyId, lines, omitted, totals);
  }

  /**
   * The variant of a discontinued product's family still sold that is closest to it: most
   * specifications in common, then the nearest list price, then the code (so the answer is stable).
   */
  Optional<Product> replacementFor(Product discontinued) {
    return catalog.family(discontinued).stream()
        .filter(p -> !p.discontinued())
        .min(
            Comparator.comparingLong((Product p) -> -sharedSpecs(p, discontinued))
                .thenComparingLong(p -> Math.abs(p.listPrice() - discontinued.listPrice()))
                .thenComparing(Product::code));
  }

  private static long sharedSpecs(Product a, Product b) {
    return a.specs().entrySet().stream()
        .filter(e -> e.getValue().equals(b.specs().get(e.getKey())))
        .count();
  }

  /** An original line that can be reordered, with the product sold for it today. */
  private record Kept(QuoteView.Line line, Product original, Product sold) {}

  private static long available(StockItem item) {
    return item.onHand - item.reserved;
  }

  private static Reorder.Omitted omit(QuoteView.Line line, Reorder.OmittedReason reason) {
    return new Reorder.Omitted(line.code(), line.name(), line.quantity(), reason);
  }

  private static String priceChange(String direction, long was, long now) {
    return String.format(
        Locale.ROOT,
        "unit price %s from %s to %s KRW",
        direction,
        PdfSheet.won(was),
        PdfSheet.won(now));
  }
}
