package kr.catalog.api.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.catalog.api.account.CustomerCompany;
import kr.catalog.api.account.CustomerService;
import kr.catalog.api.account.UserAccount;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.pricing.Discount;
import kr.catalog.api.pricing.Discounts;
import kr.catalog.api.pricing.LineAmounts;
import kr.catalog.api.pricing.PricedLine;
import kr.catalog.api.pricing.PricingGrade;
import kr.catalog.api.pricing.PricingRule;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;

/** Makes, revises and shows quotes; every price comes from {@link PricingRule}. */
@ApplicationScoped
public class QuoteService {

  /** Most quotes one list answers. */
  public static final int LIST_LIMIT = 200;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String NO_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final DateTimeFormatter NO_DATE =
      DateTimeFormatter.ofPattern("yyMMdd", java.util.Locale.ROOT);

  @Inject CatalogLines catalogLines;
  @Inject CustomerService customers;
  @Inject Discounts discounts;
  @Inject java.time.Clock clock;
  @Inject CommerceConfig config;

  /** A new quote (version 1). */
  @Transactional
  public QuoteView create(Actor actor, QuoteRequest request) {
    List<CatalogLines.Resolved> lines = catalogLines.resolve(request.requestedLines());
    CustomerCompany company = customers.companyFor(actor, request.customerId());
    Quote quote = priced(actor, company, lines, request.note());
    quote.quoteNo = "Q" + NO_DATE.format(quote.pricedOn) + "-" + randomSuffix();
    quote.version = 1;
    quote.persist();
    return view(quote, today());
  }

  /**
   * A new version of an open quote, priced again today and valid from today; the old version is
   * superseded and can no longer be ordered.
   */
  @Transactional
  public QuoteView revise(Actor actor, long id, QuoteRequest request) {
    Quote old = visible(actor, id, LockModeType.PESSIMISTIC_WRITE);
    if (old.status != QuoteStatus.OPEN) {
      throw new BusinessRefusal(
          old.status == QuoteStatus.ORDERED ? Refusal.ALREADY_ORDERED : Refusal.QUOTE_REPLACED,
          "Quote " + old.quoteNo + " v" + old.version + " is " + old.status + ".");
    }
    List<CatalogLines.Resolved> lines = catalogLines.resolve(request.requestedLines());
    CustomerCompany company = CustomerCompany.findById(old.companyId);
    Quote quote = priced(actor, company, lines, request.note());
    quote.quoteNo = old.quoteNo;
    quote.version = old.version + 1;
    old.status = QuoteStatus.SUPERSEDED;
    quote.persist();
    return view(quote, today());
  }

  /** A quote the actor may see. */
  @Transactional
  public QuoteView get(Actor actor, long id) {
    return view(visible(actor, id, LockModeType.NONE), today());
  }

  /**
   * The latest {@value #LIST_LIMIT} quotes of the actor's company (customers) or of one company /
   * all (staff), newest first.
   */
  @Transactional
  public List<QuoteView> list(Actor actor, Long customerId) {
    Long company = actor.role().staff() ? customerId : actor.companyId();
    List<Quote> quotes =
        (company == null
                ? Quote.<Quote>find("order by id desc")
                : Quote.<Quote>find("companyId = ?1 order by id desc", company))
            .page(0, LIST_LIMIT)
            .list();
    LocalDate today = today();
    return quotes.stream().map(q -> view(q, today)).toList();
  }

  /**
   * The quote, if the actor may see it; a quote of another company is answered as unknown (404), so
   * its existence is not revealed.
   */
  public Quote visible(Actor actor, long id, LockModeType lock) {
    Quote quote = Quote.findById(id, lock);
    if (quote == null || !actor.mayActFor(quote.companyId)) {
      throw new BusinessRefusal(Refusal.QUOTE_NOT_FOUND, "No quote has the id " + id + ".");
    }
    return quote;
  }

  /** Today in the business time zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), config.zone());
  }

  private Quote priced(
      Actor actor, CustomerCompany company, List<CatalogLines.Resolved> lines, String note) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, config.zone());
    Map<String, Discount> promos =
        discounts.at(now, lines.stream().map(r -> r.product().codeKey()).toList());
    Quote quote = new Quote();
    quote.status = QuoteStatus.OPEN;
    quote.companyId = company.id;
    quote.grade = company.grade;
    quote.createdBy = actor.userId();
    quote.createdAt = Instant.now();
    quote.pricedOn = today;
    quote.validUntil = today.plusDays(config.quoteValidityDays() - 1L);
    quote.note = note;
    List<PricedLine> priced = new ArrayList<>();
    int lineNo = 1;
    for (CatalogLines.Resolved r : lines) {
      PricedLine p = price(r, company.grade, promos);
      priced.add(p);
      QuoteLine line = new QuoteLine();
      line.lineNo = lineNo++;
      line.codeKey = r.product().codeKey();
      line.code = r.product().code();
      line.name = r.product().nameKo();
      line.quantity = p.quantity();
      line.amounts = LineAmounts.of(p);
      quote.lines.add(line);
    }
    PricingRule.Totals totals = PricingRule.totals(priced);
    quote.netTotal = totals.net();
    quote.vatTotal = totals.vat();
    quote.grossTotal = totals.gross();
    return quote;
  }

  private static PricedLine price(
      CatalogLines.Resolved r, PricingGrade grade, Map<String, Discount> promos) {
    return PricingRule.price(
        r.product().listPrice(),
        r.request().quantity(),
        grade,
        promos.getOrDefault(r.product().codeKey(), Discount.NONE));
  }

  /** The answer form of a quote. */
  public static QuoteView view(Quote q, LocalDate today) {
    CustomerCompany company = CustomerCompany.findById(q.companyId);
    UserAccount creator = UserAccount.findById(q.createdBy);
    Long orderId =
        q.status == QuoteStatus.ORDERED
            ? Quote.getEntityManager()
                .createQuery("select o.id from CustomerOrder o where o.quoteId = ?1", Long.class)
                .setParameter(1, q.id)
                .getResultStream()
                .findFirst()
                .orElse(null)
            : null;
    return new QuoteView(
        q.id,
        q.quoteNo,
        q.version,
        q.status,
        q.expiredOn(today),
        new QuoteView.Customer(company.id, company.name, q.grade),
        creator.displayName,
        q.createdAt,
        q.pricedOn,
        q.validUntil,
        q.note,
        q.lines.stream().map(QuoteView.Line::of).toList(),
        new QuoteView.Totals(q.netTotal, q.vatTotal, q.grossTotal),
        orderId);
  }

  private static String randomSuffix() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      sb.append(NO_ALPHABET.charAt(RANDOM.nextInt(NO_ALPHABET.length())));
    }
    return sb.toString();
  }
}
