package kr.catalog.search.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.catalog.model.Category;

/** Finds categories by typed Korean or English name: names beginning with it first. */
public final class CategoryDirectory {

  private final List<Category> categories;

  CategoryDirectory(List<Category> categories) {
    this.categories = List.copyOf(categories);
  }

  /** Categories whose name begins with or contains the text, prefix matches first, then by id. */
  public List<Category> match(String text, int limit) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String q = MakerDirectory.key(text);
    record Ranked(Category category, int rank) {}
    List<Ranked> ranked = new ArrayList<>();
    for (Category c : categories) {
      String ko = MakerDirectory.key(c.nameKo());
      String en = c.nameEn() == null ? "" : MakerDirectory.key(c.nameEn());
      if (ko.startsWith(q) || en.startsWith(q)) {
        ranked.add(new Ranked(c, 0));
      } else if (ko.contains(q) || en.contains(q)) {
        ranked.add(new Ranked(c, 1));
      }
    }
    return ranked.stream()
        .sorted(Comparator.comparingInt(Ranked::rank).thenComparing(r -> r.category().id()))
        .limit(limit)
        .map(Ranked::category)
        .toList();
  }
}
