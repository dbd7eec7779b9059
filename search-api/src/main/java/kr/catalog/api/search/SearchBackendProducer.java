package kr.catalog.api.search;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.search.SearchBackend;
import kr.catalog.search.SearchBackends;
import org.jboss.logging.Logger;

/** Creates the configured search backend once for the application and closes it at shutdown. */
@ApplicationScoped
public class SearchBackendProducer {
  private static final Logger LOG = Logger.getLogger(SearchBackendProducer.class);

  @Produces
  @ApplicationScoped
  @DefaultBean
  SearchBackend searchBackend(CatalogConfig config) {
    return switch (config.search().backend()) {
      case lucene -> {
        var dir = config.dataDir().resolve("index");
        LOG.infof("Search backend: embedded Lucene at %s", dir.toAbsolutePath());
        yield SearchBackends.lucene(dir);
      }
      case elasticsearch -> {
        CatalogConfig.Elasticsearch es = config.search().elasticsearch();
        List<String> hosts =
            es.hosts().stream().map(h -> h.contains("://") ? h : "http://" + h).toList();
        LOG.infof("Search backend: Elasticsearch at %s (alias %s)", hosts, es.indexPrefix());
        yield SearchBackends.elasticsearch(
            hosts,
            es.indexPrefix() + "-products",
            es.replicas(),
            es.connectTimeout(),
            es.socketTimeout());
      }
    };
  }

  void close(@Disposes SearchBackend backend) {
    backend.close();
  }
}
