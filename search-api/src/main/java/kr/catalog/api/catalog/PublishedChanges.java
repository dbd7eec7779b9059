package kr.catalog.api.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A catalog's {@code changes.json} as catalog-ingest writes it: the products added, changed and
 * removed (by code key) against the catalog version {@code fromVersion} (null after a first build).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedChanges(
    String fromVersion, List<String> added, List<String> updated, List<String> removed) {

  /** File name inside the catalog directory. */
  public static final String FILE_NAME = "changes.json";

  public PublishedChanges {
    added = added == null ? List.of() : List.copyOf(added);
    updated = updated == null ? List.of() : List.copyOf(updated);
    removed = removed == null ? List.of() : List.copyOf(removed);
  }
}
