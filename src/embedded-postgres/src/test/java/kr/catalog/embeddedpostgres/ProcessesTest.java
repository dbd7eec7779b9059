package kr.catalog.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {

  @TempDir Path temp;

  @Test
  void staleProcessOfTheServerDirectoryIsKilledWithItsChildren() throws Exception {
    Path server = Files.createDirectories(temp.resolve("es-node"));
    Path run = Files.createDirectories(server.resolve("run"));
    // The shell stays (two commands, no exec) and names the server directory on its command
    // line, like a server started by the harness; sleep is its child, like a server JVM.
    Process stale = shell("sleep 300; true", server + "/config");
    Processes.writePid(run.resolve("launcher.pid"), stale.pid());
    awaitChild(stale);
    List<ProcessHandle> children = stale.descendants().toList();

    Processes.killStale(run, server + "/");

    assertThat(stale.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(children).isNotEmpty().noneMatch(ProcessHandle::isAlive);
  }

  @Test
  void processWhosePidWasReusedIsLeftAlone() throws Exception {
    Path server = Files.createDirectories(temp.resolve("postgres"));
    Path run = Files.createDirectories(server.resolve("run"));
    Process unrelated = shell("sleep 300; true", temp.resolve("elsewhere").toString());
    try {
      Processes.writePid(run.resolve("postgres.pid"), unrelated.pid());

      Processes.killStale(run, server + "/");

      assertThat(unrelated.isAlive()).isTrue();
    } finally {
      unrelated.descendants().forEach(ProcessHandle::destroyForcibly);
      unrelated.destroyForcibly();
    }
  }

  @Test
  void tailShowsOnlyTheLastLinesWrittenAfterTheOffset() throws Exception {
    Path log = temp.resolve("console.log");
    Files.writeString(log, "earlier run\n", StandardCharsets.UTF_8);
    long offset = Processes.size(log);
    Processes.appendLine(log, "시작 1");
    Processes.appendLine(log, "시작 2");
    Processes.appendLine(log, "시작 3");

    assertThat(Processes.tail(log, offset, 2)).isEqualTo("시작 2\n시작 3");
    assertThat(Processes.tail(log, offset, 10)).doesNotContain("earlier run");
  }

  private static Process shell(String script, String name) throws Exception {
    return new ProcessBuilder("/bin/sh", "-c", script, name)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectErrorStream(true)
        .start();
  }

  private static void awaitChild(Process process) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (process.children().findAny().isEmpty() && System.nanoTime() < deadline) {
      Processes.sleep(Duration.ofMillis(20));
    }
  }
}
