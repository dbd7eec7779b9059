package kr.catalog.ingest.feed;

import java.io.IOException;

/** A file whose shape is not a feed the pipeline knows (no code column, not a JSON array). */
public final class FeedFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** With a message saying which file and why. */
  public FeedFormatException(String message) {
    super(message);
  }
}
