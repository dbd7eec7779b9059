package kr.catalog.api.marketing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.catalog.api.catalog.CatalogView;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.InvalidParameterException;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.refusal.UnprocessableException;
import kr.catalog.api.security.Actor;
import kr.catalog.search.vocabulary.Vocabulary;
import kr.catalog.search.vocabulary.VocabularyEntry;
import kr.catalog.search.vocabulary.VocabularyFile;

/**
 * Creates, changes and deletes the trade's vocabulary entries; every change is audited in its
 * transaction, and searches use it from the commit on ({@link VocabularyCache}).
 */
@ApplicationScoped
public class VocabularyService {

  @Inject CatalogView catalog;
  @Inject AuditTrail audit;
  @Inject Event<VocabularyChanged> changed;
  @Inject Clock clock;

  /** A new entry (the caller checked the role). */
  @Transactional
  public VocabularyView create(Actor actor, VocabularyRequest request) {
    VocabularyItem v = new VocabularyItem();
    Instant now = clock.instant();
    v.createdBy = actor.userId();
    v.createdAt = now;
    apply(v, request, actor, now);
    v.persistAndFlush();
    VocabularyView after = VocabularyView.of(v);
    audit.record(
        actor, CurationAudit.EntityType.VOCABULARY, v.id, CurationAudit.Action.CREATE, null, after);
    changed.fire(new VocabularyChanged());
    return after;
  }

  /** Replaces the state of an entry. */
  @Transactional
  public VocabularyView update(Actor actor, long id, VocabularyRequest request) {
    VocabularyItem v = find(id);
    if (request.version() != null && request.version() != v.version) {
      throw new BusinessRefusal(
          Refusal.STALE_VERSION,
          "Vocabulary entry #"
              + id
              + " was changed meanwhile (version "
              + v.version
              + ", you edited "
              + request.version()
              + "). Reload it and apply your change again.");
    }
    VocabularyView before = VocabularyView.of(v);
    apply(v, request, actor, clock.instant());
    v.persistAndFlush();
    VocabularyView after = VocabularyView.of(v);
    audit.record(
        actor, CurationAudit.EntityType.VOCABULARY, id, CurationAudit.Action.UPDATE, before, after);
    changed.fire(new VocabularyChanged());
    return after;
  }

  /** Deletes an entry. */
  @Transactional
  public void delete(Actor actor, long id) {
    VocabularyItem v = find(id);
    VocabularyView before = VocabularyView.of(v);
    v.delete();
    audit.record(
        actor, CurationAudit.EntityType.VOCABULARY, id, CurationAudit.Action.DELETE, before, null);
    changed.fire(new VocabularyChanged());
  }

  /** One entry. */
  @Transactional
  public VocabularyView get(long id) {
    return VocabularyView.of(find(id));
  }

  /**
   * Entries, newest first, optionally only those with a term containing {@code text} (compared in
   * the vocabulary's key form), of one kind or of one category.
   */
  @Transactional
  public List<VocabularyView> list(
      String text, VocabularyEntry.Kind kind, String category, int page, int size) {
    String key = text == null || text.isBlank() ? null : Vocabulary.key(text);
    List<VocabularyView> matching = new ArrayList<>();
    // A few hundred rows: filtering the terms in Java keeps one definition of the key form.
    for (VocabularyItem v : VocabularyItem.<VocabularyItem>list("order by id desc")) {
      if ((kind == null || v.kind == kind)
          && (category == null || category.equals(v.categoryId))
          && (key == null
              || v.termList().stream().anyMatch(t -> Vocabulary.key(t).contains(key)))) {
        matching.add(VocabularyView.of(v));
      }
    }
    int from = Math.min(matching.size(), page * size);
    return List.copyOf(matching.subList(from, Math.min(matching.size(), from + size)));
  }

  /** Loads the shipped file once, on an empty table that was never seeded. */
  @Transactional
  public int seedIfNeverSeeded() {
    if (VocabularySeed.count() > 0) {
      return 0;
    }
    Instant now = clock.instant();
    List<VocabularyEntry> shipped = VocabularyFile.shipped();
    for (VocabularyEntry e : shipped) {
      VocabularyItem v = new VocabularyItem();
      v.terms = String.join("\n", e.terms());
      v.direction = e.direction();
      v.categoryId = e.category();
      v.kind = e.kind();
      v.source = e.source();
      v.createdAt = now;
      v.updatedAt = now;
      v.persist();
    }
    VocabularySeed seed = new VocabularySeed();
    seed.seededAt = now;
    seed.entries = shipped.size();
    seed.persist();
    return shipped.size();
  }

  private static VocabularyItem find(long id) {
    VocabularyItem v = VocabularyItem.findById(id);
    if (v == null) {
      throw new BusinessRefusal(
          Refusal.VOCABULARY_ENTRY_NOT_FOUND, "No vocabulary entry has the id " + id + ".");
    }
    return v;
  }

  /** Checks the request and copies it onto the entity. */
  private void apply(VocabularyItem v, VocabularyRequest q, Actor actor, Instant now) {
    List<String> terms = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (String t : q.terms()) {
      String term = t.strip().replaceAll("\\s+", " ");
      if (!keys.add(Vocabulary.key(term))) {
        throw new InvalidParameterException(
            "terms", "'" + term + "' is given twice (terms are compared ignoring case and spaces)");
      }
      terms.add(term);
    }
    String category = q.category() == null || q.category().isBlank() ? null : q.category().strip();
    if (category != null && catalog.category(category).isEmpty()) {
      throw UnprocessableException.of("category", "no category has the id " + category);
    }
    v.terms = String.join("\n", terms);
    v.direction = q.direction();
    v.categoryId = category;
    v.kind = q.kind();
    v.source =
        q.source() == null || q.source().isBlank()
            ? "added by " + actor.username().toLowerCase(Locale.ROOT)
            : q.source().strip();
    v.updatedAt = now;
  }
}
