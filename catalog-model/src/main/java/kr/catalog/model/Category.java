package kr.catalog.model;

/**
 * A node of the category tree: 9 top categories and their sub-categories.
 *
 * @param id stable id; a child's id starts with its parent's id and a dot ({@code 01.03})
 * @param parentId the parent's id, or {@code null} for a top category
 * @param nameKo Korean name
 * @param nameEn English name
 */
public record Category(String id, String parentId, String nameKo, String nameEn) {
  /** Top categories have no parent. */
  public boolean isTop() {
    return parentId == null;
  }
}
