package kr.catalog.api.marketing;

import java.time.Instant;
import java.util.List;
import kr.catalog.search.vocabulary.VocabularyEntry;

/**
 * A vocabulary entry as answered (and as written to the audit trail).
 *
 * @param createdBy the user who added it, or null for a shipped entry
 */
public record VocabularyView(
    long id,
    int version,
    List<String> terms,
    VocabularyEntry.Direction direction,
    String category,
    VocabularyEntry.Kind kind,
    String source,
    Long createdBy,
    Instant createdAt,
    Instant updatedAt) {

  static VocabularyView of(VocabularyItem v) {
    return new VocabularyView(
        v.id,
        v.version,
        v.termList(),
        v.direction,
        v.categoryId,
        v.kind,
        v.source,
        v.createdBy,
        v.createdAt,
        v.updatedAt);
  }
}
