package kr.catalog.ingest.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Category;
import kr.catalog.model.Text;

/**
 * The category master, and how feeds name a category: by id ({@code 01.03}), by path of Korean or
 * English names ({@code 전동공구 > 드릴/드라이버}, {@code Power Tools > Drills & Drivers}), or by a leaf name
 * alone when only one leaf has it. Names match case- and space-insensitively. Products belong to
 * leaves only.
 */
public final class CategoryDirectory {
  private static final Pattern PATH_SEPARATOR = Pattern.compile("\\s*[>›»]\\s*");
  private static final Pattern ID = Pattern.compile("[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*");

  private final Map<String, Category> byId = new LinkedHashMap<>();
  private final Set<String> parents = new HashSet<>();
  private final Map<String, String> byPath = new HashMap<>();
  private final Map<String, List<String>> leavesByName = new HashMap<>();

  /** Builds the directory; parents must come before their children. */
  public CategoryDirectory(Collection<Category> categories) {
    for (Category c : categories) {
      if (c.parentId() != null && !byId.containsKey(c.parentId())) {
        throw new IllegalArgumentException(
            "category "
                + c.id()
                + " names parent "
                + c.parentId()
                + " which comes later or is absent");
      }
      if (byId.putIfAbsent(c.id(), c) != null) {
        throw new IllegalArgumentException("category id '" + c.id() + "' appears twice");
      }
      if (c.parentId() != null) {
        parents.add(c.parentId());
      }
    }
    for (Category c : byId.values()) {
      for (boolean korean : new boolean[] {true, false}) {
        byPath.put(pathKey(c, korean), c.id());
      }
    }
    for (Category c : byId.values()) {
      if (!parents.contains(c.id())) {
        for (String name : List.of(c.nameKo(), c.nameEn())) {
          List<String> ids = leavesByName.computeIfAbsent(nameKey(name), k -> new ArrayList<>());
          if (!ids.contains(c.id())) {
            ids.add(c.id());
          }
        }
      }
    }
  }

  private String pathKey(Category c, boolean korean) {
    List<String> names = new ArrayList<>();
    for (Category at = c; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
      names.addFirst(nameKey(korean ? at.nameKo() : at.nameEn()));
    }
    return String.join(">", names);
  }

  private static String nameKey(String name) {
    return Text.lower(Text.clean(name == null ? "" : name)).replace(" ", "");
  }

  /**
   * The leaf category a feed value names.
   *
   * @throws NormalizationException {@link RejectReason#MISSING_FIELD} when blank, {@link
   *     RejectReason#UNKNOWN_CATEGORY} when unknown, ambiguous or not a leaf
   */
  public Category requireLeaf(String raw) {
    String s = Text.clean(raw);
    if (Text.isBlank(s)) {
      throw new NormalizationException(RejectReason.MISSING_FIELD, "category", "category is empty");
    }
    Category found = null;
    if (ID.matcher(s).matches()) {
      found = byId.get(s);
    }
    if (found == null) {
      String path =
          String.join(
              ">", PATH_SEPARATOR.splitAsStream(s).map(CategoryDirectory::nameKey).toList());
      String id = byPath.get(path);
      if (id == null) {
        List<String> ids = leavesByName.getOrDefault(path, List.of());
        if (ids.size() == 1) {
          id = ids.getFirst();
        }
      }
      found = id == null ? null : byId.get(id);
    }
    if (found == null) {
      throw new NormalizationException(
          RejectReason.UNKNOWN_CATEGORY, "category", "category '" + raw + "' is not in the master");
    }
    if (parents.contains(found.id())) {
      throw new NormalizationException(
          RejectReason.UNKNOWN_CATEGORY,
          "category",
          "category '" + raw + "' is not a leaf; products belong to sub-categories");
    }
    return found;
  }

  /** The category with this id. */
  public Optional<Category> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The top category above (or equal to) this one. */
  public Category top(String id) {
    Category c = byId.get(id);
    while (c != null && c.parentId() != null) {
      c = byId.get(c.parentId());
    }
    return c;
  }

  /** All categories, parents before children. */
  public Collection<Category> categories() {
    return byId.values();
  }
}
