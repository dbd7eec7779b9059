package kr.catalog.api.media;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Public URLs of files in the media store. */
public final class MediaUrls {
  /** Path prefix under which {@link MediaRoutes} serves the media store. */
  public static final String PREFIX = "/media/";

  private MediaUrls() {}

  /**
   * The URL of a media-store-relative path ({@code drawings/ab/x.png}), each segment
   * percent-encoded; null for a null path.
   */
  public static String of(String relativePath) {
    if (relativePath == null || relativePath.isBlank()) {
      return null;
    }
    return PREFIX
        + Arrays.stream(relativePath.split("/"))
            .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
            .collect(Collectors.joining("/"));
  }
}
