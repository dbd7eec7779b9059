package kr.catalog.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A file attached to a product: a manual, a drawing, a datasheet.
 *
 * @param id stable id (content hash based)
 * @param productCodeKey {@link Product#codeKey()} of the product it belongs to
 * @param kind what it is
 * @param path path of the file inside the media store, relative, forward slashes
 * @param thumbnailPath path of its thumbnail inside the media store, or {@code null}; for a video,
 *     its poster frame
 * @param mediaType IANA media type detected by Tika ({@code application/pdf})
 * @param title title from the file's metadata or name
 * @param text extracted text (bounded), searched as "text of manuals"
 * @param pageCount pages for PDFs, 0 otherwise
 * @param sha256 content hash, for incremental re-ingest
 * @param renditions for a product picture ({@link Kind#IMAGE}): the sizes derived from it,
 *     narrowest first, each with its pixel size (a {@code srcset} and {@code width}/{@code height}
 *     for the UI, the widest for a printed page); empty for other kinds, and left out of the JSON
 *     then so catalogs written before pictures existed read the same
 */
public record Asset(
    String id,
    String productCodeKey,
    Kind kind,
    String path,
    String thumbnailPath,
    String mediaType,
    String title,
    String text,
    int pageCount,
    String sha256,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Rendition> renditions) {

  public Asset {
    renditions =
        renditions == null
            ? List.of()
            : renditions.stream().sorted(Comparator.comparingInt(Rendition::width)).toList();
  }

  /** A file without derived sizes (manuals, drawings, datasheets). */
  public Asset(
      String id,
      String productCodeKey,
      Kind kind,
      String path,
      String thumbnailPath,
      String mediaType,
      String title,
      String text,
      int pageCount,
      String sha256) {
    this(
        id,
        productCodeKey,
        kind,
        path,
        thumbnailPath,
        mediaType,
        title,
        text,
        pageCount,
        sha256,
        List.of());
  }

  /**
   * One derived size of a picture.
   *
   * @param path inside the media store, relative, forward slashes
   * @param width in pixels
   * @param height in pixels
   * @param mediaType {@code image/jpeg} or {@code image/png}
   */
  public record Rendition(String path, int width, int height, String mediaType) {}

  /**
   * The narrowest rendition at least {@code minWidth} pixels wide, else the widest there is: what a
   * printed page {@code minWidth} dots across, or a list cell, should use. Empty without
   * renditions.
   */
  public Optional<Rendition> rendition(int minWidth) {
    return renditions.stream()
        .filter(r -> r.width() >= minWidth)
        .findFirst()
        .or(() -> renditions.isEmpty() ? Optional.empty() : Optional.of(renditions.getLast()));
  }

  /** Whether this is a product picture with derived sizes. */
  @JsonIgnore
  public boolean isPicture() {
    return kind == Kind.IMAGE && !renditions.isEmpty();
  }

  /**
   * Whether this is a PDF without a text layer (a scan): it has pages but gave no text, so search
   * cannot find words in it and the UI says "scanned" rather than nothing.
   */
  public boolean scanned() {
    return "application/pdf".equals(mediaType) && pageCount > 0 && (text == null || text.isBlank());
  }

  /** Kinds of product assets. */
  public enum Kind {
    MANUAL,
    DRAWING,
    DATASHEET,
    /** A product picture: the original in {@link #path()}, its sizes in {@link #renditions()}. */
    IMAGE,
    /** A usage video (MP4 or WebM), played inline; its poster frame is the thumbnail. */
    VIDEO,
    /** WebVTT captions of the product's video. */
    CAPTIONS
  }
}
