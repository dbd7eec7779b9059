package kr.catalog.ingest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.catalog.model.CatalogChecksum;
import kr.catalog.model.CatalogStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code publish --catalog OUT/catalog --api URL}: publishes a catalog this command line wrote to a
 * running platform through its admin endpoint ({@code POST /api/admin/catalog/publications}), with
 * the checksum computed here, so that the platform refuses the catalog if its files changed on the
 * way. The catalog directory must be reachable by the API at the same path (a shared volume); its
 * media travel from {@code media} beside it into the platform's shared media store. Exit codes: 0
 * published, 1 refused or failed (the problem's detail is printed), 2 wrong usage.
 */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = "Publishes a catalog written by ingest to a running platform (admin account).")
public final class PublishCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--catalog", required = true, description = "catalog directory (OUT/catalog)")
  Path catalog;

  @Option(
      names = "--api",
      defaultValue = "http://localhost:8080",
      description = "the platform's base URL (default ${DEFAULT-VALUE})")
  URI api;

  @Option(names = "--user", defaultValue = "admin", description = "admin user name")
  String user;

  @Option(
      names = "--password-file",
      description = "file holding the password (else the CATALOG_ADMIN_PASSWORD variable)")
  Path passwordFile;

  @Option(names = "--checksum-only", description = "print the catalog's checksum and stop")
  boolean checksumOnly;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = catalog.toAbsolutePath().normalize();
    if (new CatalogStore(dir).manifest().isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no catalog at " + dir);
    }
    String checksum = CatalogChecksum.of(dir);
    out.println("catalog " + dir + " checksum " + checksum);
    if (checksumOnly) {
      out.flush();
      return 0;
    }
    String password =
        passwordFile != null
            ? Files.readString(passwordFile, StandardCharsets.UTF_8).strip()
            : System.getenv("CATALOG_ADMIN_PASSWORD");
    if (password == null || password.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give --password-file or set CATALOG_ADMIN_PASSWORD");
    }
    ObjectMapper json = new ObjectMapper();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpResponse<String> login =
        http.send(
            post(
                "/api/auth/login",
                json.writeValueAsString(Map.of("username", user, "password", password)),
                null),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (login.statusCode() != 200) {
      out.println("log-in refused (" + login.statusCode() + "): " + detail(json, login.body()));
      out.flush();
      return 1;
    }
    String token = json.readTree(login.body()).path("token").asText();
    long started = System.nanoTime();
    HttpResponse<String> answer =
        http.send(
            post(
                "/api/admin/catalog/publications",
                json.writeValueAsString(Map.of("location", dir.toString(), "checksum", checksum)),
                token),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    if (answer.statusCode() != 201) {
      out.println(
          "publication refused (" + answer.statusCode() + "): " + detail(json, answer.body()));
      out.flush();
      return 1;
    }
    JsonNode p = json.readTree(answer.body());
    out.printf(
        java.util.Locale.ROOT,
        "published catalog %s (%s: %d products written, %d removed) in %d ms%n",
        p.path("catalogVersion").asText(),
        p.path("mode").asText(),
        p.path("productsWritten").asInt(),
        p.path("productsRemoved").asInt(),
        millis);
    out.flush();
    return 0;
  }

  private HttpRequest post(String path, String body, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(api.resolve(path))
            // A full build of a large catalog takes minutes: the answer comes when it is served.
            .timeout(Duration.ofMinutes(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }

  private static String detail(ObjectMapper json, String body) {
    try {
      JsonNode problem = json.readTree(body);
      return problem.path("type").asText("") + " " + problem.path("detail").asText(body);
    } catch (java.io.IOException e) {
      return body;
    }
  }
}
