package kr.catalog.api.cluster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.PGProperty;

/**
 * The cross-instance bus on PostgreSQL LISTEN/NOTIFY, with the JDBC driver the API already has.
 *
 * <p><b>Sending</b> ({@link #publish}): {@code pg_notify} on the connection of the transaction that
 * made the change, when there is one, so PostgreSQL delivers the notification exactly when that
 * transaction commits and never when it rolls back; outside a transaction it is sent at once.
 *
 * <p><b>Receiving</b>: one daemon thread holds a connection of its own, opened with the
 * datasource's URL and credentials but outside the pool (a pooled connection would be validated,
 * recycled or closed under it, and it would hold a pool slot forever), runs {@code LISTEN} and
 * polls for notifications every {@link #POLL_MILLIS} ms, checking the connection with a query when
 * nothing came. Each notification from another instance becomes a {@link ClusterMessage} event;
 * this instance's own are skipped (each instance has an id, sent with every notification). When the
 * connection fails (database restarted, network, connection terminated) the thread opens a new one
 * with a growing delay, and once it listens again fires {@link ClusterResync}: whatever was sent
 * meanwhile was missed, so subscribers read their state again from the database.
 */
@ApplicationScoped
public class ClusterBus {
  private static final Logger LOG = Logger.getLogger(ClusterBus.class);

  /** The channel every instance listens on. */
  static final String CHANNEL = "catalog_cluster";

  /** The listening connection's application_name, to find it in pg_stat_activity. */
  public static final String APPLICATION_NAME = "catalog-cluster-bus";

  /** PostgreSQL refuses payloads of 8000 bytes or more; bodies are split below this. */
  static final int MAX_PAYLOAD_BYTES = 7_000;

  static final long POLL_MILLIS = 500;
  static final long FIRST_RECONNECT_DELAY_MILLIS = 200;
  static final long MAX_RECONNECT_DELAY_MILLIS = 5_000;

  /** A silent connection is checked with a query this often (a half-open TCP connection). */
  static final long CHECK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

  @Inject DataSource dataSource;
  @Inject Event<ClusterMessage> messages;
  @Inject Event<ClusterResync> resyncs;
  @Inject MeterRegistry registry;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  Optional<String> username;

  @ConfigProperty(name = "quarkus.datasource.password")
  Optional<String> password;

  /** This instance, as its notifications name it. */
  private final String instanceId = UUID.randomUUID().toString();

  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean listening;
  private volatile Connection listener;
  private Thread thread;
  private Counter received;
  private Counter reconnects;

  /**
   * Before everything else at start-up: listening starts before the caches read the database, so a
   * change committed between their first read and the LISTEN cannot be missed.
   */
  void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
    received =
        Counter.builder("catalog.cluster.messages")
            .description("Notifications received from other API instances")
            .register(registry);
    reconnects =
        Counter.builder("catalog.cluster.resyncs")
            .description("Times the bus listened again after a lost connection and reloaded")
            .register(registry);
    Gauge.builder("catalog.cluster.listening", this, b -> b.listening ? 1 : 0)
        .description("1 while the bus listens to the other API instances")
        .register(registry);
    running.set(true);
    // Connect once here, so a change made right after start-up is heard; failures are retried by
    // the thread (and end in a resync).
    boolean connected = connect();
    thread = new Thread(() -> listen(!connected), "cluster-bus");
    thread.setDaemon(true);
    thread.start();
  }

  void onStop(@Observes ShutdownEvent event) {
    running.set(false);
    if (thread != null) {
      thread.interrupt();
    }
    closeQuietly();
  }

  /** Whether the listening connection is up (tests, metrics). */
  public boolean listening() {
    return listening;
  }

  /**
   * Tells the other instances that {@code topic} changed. Inside a transaction the notification
   * leaves when it commits (and never if it rolls back); outside, at once. PostgreSQL merges
   * identical notifications of one transaction.
   */
  public void publish(ClusterTopic topic) {
    publish(topic, List.of());
  }

  /** Same, with lines of details (code keys), sent in as many notifications as their size needs. */
  public void publish(ClusterTopic topic, Collection<String> lines) {
    String header = instanceId + " " + topic.name() + "\n";
    List<String> payloads = payloads(header, lines);
    // The datasource gives the connection enlisted in the current transaction, if any.
    try (Connection c = dataSource.getConnection();
        PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
      for (String payload : payloads) {
        notify.setString(1, CHANNEL);
        notify.setString(2, payload);
        notify.execute();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not notify the other API instances of " + topic, e);
    }
  }

  /** The header followed by as many lines as fit, per notification; the header alone for none. */
  static List<String> payloads(String header, Collection<String> lines) {
    List<String> payloads = new ArrayList<>();
    StringBuilder current = new StringBuilder(header);
    int bytes = header.getBytes(StandardCharsets.UTF_8).length;
    int headerBytes = bytes;
    for (String line : lines) {
      int size = line.getBytes(StandardCharsets.UTF_8).length + 1;
      if (bytes + size > MAX_PAYLOAD_BYTES && bytes > headerBytes) {
        payloads.add(current.toString());
        current = new StringBuilder(header);
        bytes = headerBytes;
      }
      current.append(line).append('\n');
      bytes += size;
    }
    if (bytes > headerBytes || payloads.isEmpty()) {
      payloads.add(current.toString());
    }
    return payloads;
  }

  private void listen(boolean missedFromStart) {
    boolean missed = missedFromStart;
    long delay = FIRST_RECONNECT_DELAY_MILLIS;
    while (running.get()) {
      if (listener == null && !connect()) {
        missed = true;
        sleep(delay);
        delay = Math.min(MAX_RECONNECT_DELAY_MILLIS, delay * 2);
        continue;
      }
      delay = FIRST_RECONNECT_DELAY_MILLIS;
      if (missed) {
        missed = false;
        reconnects.increment();
        LOG.info("Cluster bus listening again: reloading what other instances may have changed");
        fireSafely(() -> resyncs.fire(new ClusterResync()));
      }
      try {
        receive();
      } catch (SQLException e) {
        if (running.get()) {
          LOG.warnf(
              "Cluster bus lost its connection (reconnecting, then reloading): %s", e.toString());
        }
        missed = true;
        closeQuietly();
      }
    }
  }

  /** Polls until the connection fails. */
  private void receive() throws SQLException {
    PGConnection pg = listener.unwrap(PGConnection.class);
    long lastCheck = System.nanoTime();
    while (running.get()) {
      PGNotification[] notifications = pg.getNotifications((int) POLL_MILLIS);
      if (notifications != null && notifications.length > 0) {
        for (PGNotification n : notifications) {
          deliver(n.getParameter());
        }
        lastCheck = System.nanoTime();
      } else if (System.nanoTime() - lastCheck > CHECK_EVERY_NANOS) {
        try (Statement check = listener.createStatement()) {
          check.execute("select 1");
        }
        lastCheck = System.nanoTime();
      }
    }
  }

  private void deliver(String payload) {
    int space = payload.indexOf(' ');
    int newline = payload.indexOf('\n');
    if (space < 0 || newline < space) {
      LOG.warnf("Cluster bus: ignored a notification it cannot read: %.80s", payload);
      return;
    }
    if (payload.substring(0, space).equals(instanceId)) {
      return;
    }
    ClusterTopic topic;
    try {
      topic = ClusterTopic.valueOf(payload.substring(space + 1, newline));
    } catch (IllegalArgumentException e) {
      // A newer instance during a rolling upgrade: its topic means nothing here.
      LOG.debugf("Cluster bus: unknown topic in %.80s", payload);
      return;
    }
    received.increment();
    ClusterMessage message = new ClusterMessage(topic, payload.substring(newline + 1));
    fireSafely(() -> messages.fire(message));
  }

  /** A subscriber's failure is logged; it must not stop the bus. */
  private static void fireSafely(Runnable fire) {
    try {
      fire.run();
    } catch (RuntimeException e) {
      LOG.errorf(e, "Cluster bus: a subscriber failed");
    }
  }

  private boolean connect() {
    Properties props = new Properties();
    username.ifPresent(u -> props.setProperty(PGProperty.USER.getName(), u));
    password.ifPresent(p -> props.setProperty(PGProperty.PASSWORD.getName(), p));
    props.setProperty(PGProperty.APPLICATION_NAME.getName(), APPLICATION_NAME);
    props.setProperty(PGProperty.CONNECT_TIMEOUT.getName(), "5");
    props.setProperty(PGProperty.TCP_KEEP_ALIVE.getName(), "true");
    try {
      Connection c = DriverManager.getConnection(url, props);
      try (Statement listen = c.createStatement()) {
        listen.execute("LISTEN " + CHANNEL);
      }
      listener = c;
      listening = true;
      return true;
    } catch (SQLException e) {
      LOG.debugf("Cluster bus cannot listen yet: %s", e.toString());
      return false;
    }
  }

  private void closeQuietly() {
    listening = false;
    Connection c = listener;
    listener = null;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // Already broken.
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
