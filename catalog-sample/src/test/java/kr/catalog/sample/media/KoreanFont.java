package kr.catalog.sample.media;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.catalog.sample.Required;

/**
 * The Korean TrueType font the media tests print with: the one the build bundles from the npm
 * registry ({@link MediaFonts#bundledRegular()}), never a system font, so a test of the Korean path
 * passes on a machine without any Korean font and cannot quietly take the English one.
 */
final class KoreanFont {
  private KoreanFont() {}

  /**
   * The bundled regular face; absent (a build without npm), the calling test is skipped (fails
   * under {@code CI=true}).
   */
  static Path require() {
    Path font = MediaFonts.bundledRegular().orElse(null);
    Required.require(
        font != null && Files.isRegularFile(font),
        "the build bundled no Korean font (catalog-sample/src/build/fetch-korean-font.sh needs npm)");
    return font;
  }
}
