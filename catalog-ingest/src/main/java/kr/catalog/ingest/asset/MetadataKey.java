package kr.catalog.ingest.asset;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The metadata the catalog keeps from an asset, each bound to the typed Tika {@link Property} it is
 * read from, so no caller spells Tika's key strings ({@code dc:title}, {@code xmpTPg:NPages}).
 */
public enum MetadataKey {
  /** Document title from the file's own metadata. */
  TITLE(TikaCoreProperties.TITLE),
  /** Author(s); several are joined with {@code "; "}. */
  CREATOR(TikaCoreProperties.CREATOR),
  /** The application that created the original document. */
  CREATOR_TOOL(TikaCoreProperties.CREATOR_TOOL),
  /** The PDF producer (the library that wrote the PDF). */
  PRODUCER(PDF.PRODUCER),
  /** Creation date, ISO 8601. */
  CREATED(TikaCoreProperties.CREATED),
  /** Last modification date, ISO 8601. */
  MODIFIED(TikaCoreProperties.MODIFIED),
  /** Declared language of the document. */
  LANGUAGE(TikaCoreProperties.LANGUAGE),
  /** Number of pages. */
  PAGE_COUNT(PagedText.N_PAGES),
  /** PDF version ({@code 1.4}). */
  PDF_VERSION(PDF.PDF_VERSION),
  /** Whether the PDF is encrypted (owner-password-only PDFs open and still say {@code true}). */
  ENCRYPTED(PDF.IS_ENCRYPTED);

  private final Property property;

  MetadataKey(Property property) {
    this.property = property;
  }

  /** The Tika property this key reads. */
  public Property property() {
    return property;
  }

  /** The value in {@code metadata}, multiple values joined with {@code "; "}, or {@code null}. */
  String read(Metadata metadata) {
    String[] values = metadata.getValues(property);
    if (values.length == 0) {
      return null;
    }
    String joined = String.join("; ", values).strip();
    return joined.isEmpty() ? null : joined;
  }
}
