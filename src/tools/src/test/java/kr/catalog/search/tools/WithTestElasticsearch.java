package kr.catalog.search.tools;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.catalog.testharness.TestServers;
import picocli.CommandLine;

/**
 * Runs the relevance or benchmark command against a real Elasticsearch node started by the test
 * harness (the machines have no other Elasticsearch): {@code WithTestElasticsearch relevance
 * <args>} or {@code WithTestElasticsearch benchmark <args>}. The node stops when the JVM exits.
 */
public final class WithTestElasticsearch {

  private WithTestElasticsearch() {}

  /** Starts the node, then the command with {@code --elasticsearch} set to it. */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println(
          "usage: WithTestElasticsearch relevance|korean-relevance|benchmark [args]");
      System.exit(2);
    }
    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
    rest.add("--elasticsearch=" + String.join(",", TestServers.elasticsearchNode().httpHosts()));
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Object command =
        switch (args[0]) {
          case "relevance" -> new RelevanceCommand(out);
          case "korean-relevance" -> new KoreanRelevanceCommand(out);
          case "benchmark" -> new BenchmarkCommand(out);
          default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
    int exit = new CommandLine(command).execute(rest.toArray(String[]::new));
    System.exit(exit);
  }
}
