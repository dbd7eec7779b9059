package kr.catalog.api.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production nginx configuration (src/main/docker/nginx.conf) run by Debian's nginx in front of
 * this test's API, with a self-signed certificate made by openssl: HTTP redirects to HTTPS, HTTPS
 * answers with HSTS and the UI's security headers, management paths are not proxied. Only the
 * addresses are rewritten (ports, the API's host, the certificate and UI directories). Skipped
 * without nginx or openssl locally; .ci/run installs both, and on CI (CI=true) it fails.
 */
@QuarkusTest
class NginxTlsIT {

  private static final Path NGINX = Path.of("/usr/sbin/nginx");
  private static final Path OPENSSL = Path.of("/usr/bin/openssl");
  private static final Path WORK = Path.of("target", "nginx-tls").toAbsolutePath();

  private static Process nginx;
  private static int httpPort;
  private static int httpsPort;
  private static HttpClient client;

  @TestHTTPResource("/")
  URL api;

  @BeforeAll
  static void tools() {
    boolean present = Files.isExecutable(NGINX) && Files.isExecutable(OPENSSL);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "nginx and openssl are required on CI (.ci/run installs them)");
    }
    assumeTrue(present, "nginx or openssl absent: apt-get install -y nginx-light openssl");
  }

  @AfterAll
  static void stopNginx() {
    if (nginx != null) {
      nginx.destroy();
    }
  }

  private synchronized void start() throws Exception {
    if (nginx != null) {
      return;
    }
    Files.createDirectories(WORK.resolve("tls"));
    Files.createDirectories(WORK.resolve("temp"));
    WORK.resolve("temp").toFile().setWritable(true, false);
    run(
        OPENSSL.toString(),
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=IP:127.0.0.1,DNS:localhost",
        "-keyout",
        WORK.resolve("tls/tls.key").toString(),
        "-out",
        WORK.resolve("tls/tls.crt").toString());
    httpPort = freePort();
    httpsPort = freePort();
    Path ui = Path.of("..", "ui-static", "src", "main", "web").toAbsolutePath().normalize();
    String site =
        Files.readString(
                Path.of("..", "src", "main", "docker", "nginx.conf"), StandardCharsets.UTF_8)
            .replaceAll("(?m)^\\s*listen \\[::\\].*$", "")
            .replace("listen 80 ", "listen 127.0.0.1:" + httpPort + " ")
            .replace("listen 443 ", "listen 127.0.0.1:" + httpsPort + " ")
            .replace("api1:8080", "127.0.0.1:" + api.getPort())
            .replace("api2:8080", "127.0.0.1:" + api.getPort())
            .replace("/etc/nginx/tls/", WORK.resolve("tls") + "/")
            .replace("root /usr/share/nginx/html;", "root " + ui + ";");
    // Every address of the compose network or the image is replaced (comments aside).
    assertThat(site.replaceAll("(?m)#.*$", ""))
        .doesNotContain("api1:8080", "api2:8080", "/etc/nginx/tls", "/usr/share/nginx");
    Files.writeString(WORK.resolve("site.conf"), site, StandardCharsets.UTF_8);
    String temp = WORK.resolve("temp").toString();
    String main =
        String.join(
            "\n",
            "daemon off;",
            "worker_processes 1;",
            "pid " + WORK.resolve("nginx.pid") + ";",
            "error_log " + WORK.resolve("error.log") + " info;",
            "events { worker_connections 64; }",
            "http {",
            "  include /etc/nginx/mime.types;",
            "  access_log " + WORK.resolve("access.log") + ";",
            "  client_body_temp_path " + temp + "/body;",
            "  proxy_temp_path " + temp + "/proxy;",
            "  fastcgi_temp_path " + temp + "/fastcgi;",
            "  uwsgi_temp_path " + temp + "/uwsgi;",
            "  scgi_temp_path " + temp + "/scgi;",
            "  include " + WORK.resolve("site.conf") + ";",
            "}",
            "");
    Files.writeString(WORK.resolve("nginx.conf"), main, StandardCharsets.UTF_8);
    String errors = WORK.resolve("error.log").toString();
    run(
        NGINX.toString(),
        "-t",
        "-e",
        errors,
        "-p",
        WORK.toString(),
        "-c",
        WORK.resolve("nginx.conf").toString());
    nginx =
        new ProcessBuilder(
                NGINX.toString(),
                "-e",
                errors,
                "-p",
                WORK.toString(),
                "-c",
                WORK.resolve("nginx.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve("nginx.out").toFile())
            .start();
    client = trusting(WORK.resolve("tls/tls.crt"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", httpsPort)) {
        break;
      } catch (IOException notYet) {
        assertThat(nginx.isAlive()).as("nginx runs (see %s)", WORK.resolve("nginx.out")).isTrue();
        assertThat(System.nanoTime()).as("nginx listens within 20 s").isLessThan(deadline);
        Thread.sleep(100);
      }
    }
  }

  @Test
  void plainHttpIsRedirectedToHttpsKeepingPathAndQuery() throws Exception {
    start();
    HttpResponse<String> response = get("http://127.0.0.1:" + httpPort + "/api/search?q=drill");
    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("https://127.0.0.1/api/search?q=drill");
  }

  @Test
  void httpsServesTheUiAndTheApiWithHstsAndSecurityHeaders() throws Exception {
    start();
    HttpResponse<String> page = get("https://127.0.0.1:" + httpsPort + "/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("산업용품 카탈로그");
    SSLSession tls = page.sslSession().orElseThrow();
    assertThat(tls.getProtocol()).isIn("TLSv1.2", "TLSv1.3");
    assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=63072000");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'self';")
        .contains("frame-ancestors 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    HttpResponse<String> search = get("https://127.0.0.1:" + httpsPort + "/api/search?q=drill");
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.headers().firstValue("Strict-Transport-Security"))
        .hasValue("max-age=63072000");
    // The API's own headers pass through once, not doubled by nginx.
    assertThat(search.headers().allValues("Content-Security-Policy")).hasSize(1);
  }

  @Test
  void managementPathsAreNotProxied() throws Exception {
    start();
    for (String path : List.of("/q/health", "/q/metrics", "/q/openapi")) {
      HttpResponse<String> response = get("https://127.0.0.1:" + httpsPort + path);
      // nginx serves the UI's index.html for unknown paths: never the API's management answers.
      assertThat(response.body())
          .as(path)
          .doesNotContain("\"checks\"", "http_server_requests", "openapi:");
    }
  }

  private static HttpResponse<String> get(String uri) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(20)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpClient trusting(Path certificate) throws Exception {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    try (InputStream in = Files.newInputStream(certificate)) {
      trust.setCertificateEntry(
          "nginx", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static void run(String... command) throws Exception {
    Path log = WORK.resolve("commands.log");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as("%s (see %s): %s", command[0], log, Files.readString(log, StandardCharsets.UTF_8))
        .isZero();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
