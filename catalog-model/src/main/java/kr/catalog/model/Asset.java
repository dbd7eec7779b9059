package kr.catalog.model;

/**
 * A file attached to a product: a manual, a drawing, a datasheet.
 *
 * @param id stable id (content hash based)
 * @param productCodeKey {@link Product#codeKey()} of the product it belongs to
 * @param kind what it is
 * @param path path of the file inside the media store, relative, forward slashes
 * @param thumbnailPath path of its thumbnail inside the media store, or {@code null}
 * @param mediaType IANA media type detected by Tika ({@code application/pdf})
 * @param title title from the file's metadata or name
 * @param text extracted text (bounded), searched as "text of manuals"
 * @param pageCount pages for PDFs, 0 otherwise
 * @param sha256 content hash, for incremental re-ingest
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
    String sha256) {

  /** Kinds of product assets. */
  public enum Kind {
    MANUAL,
    DRAWING,
    DATASHEET,
    IMAGE
  }
}
