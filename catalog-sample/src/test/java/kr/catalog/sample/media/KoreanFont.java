package kr.catalog.sample.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.catalog.sample.Required;

/**
 * The Korean TrueType font the media tests print with: Debian's {@code fonts-nanum}, which {@code
 * .ci/run} installs. Named here, not found by production's {@link MediaFonts} search, so a test of
 * the Korean path cannot quietly take the English one.
 */
final class KoreanFont {
  private static final List<Path> NANUM =
      List.of(
          Path.of("/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf"),
          Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"));

  private KoreanFont() {}

  /**
   * The font: the file named by {@code -Dcatalog.media.font} when given, else fonts-nanum's;
   * absent, the calling test is skipped (fails under {@code CI=true}).
   */
  static Path require() {
    String named = System.getProperty(MediaFonts.FONT_PROPERTY);
    Path font =
        named != null
            ? Path.of(named)
            : NANUM.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    Required.require(
        font != null && Files.isRegularFile(font),
        "no Korean font: install fonts-nanum (" + NANUM.get(0) + ")");
    return font;
  }
}
