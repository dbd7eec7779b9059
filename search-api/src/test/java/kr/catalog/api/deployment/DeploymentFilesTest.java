package kr.catalog.api.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production shape as written in docker-compose.yml, the nginx configuration it mounts and the
 * API's {@code %prod} settings: TLS only, management endpoints off the public side, no fallback
 * database password. Read as data (YAML, nginx's syntax, properties), not as text; NginxTlsIT runs
 * the same nginx configuration for real.
 */
class DeploymentFilesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)([^}]*)}");

  private static JsonNode compose() throws IOException {
    return new ObjectMapper(new YAMLFactory())
        .readTree(ROOT.resolve("docker-compose.yml").toFile());
  }

  private static NginxConfig nginx() throws IOException {
    return NginxConfig.parse(
        Files.readString(ROOT.resolve("src/main/docker/nginx.conf"), StandardCharsets.UTF_8));
  }

  @Test
  void composeHasNoFallbackDatabasePassword() throws IOException {
    String text = Files.readString(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8);
    List<String> uses = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(text);
    while (matcher.find()) {
      if (matcher.group(1).equals("CATALOG_DB_PASSWORD")) {
        uses.add(matcher.group(2));
      }
    }
    // ":?message" stops `docker compose up` with the message when the variable is unset or empty.
    assertThat(uses).isNotEmpty().allMatch(rest -> rest.startsWith(":?") && rest.length() > 2);
    JsonNode services = compose().get("services");
    assertThat(services.at("/api1/environment/CATALOG_DB_PASSWORD").asText())
        .startsWith("${CATALOG_DB_PASSWORD:?");
    assertThat(services.at("/db/environment/POSTGRES_PASSWORD").asText())
        .startsWith("${CATALOG_DB_PASSWORD:?");
  }

  @Test
  void prodProfileHasNoFallbackDatabasePassword() throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    assertThat(properties.getProperty("%prod.quarkus.datasource.password"))
        .isEqualTo("${CATALOG_DB_PASSWORD}");
  }

  @Test
  void onlyNginxIsPublishedAndTheApiIsCheckedOnItsManagementPort() throws IOException {
    JsonNode services = compose().get("services");
    List<String> published = new ArrayList<>();
    services
        .properties()
        .forEach(
            s ->
                s.getValue()
                    .path("ports")
                    .forEach(p -> published.add(s.getKey() + " " + p.asText())));
    assertThat(published).containsExactlyInAnyOrder("web 80:80", "web 443:443");
    assertThat(services.at("/api1/healthcheck/test").toString())
        .contains("localhost:9000/q/health/ready");
    // The certificates are configuration: a directory the operator names, mounted read-only.
    List<String> volumes = new ArrayList<>();
    services.at("/web/volumes").forEach(v -> volumes.add(v.asText()));
    assertThat(volumes)
        .anyMatch(v -> v.startsWith("${CATALOG_TLS_DIR:?") && v.endsWith(":/etc/nginx/tls:ro"));
  }

  @Test
  void plainHttpOnlyRedirectsToHttps() throws IOException {
    NginxConfig http = server(nginx(), "80");
    assertThat(http.all("location")).hasSize(1);
    NginxConfig only = http.location("/").orElseThrow();
    assertThat(only.first("return").orElseThrow().args())
        .containsExactly("301", "https://$host$request_uri");
    assertThat(http.all("proxy_pass")).isEmpty();
  }

  @Test
  void httpsUsesModernProtocolsCertificatesFromTheMountAndHsts() throws IOException {
    NginxConfig https = server(nginx(), "443");
    assertThat(https.first("listen").orElseThrow().args()).contains("ssl");
    assertThat(https.first("ssl_protocols").orElseThrow().args())
        .containsExactlyInAnyOrder("TLSv1.2", "TLSv1.3");
    assertThat(https.first("ssl_certificate").orElseThrow().value()).startsWith("/etc/nginx/tls/");
    assertThat(https.first("ssl_certificate_key").orElseThrow().value())
        .startsWith("/etc/nginx/tls/");
    assertThat(https.first("ssl_ciphers").orElseThrow().value())
        .doesNotContain("CBC", "RC4", "3DES");
    // add_header in a location hides the server's: every block that adds headers repeats HSTS.
    for (NginxConfig block : withHeaders(https)) {
      assertThat(headers(block))
          .as("add_header in %s %s", block.name(), block.args())
          .anyMatch(
              h -> h.startsWith("Strict-Transport-Security max-age=") && h.endsWith("always"));
    }
  }

  @Test
  void managementEndpointsAreNotProxiedAndTheUiCarriesTheSecurityHeaders() throws IOException {
    NginxConfig https = server(nginx(), "443");
    List<String> locations = https.all("location").stream().map(NginxConfig::value).toList();
    assertThat(locations).containsExactlyInAnyOrder("/api/", "@api_keyed", "/media/", "/");
    for (NginxConfig location : https.all("location")) {
      location
          .first("proxy_pass")
          .ifPresent(p -> assertThat(p.value()).isEqualTo("http://catalog_api"));
    }
    assertThat(https.location("/").orElseThrow().all("proxy_pass")).isEmpty();
    List<String> ui = headers(https.location("/").orElseThrow());
    assertThat(ui)
        .anyMatch(
            h ->
                h.startsWith("Content-Security-Policy default-src 'self';")
                    && h.contains("frame-ancestors 'none'"))
        .contains(
            "X-Content-Type-Options nosniff always",
            "X-Frame-Options DENY always",
            "Referrer-Policy same-origin always");
  }

  @Test
  void twoApiInstancesBehindNginxWhichRetriesOnTheOther() throws IOException {
    JsonNode services = compose().get("services");
    assertThat(services.has("api1")).isTrue();
    assertThat(services.has("api2")).isTrue();
    assertThat(services.has("api")).as("no single API service left").isFalse();
    NginxConfig root = nginx();
    NginxConfig upstream =
        root.all("upstream").stream()
            .filter(u -> u.value().equals("catalog_api"))
            .findFirst()
            .orElseThrow();
    List<String> servers = upstream.all("server").stream().map(NginxConfig::value).toList();
    assertThat(servers)
        .containsExactly(
            "api1:8080 max_fails=1 fail_timeout=5s", "api2:8080 max_fails=1 fail_timeout=5s");
    NginxConfig https = server(root, "443");
    // Idempotent requests go to the other instance when one fails; a POST the first instance may
    // have processed is not sent twice by nginx, unless its Idempotency-Key makes that safe.
    List<String> next = https.first("proxy_next_upstream").orElseThrow().args();
    assertThat(next)
        .contains("error", "timeout", "http_502", "http_503")
        .doesNotContain("non_idempotent");
    assertThat(https.first("proxy_next_upstream_tries").orElseThrow().value()).isEqualTo("2");
    NginxConfig api = https.location("/api/").orElseThrow();
    assertThat(api.first("error_page").orElseThrow().args())
        .containsExactly("418", "=", "@api_keyed");
    NginxConfig keyed = https.location("@api_keyed").orElseThrow();
    assertThat(keyed.first("proxy_next_upstream").orElseThrow().args())
        .contains("error", "timeout", "http_502", "http_503", "non_idempotent");
  }

  private static NginxConfig server(NginxConfig root, String port) {
    return root.all("server").stream()
        .filter(s -> s.all("listen").stream().anyMatch(l -> l.args().get(0).equals(port)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no server listening on " + port));
  }

  private static List<NginxConfig> withHeaders(NginxConfig server) {
    List<NginxConfig> blocks = new ArrayList<>();
    blocks.add(server);
    server.all("location").stream()
        .filter(l -> !l.all("add_header").isEmpty())
        .forEach(blocks::add);
    return blocks;
  }

  private static List<String> headers(NginxConfig block) {
    return block.all("add_header").stream().map(NginxConfig::value).toList();
  }
}
