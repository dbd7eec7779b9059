package kr.catalog.api.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.model.Product;
import kr.catalog.search.LookupQuery;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchUnavailableException;
import org.jboss.logging.Logger;

/** Resolves requested lines against the served catalog; refuses them all if any is unknown. */
@ApplicationScoped
public class CatalogLines {
  private static final Logger LOG = Logger.getLogger(CatalogLines.class);
  private static final int SUGGESTIONS = 3;

  @Inject CatalogView catalog;
  @Inject SearchBackend search;

  /** A requested line with its product. */
  public record Resolved(RequestedLine request, Product product) {}

  /**
   * The products of these lines, in order.
   *
   * @throws BusinessRefusal {@link Refusal#UNRESOLVED_LINES} listing every unknown or discontinued
   *     code with suggestions
   */
  public List<Resolved> resolve(List<RequestedLine> lines) {
    List<Resolved> resolved = new ArrayList<>();
    List<UnresolvedLine> refused = new ArrayList<>();
    for (RequestedLine line : lines) {
      Optional<Product> product = catalog.product(line.code());
      if (product.isEmpty()) {
        refused.add(
            new UnresolvedLine(
                line.lineNo(),
                line.code(),
                line.quantity(),
                UnresolvedLine.Reason.UNKNOWN_CODE,
                suggestions(line.code())));
      } else if (product.get().discontinued()) {
        refused.add(
            new UnresolvedLine(
                line.lineNo(),
                line.code(),
                line.quantity(),
                UnresolvedLine.Reason.DISCONTINUED,
                catalog.family(product.get()).stream()
                    .filter(p -> !p.discontinued())
                    .map(Product::code)
                    .limit(SUGGESTIONS)
                    .toList()));
      } else {
        resolved.add(new Resolved(line, product.get()));
      }
    }
    if (!refused.isEmpty()) {
      throw new BusinessRefusal(
              Refusal.UNRESOLVED_LINES,
              refused.size()
                  + " line(s) name no orderable product; nothing was created. Correct them and"
                  + " send again.")
          .with("unresolved", List.copyOf(refused));
    }
    return resolved;
  }

  /**
   * Codes close to a typed one: the lookup's prefix and infix matches, then the autocomplete's
   * products. Without search the list is empty, and the line is still refused.
   */
  private List<String> suggestions(String typed) {
    Set<String> codes = new LinkedHashSet<>();
    try {
      search.lookup(new LookupQuery(typed, null, SUGGESTIONS)).stream()
          .filter(h -> !h.product().discontinued())
          .forEach(h -> codes.add(h.product().code()));
      if (codes.size() < SUGGESTIONS) {
        search.suggest(typed, SUGGESTIONS).products().stream()
            .filter(h -> !h.discontinued())
            .forEach(h -> codes.add(h.code()));
      }
    } catch (SearchUnavailableException | IllegalArgumentException e) {
      LOG.debugf("No suggestions for '%s': %s", typed, e.getMessage());
    }
    return codes.stream().limit(SUGGESTIONS).toList();
  }
}
