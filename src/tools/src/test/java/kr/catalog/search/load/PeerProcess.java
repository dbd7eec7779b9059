package kr.catalog.search.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kr.catalog.embeddedpostgres.ServerUser;

/**
 * One peer server started by the peer benchmark: its process (run as the harness's unprivileged
 * user when this JVM is root, because OpenSearch refuses root and Meilisearch should not need it),
 * its log, its readiness check and its peak memory.
 *
 * <p>Peak memory is the sum over the server's process tree of each process's {@code VmHWM} (peak
 * resident set) read from {@code /proc} just before it is stopped: for OpenSearch the launcher
 * shell and the server JVM, for Meilisearch the one process.
 */
final class PeerProcess implements AutoCloseable {

  /** The unprivileged user of the test harness (same default name, same creation on first use). */
  static final ServerUser USER =
      ServerUser.forRoot(System.getProperty("catalog.test.server.user", "catalogtest"));

  /** System property: taskset CPU list for the peers (empty or absent: not pinned). */
  static final String CPUS = "catalog.peers.server-cpus";

  private final String name;
  private final Process process;
  private final Path log;
  private final long startedNanos;

  private PeerProcess(String name, Process process, Path log, long startedNanos) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.startedNanos = startedNanos;
  }

  /**
   * Starts {@code command} as {@link #USER} in {@code directory} (given to that user) and waits
   * until {@code ready} answers 200.
   *
   * @throws PeerUnavailable naming the peer and why it could not be started (with its log's tail)
   */
  static PeerProcess start(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path directory,
      URI ready,
      Duration timeout)
      throws PeerUnavailable {
    Path log = directory.resolve(name + ".log");
    Process process;
    long t0 = System.nanoTime();
    try {
      Files.createDirectories(directory);
      USER.own(directory);
      List<String> full = new java.util.ArrayList<>();
      String cpus = System.getProperty(CPUS, "");
      if (!cpus.isBlank()) {
        // Pinned from its first instruction, so indexing runs on the server CPUs too.
        full.addAll(List.of("taskset", "-c", cpus));
      }
      full.addAll(USER.command(command));
      ProcessBuilder pb =
          new ProcessBuilder(full)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      pb.environment().putAll(environment);
      process = pb.start();
    } catch (IOException | RuntimeException e) {
      throw new PeerUnavailable(name, "its process could not be started: " + e.getMessage(), e);
    }
    PeerProcess p = new PeerProcess(name, process, log, t0);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new PeerUnavailable(
            name, "it exited with status " + process.exitValue() + "; its log ends:\n" + p.tail());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return p;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.close();
        throw new PeerUnavailable(name, "interrupted while waiting for it", e);
      }
      sleep(300);
    }
    p.close();
    throw new PeerUnavailable(
        name, "it did not answer " + ready + " within " + timeout + "; its log ends:\n" + p.tail());
  }

  /** Seconds from the start of the process to now. */
  double secondsSinceStart() {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  String name() {
    return name;
  }

  Path log() {
    return log;
  }

  long pid() {
    return process.pid();
  }

  /** Peak resident memory of the process tree so far, in bytes (0 where /proc is unreadable). */
  long peakResidentBytes() {
    return peakResidentBytes(process.toHandle());
  }

  /** Sum of {@code VmHWM} over a process and its descendants. */
  static long peakResidentBytes(ProcessHandle root) {
    long sum = 0;
    for (ProcessHandle h : Stream.concat(Stream.of(root), root.descendants()).toList()) {
      sum += statusKilobytes(h.pid(), "VmHWM:") * 1024;
    }
    return sum;
  }

  /** {@code VmHWM} of one process alone, in bytes. */
  static long ownPeakBytes(long pid) {
    return statusKilobytes(pid, "VmHWM:") * 1024;
  }

  private static long statusKilobytes(long pid, String field) {
    try {
      for (String line :
          Files.readAllLines(
              Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the process ended, or no /proc: no figure rather than a wrong one
    }
    return 0;
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  /** A free TCP port on the loopback interface. */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    List<ProcessHandle> tree = process.descendants().toList();
    process.destroy();
    tree.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** A peer that could not be started, with the reason in words. */
  static final class PeerUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    PeerUnavailable(String peer, String why) {
      super(peer + " could not be started: " + why);
    }

    PeerUnavailable(String peer, String why, Throwable cause) {
      super(peer + " could not be started: " + why, cause);
    }
  }
}
