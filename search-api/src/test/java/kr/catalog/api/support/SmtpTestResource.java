package kr.catalog.api.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for the notification tests: GreenMail (Maven Central {@code
 * com.icegreen:greenmail}), embedded, on a free port of 127.0.0.1, so no mail leaves the machine.
 * Tests may stop it and start it again on the same port ({@link #stop()}/{@link #restart()}) to
 * play a mail server outage; {@link #received()} keeps the messages of every run.
 */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

  private static final Object LOCK = new Object();
  private static ServerSetup setup;
  private static GreenMail server;
  private static final List<MimeMessage> EARLIER = new ArrayList<>();

  @Override
  public Map<String, String> start() {
    synchronized (LOCK) {
      setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
      // Room for a slow start on a busy machine: the tests restart it mid-way.
      setup.setServerStartupTimeout(5000);
      server = new GreenMail(setup);
      server.start();
      return Map.of(
          "catalog.notifications.smtp.host",
          "127.0.0.1",
          "catalog.notifications.smtp.port",
          Integer.toString(setup.getPort()));
    }
  }

  @Override
  public void stop() {
    synchronized (LOCK) {
      if (server != null) {
        server.stop();
        server = null;
      }
    }
  }

  /** Stops the server: connections to the port are refused until {@link #restart()}. */
  public static void outage() {
    synchronized (LOCK) {
      EARLIER.addAll(List.of(server.getReceivedMessages()));
      server.stop();
    }
  }

  /** Starts the server again on the same port, after {@link #outage()}. */
  public static void restart() {
    synchronized (LOCK) {
      server = new GreenMail(setup);
      server.start();
    }
  }

  /** Every message received since the test application started, across outages. */
  public static List<MimeMessage> received() {
    synchronized (LOCK) {
      List<MimeMessage> all = new ArrayList<>(EARLIER);
      if (server != null && server.isRunning()) {
        all.addAll(List.of(server.getReceivedMessages()));
      }
      return all;
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
