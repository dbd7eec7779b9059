package kr.catalog.api.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.catalog.api.config.NotificationConfig;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox's mail, on every instance: woken after each commit that enqueued mail on this
 * instance, and polling for the rest (mail enqueued through other instances, retries come due, rows
 * whose sender died). One thread per instance sends, one mail at a time; instances share the work
 * through claims ({@link OutboxStore}), so each mail goes to one of them. Started only when an SMTP
 * host is configured.
 */
@ApplicationScoped
public class NotificationSender {
  private static final Logger LOG = Logger.getLogger(NotificationSender.class);

  @Inject NotificationConfig config;
  @Inject OutboxStore store;
  @Inject MailSender mail;
  @Inject MeterRegistry registry;

  private ScheduledExecutorService worker;
  private final AtomicBoolean wakeQueued = new AtomicBoolean();
  private Counter sent;
  private Counter retried;
  private Counter failed;
  private Counter lost;

  void start(@Observes StartupEvent event) {
    sent = outcome("sent");
    retried = outcome("retry");
    failed = outcome("failed");
    lost = outcome("lease_lost");
    if (config.smtp().host().isEmpty()) {
      LOG.info(
          "Notification e-mail is off (catalog.notifications.smtp.host is not set); notifications"
              + " are shown in the UI only");
      return;
    }
    Duration worstBatch =
        config.smtp().timeout().multipliedBy(3L * Math.max(1, config.batchSize()));
    if (config.lease().compareTo(worstBatch) <= 0) {
      throw new IllegalStateException(
          "catalog.notifications.lease ("
              + config.lease()
              + ") must exceed batch-size x 3 x smtp.timeout ("
              + worstBatch
              + "): a slow batch would lose its claims and its mails go out twice");
    }
    worker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "catalog-notification-sender");
              t.setDaemon(true);
              return t;
            });
    long poll = config.pollInterval().toMillis();
    worker.scheduleWithFixedDelay(this::drain, poll, poll, TimeUnit.MILLISECONDS);
    LOG.infof(
        "Notification e-mail through %s:%d, polling every %s",
        config.smtp().host().get(), config.smtp().port(), config.pollInterval());
  }

  void stop(@Observes ShutdownEvent event) {
    if (worker != null) {
      worker.shutdownNow();
    }
  }

  /** After the commit of a transaction that enqueued mail: send it now rather than at the poll. */
  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsQueued queued) {
    if (worker != null && wakeQueued.compareAndSet(false, true)) {
      worker.execute(
          () -> {
            wakeQueued.set(false);
            drain();
          });
    }
  }

  private void drain() {
    try {
      while (deliverDue() > 0) {
        // A full or partial batch: there may be more due; an empty claim ends the round.
      }
    } catch (SQLException | RuntimeException e) {
      // The database is down or restarting: the next poll tries again; nothing is lost.
      LOG.warnf("Notification sender: %s", e.toString());
    }
  }

  /**
   * Claims one batch of due mail and sends it. Public so that tests can run it from several threads
   * at once, the way several instances run it against one database.
   *
   * @return how many mails were claimed (0: nothing is due)
   */
  public int deliverDue() throws SQLException {
    List<OutboxStore.Claimed> batch = store.claim(config.batchSize(), config.lease());
    Backoff backoff = new Backoff(config.retry().initial(), config.retry().max());
    for (OutboxStore.Claimed m : batch) {
      boolean marked;
      try {
        mail.send(m.mailTo(), subject(m), m.body(), mail.messageId(m.eventKey(), m.userId()));
        marked = store.markSent(m);
        if (marked) {
          sent.increment();
        }
      } catch (MailSender.PermanentFailure e) {
        marked = store.markFailed(m, true, Duration.ZERO, e.getMessage());
        failed.increment();
        LOG.warnf("Notification %d to %s given up: %s", m.id(), m.mailTo(), e.getMessage());
      } catch (MessagingException | RuntimeException e) {
        boolean giveUp = m.attempts() >= config.retry().maxAttempts();
        Duration wait = backoff.after(m.attempts(), ThreadLocalRandom.current().nextDouble());
        marked = store.markFailed(m, giveUp, wait, String.valueOf(e.getMessage()));
        (giveUp ? failed : retried).increment();
        LOG.debugf(e, "Notification %d attempt %d failed", m.id(), m.attempts());
      }
      if (!marked) {
        lost.increment();
        LOG.warnf(
            "Notification %d: claim lost before it was marked (lease %s too short?)",
            m.id(), config.lease());
      }
    }
    return batch.size();
  }

  private static String subject(OutboxStore.Claimed m) {
    return "[산업용품 카탈로그] " + m.title();
  }

  private Counter outcome(String outcome) {
    return Counter.builder("catalog_notification_mails_total")
        .description("Notification mail attempts by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }
}
