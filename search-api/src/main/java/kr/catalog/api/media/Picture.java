package kr.catalog.api.media;

import java.util.List;
import java.util.stream.Collectors;
import kr.catalog.model.Asset;

/**
 * A product picture as the UI puts it in an {@code <img>}: {@code src} and {@code srcset} ready to
 * copy, and the pixel size of {@code src} for the {@code width}/{@code height} attributes (the box
 * is reserved before the file arrives: no layout shift). Every size in {@code srcset} has the same
 * aspect ratio.
 *
 * @param src the rendition about 320 pixels wide (the result list's), for browsers without {@code
 *     srcset}
 * @param srcset every rendition as {@code URL WIDTHw}, narrowest first
 * @param width width of {@code src} in pixels
 * @param height height of {@code src} in pixels
 * @param zoom the widest rendition, for the product page's zoom
 * @param sizes every rendition with its URL and pixel size
 */
public record Picture(
    String src, String srcset, int width, int height, Size zoom, List<Size> sizes) {

  /**
   * One rendition.
   *
   * @param url its address in the media store
   * @param width pixels
   * @param height pixels
   */
  public record Size(String url, int width, int height) {}

  /** The picture of an asset with renditions; null for any other asset. */
  public static Picture of(Asset asset) {
    if (asset == null || !asset.isPicture()) {
      return null;
    }
    List<Size> sizes =
        asset.renditions().stream()
            .map(r -> new Size(MediaUrls.of(r.path()), r.width(), r.height()))
            .toList();
    Size src = sizes.stream().filter(s -> s.width() >= 320).findFirst().orElse(sizes.getLast());
    return new Picture(
        src.url(),
        sizes.stream().map(s -> s.url() + " " + s.width() + "w").collect(Collectors.joining(", ")),
        src.width(),
        src.height(),
        sizes.getLast(),
        sizes);
  }
}
