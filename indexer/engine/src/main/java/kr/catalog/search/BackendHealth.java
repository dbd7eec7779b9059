package kr.catalog.search;

import java.util.Map;

/**
 * Health of a search backend.
 *
 * @param up whether searches can be answered now
 * @param details facts for operators: document count, index name, cluster status, nodes
 */
public record BackendHealth(boolean up, Map<String, Object> details) {
  public BackendHealth {
    details = Map.copyOf(details);
  }
}
