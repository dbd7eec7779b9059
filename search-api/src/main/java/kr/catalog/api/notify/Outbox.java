package kr.catalog.api.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.catalog.api.account.UserAccount;
import kr.catalog.api.config.NotificationConfig;
import kr.catalog.api.security.Role;

/**
 * Writes notifications in the caller's transaction: the transactional outbox. The rows commit or
 * roll back with the change they report; the mail is sent later by {@link NotificationSender}, so
 * the change never waits for, nor fails because of, the mail server.
 */
@ApplicationScoped
public class Outbox {

  @Inject NotificationConfig config;
  @Inject Clock clock;
  @Inject Event<NotificationsQueued> queued;

  /**
   * One row per active customer user of the event's company; those with an e-mail address get a
   * mail when an SMTP server is configured.
   *
   * @return the rows written
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int enqueue(NotificationEvent event) {
    List<UserAccount> recipients =
        UserAccount.list(
            "companyId = ?1 and role = ?2 and active = true order by id",
            event.companyId(),
            Role.CUSTOMER);
    boolean mailOn = config.smtp().host().isPresent();
    String title = event.subjectKo() + ": " + event.kind().korean();
    String body = body(event);
    Instant now = clock.instant();
    int mails = 0;
    for (UserAccount user : recipients) {
      Notification n = new Notification();
      n.eventKey = event.eventKey();
      n.kind = event.kind();
      n.userId = user.id;
      n.companyId = event.companyId();
      n.orderId = event.orderId();
      n.title = title;
      n.body = body;
      n.createdAt = now;
      n.mailTo = user.email == null || user.email.isBlank() ? null : user.email;
      n.mailStatus = mailOn && n.mailTo != null ? MailStatus.PENDING : MailStatus.NONE;
      n.nextAttemptAt = n.mailStatus == MailStatus.PENDING ? now : null;
      n.persist();
      if (n.mailStatus == MailStatus.PENDING) {
        mails++;
      }
    }
    if (mails > 0) {
      queued.fire(new NotificationsQueued(mails));
    }
    return recipients.size();
  }

  /** The mail's text: Korean first (the customers'), English below, and the link when known. */
  private String body(NotificationEvent event) {
    StringBuilder sb = new StringBuilder();
    sb.append(event.subjectKo()).append(": ").append(event.kind().korean()).append(".\n");
    sb.append(event.subjectEn()).append(' ').append(event.kind().english()).append(".\n");
    if (event.detailKo() != null) {
      sb.append('\n').append(event.detailKo()).append('\n');
    }
    if (event.detailEn() != null) {
      sb.append(event.detailEn()).append('\n');
    }
    Optional<String> site = config.siteUrl();
    if (site.isPresent() && event.orderId() != null) {
      String base = site.get().endsWith("/") ? site.get() : site.get() + "/";
      sb.append('\n').append(base).append("orders.html?id=").append(event.orderId()).append('\n');
    }
    return sb.toString();
  }
}
