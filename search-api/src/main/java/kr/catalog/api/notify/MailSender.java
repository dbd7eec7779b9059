package kr.catalog.api.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import kr.catalog.api.config.NotificationConfig;

/**
 * Sends one notification mail by SMTP with Jakarta Mail (Eclipse Angus): plain UTF-8 text, a
 * Message-ID derived from the event and the recipient, and timeouts on every socket operation.
 */
@ApplicationScoped
public class MailSender {

  @Inject NotificationConfig config;
  @Inject Clock clock;

  private volatile Session session;
  private volatile InternetAddress from;

  /** A mail refused for good (a malformed or rejected address): retrying cannot help. */
  public static final class PermanentFailure extends Exception {
    PermanentFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The Message-ID of an event's mail to a user: the same on every attempt and every instance, so a
   * mail sent twice (an instance died between sending and marking it sent) can be recognised and
   * dropped by the receiving side.
   */
  public String messageId(String eventKey, long userId) {
    return "<" + eventKey + ".u" + userId + "@" + domain() + ">";
  }

  /**
   * Sends a mail.
   *
   * @throws PermanentFailure when the address is malformed or the server rejects it
   * @throws MessagingException when it may work later (server down, timeout, temporary refusal)
   */
  public void send(String to, String subject, String body, String messageId)
      throws MessagingException, PermanentFailure {
    InternetAddress recipient;
    try {
      recipient = new InternetAddress(to, true);
    } catch (AddressException e) {
      throw new PermanentFailure("malformed address", e);
    }
    MimeMessage message =
        new MimeMessage(session()) {
          @Override
          protected void updateMessageID() throws MessagingException {
            // Jakarta Mail would make a new random one on each attempt.
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(sender());
    message.setRecipient(Message.RecipientType.TO, recipient);
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(clock.instant()));
    // RFC 3834: an automatic message; out-of-office responders leave it alone.
    message.setHeader("Auto-Submitted", "auto-generated");
    try {
      NotificationConfig.Smtp smtp = config.smtp();
      if (smtp.username().isPresent()) {
        Transport.send(message, smtp.username().get(), smtp.password().orElse(""));
      } else {
        Transport.send(message);
      }
    } catch (SendFailedException e) {
      Address[] invalid = e.getInvalidAddresses();
      if (invalid != null && invalid.length > 0 && !isTemporary(e)) {
        throw new PermanentFailure("rejected address: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  /** A 4xx reply to RCPT (mailbox busy, greylisting) is worth retrying; a 5xx is not. */
  private static boolean isTemporary(SendFailedException e) {
    for (Throwable t = e.getNextException(); t != null; ) {
      if (t instanceof org.eclipse.angus.mail.smtp.SMTPAddressFailedException f) {
        return f.getReturnCode() >= 400 && f.getReturnCode() < 500;
      }
      t = t instanceof MessagingException m ? m.getNextException() : null;
    }
    return false;
  }

  private Session session() {
    Session s = session;
    if (s == null) {
      NotificationConfig.Smtp smtp = config.smtp();
      Properties p = new Properties();
      p.put("mail.smtp.host", smtp.host().orElseThrow());
      p.put("mail.smtp.port", Integer.toString(smtp.port()));
      String timeout = Long.toString(smtp.timeout().toMillis());
      p.put("mail.smtp.connectiontimeout", timeout);
      p.put("mail.smtp.timeout", timeout);
      p.put("mail.smtp.writetimeout", timeout);
      p.put("mail.smtp.auth", Boolean.toString(smtp.username().isPresent()));
      p.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
      p.put("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
      // Headers in UTF-8 where the server allows it; the subject is RFC 2047-encoded anyway.
      p.put("mail.mime.charset", StandardCharsets.UTF_8.name());
      s = Session.getInstance(p);
      session = s;
    }
    return s;
  }

  private InternetAddress sender() throws AddressException {
    InternetAddress a = from;
    if (a == null) {
      a = new InternetAddress(config.from(), false);
      try {
        // Encodes a Korean display name (RFC 2047) instead of sending raw bytes.
        a.setPersonal(a.getPersonal(), StandardCharsets.UTF_8.name());
      } catch (UnsupportedEncodingException e) {
        throw new IllegalStateException(e);
      }
      from = a;
    }
    return a;
  }

  private String domain() {
    return config
        .messageIdDomain()
        .orElseGet(
            () -> {
              String address = config.from();
              int lt = address.lastIndexOf('<');
              String bare = lt >= 0 ? address.substring(lt + 1).replace(">", "") : address;
              int at = bare.lastIndexOf('@');
              return (at >= 0 ? bare.substring(at + 1) : "localhost")
                  .strip()
                  .toLowerCase(Locale.ROOT);
            });
  }
}
