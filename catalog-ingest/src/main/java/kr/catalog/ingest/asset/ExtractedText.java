package kr.catalog.ingest.asset;

import java.util.Map;
import java.util.Objects;

/**
 * What {@link AssetExtractor} got out of one file.
 *
 * @param source the file (path or name) as given to the extractor
 * @param mediaType IANA media type detected by Tika, without parameters ({@code application/pdf})
 * @param title the document's own title, else the file name without extension
 * @param text plain text, at most {@link ExtractionLimits#maxChars()} characters
 * @param pageCount pages for paged formats (PDF), else 0
 * @param metadata typed metadata present in the file; absent keys are left out
 * @param sha256 lower-case hex SHA-256 of the file's bytes, for incremental re-ingest
 * @param bytes file size in bytes
 * @param truncated whether the text stopped at the write limit
 */
public record ExtractedText(
    String source,
    String mediaType,
    String title,
    String text,
    int pageCount,
    Map<MetadataKey, String> metadata,
    String sha256,
    long bytes,
    boolean truncated) {
  public ExtractedText {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(text, "text");
    metadata = Map.copyOf(metadata);
  }
}
