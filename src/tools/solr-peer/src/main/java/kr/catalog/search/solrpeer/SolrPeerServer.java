package kr.catalog.search.solrpeer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real Solr HTTP server (Solr's own Jetty set-up, {@code JettySolrRunner}, the same server the
 * Solr test framework starts) on a Solr home, for the peer benchmark: the Solr distribution is not
 * on Maven Central, its jars are. Cores are created afterwards through the CoreAdmin API from the
 * config sets under {@code SOLR_HOME/configsets}.
 *
 * <p>Usage: {@code SolrPeerServer SOLR_HOME PORT}; stops on SIGTERM.
 */
public final class SolrPeerServer {

  private SolrPeerServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: SolrPeerServer SOLR_HOME PORT");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    if (!Files.isRegularFile(home.resolve("solr.xml"))) {
      System.err.println("no solr.xml in " + home);
      System.exit(2);
    }
    JettySolrRunner solr =
        new JettySolrRunner(
            home.toString(),
            JettyConfig.builder().setPort(Integer.parseInt(args[1])).setContext("/solr").build());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    solr.stop();
                  } catch (Exception e) {
                    e.printStackTrace();
                  } finally {
                    stopped.countDown();
                  }
                }));
    solr.start();
    System.out.println("solr started on port " + solr.getLocalPort() + ", home " + home);
    stopped.await();
  }
}
