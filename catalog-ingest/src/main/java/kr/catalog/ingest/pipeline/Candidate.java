package kr.catalog.ingest.pipeline;

import java.time.LocalDateTime;
import java.util.List;
import kr.catalog.model.Product;

/**
 * A normalised feed row: the product it describes and where it came from, kept until duplicates are
 * resolved.
 *
 * @param product the product as this row describes it
 * @param file the feed file
 * @param line the row's line
 * @param updatedAt when the supplier last changed the row, or {@code null}
 * @param filled how many fields the row filled (a tie-breaker between duplicates)
 * @param assets files the row attaches
 */
public record Candidate(
    Product product,
    String file,
    long line,
    LocalDateTime updatedAt,
    int filled,
    List<AssetRequest> assets) {
  public Candidate {
    assets = List.copyOf(assets);
  }
}
