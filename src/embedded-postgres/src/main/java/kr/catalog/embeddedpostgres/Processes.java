package kr.catalog.embeddedpostgres;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Starting, finding and stopping server processes, and reading what they wrote. */
public final class Processes {

  private static final Logger LOG = Logger.getLogger(Processes.class);

  private static final File DEV_NULL = new File("/dev/null");

  /**
   * Every long-running server is started from this one thread. The servers are launched with a
   * parent-death signal (setpriv --pdeathsig), which Linux sends when the <em>thread</em> that
   * forked the process ends; a thread that lives as long as the JVM therefore makes the servers die
   * with the JVM, even when it is killed with SIGKILL and no shutdown hook runs.
   */
  private static final ExecutorService LAUNCHER =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "catalog-server-launcher");
            thread.setDaemon(true);
            return thread;
          });

  private Processes() {}

  /** Output and exit code of a command that ran to completion. */
  public record Result(int exitCode, String output) {}

  /**
   * Starts a server process whose output is appended to {@code output}.
   *
   * @param unset environment variables of this JVM that must not reach the server
   */
  public static Process startServer(
      List<String> command,
      Map<String, String> environment,
      Collection<String> unset,
      Path workingDirectory,
      Path output) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    builder.environment().keySet().removeAll(unset);
    builder.environment().putAll(environment);
    // submit(), not execute(): an exception must not end (and replace) the launcher thread,
    // which would send the parent-death signal to every server started so far.
    Future<Process> started = LAUNCHER.submit(builder::start);
    try {
      return started.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot start " + String.join(" ", command), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting " + command.get(0), e);
    }
  }

  /**
   * Runs a short command to completion; its output is appended to {@code output} as well as
   * returned.
   *
   * @param stdin file to feed as standard input, or {@code null} for none
   */
  public static Result run(
      List<String> command,
      Map<String, String> environment,
      Collection<String> unset,
      Path workingDirectory,
      Path stdin,
      Path output,
      Duration timeout) {
    long offset = size(output);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(stdin == null ? DEV_NULL : stdin.toFile()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    builder.environment().keySet().removeAll(unset);
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command)
                + " did not finish within "
                + timeout.toSeconds()
                + " s. Its output ("
                + output
                + "):\n"
                + tail(output, offset, 40));
      }
      return new Result(process.exitValue(), read(output, offset));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command.get(0), e);
    }
  }

  /** Runs a short command whose output only matters to the caller. */
  public static Result capture(List<String> command, Duration timeout) {
    Path output = null;
    try {
      output = Files.createTempFile("catalog-command", ".out");
      return run(command, Map.of(), List.of(), output.getParent(), null, output, timeout);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file", e);
    } finally {
      if (output != null) {
        try {
          Files.deleteIfExists(output);
        } catch (IOException ignored) {
          // A leftover file in the temporary directory is harmless.
        }
      }
    }
  }

  public static void writePid(Path pidFile, long pid) {
    try {
      Files.writeString(pidFile, pid + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + pidFile, e);
    }
  }

  /** The pid in the first line of a pidfile, or -1 when there is none. */
  public static long readPid(Path pidFile) {
    try {
      if (!Files.isRegularFile(pidFile)) {
        return -1;
      }
      String first =
          Files.readString(pidFile, StandardCharsets.UTF_8).lines().findFirst().orElse("");
      return Long.parseLong(first.trim());
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The live process recorded in a pidfile, provided its command line contains {@code marker} (a
   * path of its own server directory): after a reboot or a long pause the pid may belong to an
   * unrelated process, which must never be signalled.
   */
  public static Optional<ProcessHandle> live(Path pidFile, String marker) {
    long pid = readPid(pidFile);
    if (pid <= 0) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(process -> commandLine(process.pid()).contains(marker));
  }

  /** Command line of a process from /proc: works for processes of other users too. */
  public static String commandLine(long pid) {
    try {
      byte[] bytes = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          bytes[i] = ' ';
        }
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * Kills the processes recorded in the pidfiles of {@code runDirectory} that are still alive: they
   * were left behind by a JVM that could not stop them (killed, or crashed).
   */
  public static void killStale(Path runDirectory, String marker) {
    if (!Files.isDirectory(runDirectory)) {
      return;
    }
    try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(runDirectory, "*.pid")) {
      for (Path pidFile : pidFiles) {
        live(pidFile, marker)
            .ifPresent(
                process -> {
                  LOG.warnf(
                      "Killing process %d (%s) left over from an earlier run",
                      process.pid(), pidFile);
                  List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
                  tree.add(process);
                  tree.forEach(ProcessHandle::destroyForcibly);
                  tree.forEach(handle -> awaitExit(handle, Duration.ofSeconds(30)));
                });
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + runDirectory, e);
    }
  }

  /**
   * Asks the processes to stop (SIGTERM), then kills those still alive after {@code grace}.
   *
   * @return whether all of them stopped without being killed
   */
  public static boolean terminate(Collection<ProcessHandle> processes, Duration grace) {
    processes.forEach(ProcessHandle::destroy);
    Instant deadline = Instant.now().plus(grace);
    boolean clean = true;
    for (ProcessHandle process : processes) {
      if (!awaitExit(process, Duration.between(Instant.now(), deadline))) {
        clean = false;
        process.destroyForcibly();
        awaitExit(process, Duration.ofSeconds(10));
      }
    }
    return clean;
  }

  /** Polls rather than using onExit(), which also works during JVM shutdown. */
  public static boolean awaitExit(ProcessHandle process, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (process.isAlive()) {
      if (Instant.now().isAfter(deadline)) {
        return false;
      }
      sleep(Duration.ofMillis(50));
    }
    return true;
  }

  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a server", e);
    }
  }

  public static long size(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  public static void appendLine(Path file, String line) {
    try {
      Files.writeString(
          file,
          line + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The last {@code maxLines} lines written to {@code file} after {@code offset}. */
  public static String tail(Path file, long offset, int maxLines) {
    if (!Files.isRegularFile(file)) {
      return "(" + file + " does not exist)";
    }
    List<String> lines = read(file, offset).lines().toList();
    if (lines.isEmpty()) {
      return "(nothing was written to " + file + ")";
    }
    return String.join("\n", lines.subList(Math.max(0, lines.size() - maxLines), lines.size()));
  }

  /** Text written to {@code file} after {@code offset}, at most its last 256 KiB. */
  private static String read(Path file, long offset) {
    try (InputStream in = Files.newInputStream(file)) {
      long size = Files.size(file);
      long start = Math.max(offset, size - 256 * 1024);
      in.skipNBytes(Math.max(0, Math.min(start, size)));
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }
}
