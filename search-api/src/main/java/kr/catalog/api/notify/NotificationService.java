package kr.catalog.api.notify;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.catalog.api.security.Actor;

/** A user's own notifications: the list with the unread count, and marking them read. */
@ApplicationScoped
public class NotificationService {

  @Inject Clock clock;

  /**
   * One notification as its user sees it.
   *
   * @param kind what happened (the UI words it in the reader's language)
   * @param orderId the order it concerns, or null
   * @param title the Korean sentence, as in the mail's subject
   * @param read whether the user marked it read
   */
  public record View(
      long id,
      NotificationKind kind,
      Long orderId,
      String title,
      String body,
      Instant createdAt,
      boolean read) {}

  /**
   * A page of notifications, newest first.
   *
   * @param unread the user's unread notifications in all (not only on this page)
   */
  public record Inbox(long unread, List<View> items) {}

  /** The caller's notifications, newest first. */
  @Transactional
  public Inbox inbox(Actor actor, int page, int size) {
    List<View> items =
        Notification.<Notification>find("userId = ?1 order by id desc", actor.userId())
            .page(Page.of(page, size))
            .list()
            .stream()
            .map(
                n ->
                    new View(
                        n.id, n.kind, n.orderId, n.title, n.body, n.createdAt, n.readAt != null))
            .toList();
    return new Inbox(unread(actor), items);
  }

  /**
   * Marks the caller's notifications read: those listed, or all. Ids of other users' notifications
   * or of none are passed over (they change nothing and reveal nothing).
   *
   * @return the caller's unread notifications afterwards
   */
  @Transactional
  public long markRead(Actor actor, List<Long> ids, boolean all) {
    Instant now = clock.instant();
    if (all) {
      Notification.update("readAt = ?1 where userId = ?2 and readAt is null", now, actor.userId());
    } else if (ids != null && !ids.isEmpty()) {
      Notification.update(
          "readAt = ?1 where userId = ?2 and readAt is null and id in ?3",
          now,
          actor.userId(),
          ids);
    }
    return unread(actor);
  }

  private static long unread(Actor actor) {
    return Notification.count("userId = ?1 and readAt is null", actor.userId());
  }
}
