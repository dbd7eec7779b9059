package kr.catalog.testharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.TimeUnit;
import kr.catalog.embeddedpostgres.Processes;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tukaani.xz.XZInputStream;

/**
 * Quarkus loads a separate copy of test dependencies per test profile; such a copy must reuse the
 * servers of this JVM instead of starting (and later wiping) its own.
 */
@Timeout(value = 200, unit = TimeUnit.SECONDS)
class SharedAcrossClassLoadersTest {

  @Test
  void aCopyOfTheHarnessInAnotherClassLoaderGetsTheSamePostgres() throws Exception {
    PostgresServer here = TestServers.postgres();
    URL[] classpath = {
      location(TestServers.class),
      // The harness's own dependencies: the module shared with the quick start's PostgreSQL, ...
      location(Processes.class),
      location(Logger.class),
      location(ZipFile.class),
      location(XZInputStream.class)
    };
    try (URLClassLoader isolated =
        new URLClassLoader(classpath, ClassLoader.getPlatformClassLoader())) {
      Class<?> copy = isolated.loadClass(TestServers.class.getName());
      Object there = copy.getMethod("postgres").invoke(null);
      String jdbcUrl = (String) there.getClass().getMethod("jdbcUrl").invoke(there);
      boolean running = (Boolean) there.getClass().getMethod("isRunning").invoke(there);

      assertThat(copy).isNotSameAs(TestServers.class);
      assertThat(jdbcUrl).isEqualTo(here.jdbcUrl());
      assertThat(running).isTrue();
    }
    assertThat(here.isRunning()).isTrue();
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }
}
