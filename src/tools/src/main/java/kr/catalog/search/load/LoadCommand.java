package kr.catalog.search.load;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogStore;
import kr.catalog.search.tools.ToolOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code load}: replays a seeded request mix against a running platform and prints, per endpoint,
 * count, throughput, p50, p99, max and errors by status (and writes them as JSON with {@code
 * --json}). The mix is drawn from the catalog directory the platform serves.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description =
        "Replays a realistic request mix against a running platform; reports per endpoint.")
public final class LoadCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--api",
      required = true,
      description = "base URL of the running platform, e.g. http://127.0.0.1:8091")
  URI api;

  @Mixin ToolOptions.LoadRun run;

  @Option(
      names = "--mix",
      defaultValue = "default",
      description =
          "default, search, or kind=weight,... over: search.text, search.filters, search.browse,"
              + " lookup.code, suggest, makers, product, ebook.page, ebook.search, quote, order")
  String mix;

  @Option(names = "--timeout", defaultValue = "30", description = "seconds before a request fails")
  int timeoutSeconds;

  @Option(names = "--label", description = "name of the run in the report")
  String label;

  @Option(names = "--json", description = "also write the report as JSON to this file")
  Path json;

  /** Runs the command. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new LoadCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Map<LoadMix.Kind, Integer> weights;
    try {
      weights = LoadMix.parseWeights(mix);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--mix: " + e.getMessage());
    }
    if (run.concurrency < 1
        || run.durationSeconds < 1
        || run.warmupSeconds < 0
        || run.requests < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--concurrency, --duration and --requests must be at least 1, --warmup at least 0");
    }
    Catalog catalog = new CatalogStore(run.catalogDir).read();
    String name = label != null ? label : api.toString();
    HttpTarget target =
        new HttpTarget(
                api, name + "-" + System.currentTimeMillis(), Duration.ofSeconds(timeoutSeconds))
            .login();
    LoadMix.Context context = target.discover(catalog, 200, run.seed);
    Map<LoadMix.Kind, Integer> used = LoadMix.effectiveWeights(weights, context);
    List<LoadRequest> drawn = LoadMix.generate(catalog, context, used, run.requests, run.seed);
    out.printf(
        Locale.ROOT,
        "# %s: catalog %s (%d products), %d e-books, %d products orderable; mix %s; drawn %s%n",
        name,
        catalog.version(),
        catalog.products().size(),
        context.books().size(),
        context.orderableCodes().size(),
        used.entrySet().stream()
            .map(e -> e.getKey().label() + "=" + e.getValue())
            .collect(java.util.stream.Collectors.joining(",")),
        LoadMix.countByKind(drawn));
    out.flush();
    LoadReport report =
        LoadRunner.run(
            name,
            drawn,
            target,
            new LoadRunner.Settings(
                run.concurrency,
                Duration.ofSeconds(run.warmupSeconds),
                Duration.ofSeconds(run.durationSeconds)));
    out.print(report.table());
    out.flush();
    if (json != null) {
      Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
    }
    return report.total().errors() == 0 ? 0 : 1;
  }
}
