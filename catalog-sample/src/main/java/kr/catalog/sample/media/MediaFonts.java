package kr.catalog.sample.media;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jboss.logging.Logger;

/**
 * The Korean-capable TrueType font of the generated manuals, drawings and catalog book.
 *
 * <p>Looked for, in order: the file named by the system property {@value #FONT_PROPERTY} (and
 * {@value #BOLD_FONT_PROPERTY} for bold); the font the build bundles on the class path ({@value
 * #BUNDLED_FOLDER}: Noto Sans KR, SIL Open Font Licence, fetched from the npm registry by {@code
 * src/build/fetch-korean-font.sh}), so Korean prints on a machine without any Korean system font;
 * then, only when the bundle is missing (a build without npm), the Debian {@code fonts-nanum} files
 * and any {@code .ttf} under the system font folders whose character map covers Hangul, with a
 * warning. Fonts that also map U+0000 to the space glyph (NanumGothic does) come last: PDFBox
 * writes the first character of a glyph into the PDF's ToUnicode map, so every space of such a font
 * extracts as NUL. When none is found the generators print English only, after a warning that says
 * so and how to mend it: a missing font never stops generation. TrueType collections ({@code .ttc})
 * and CFF-based OpenType fonts are not used, because PDFBox embeds only TrueType outlines as
 * subsets.
 */
public final class MediaFonts {
  /** System property naming a Korean-capable {@code .ttf} to use. */
  public static final String FONT_PROPERTY = "catalog.media.font";

  /** System property naming its bold face (optional; the regular face is used otherwise). */
  public static final String BOLD_FONT_PROPERTY = "catalog.media.font.bold";

  /** Where the build puts the bundled font on the class path. */
  public static final String BUNDLED_FOLDER = "/kr/catalog/sample/fonts/";

  static final String BUNDLED_REGULAR = "NotoSansKR-Regular.ttf";
  static final String BUNDLED_BOLD = "NotoSansKR-Bold.ttf";

  private static final Logger LOG = Logger.getLogger(MediaFonts.class);

  private static final List<Path> KNOWN_REGULAR =
      List.of(
          Path.of("/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf"),
          Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
          Path.of("/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf"),
          Path.of("/usr/share/fonts/truetype/baekmuk/gulim.ttf"));
  private static final List<Path> KNOWN_BOLD =
      List.of(
          Path.of("/usr/share/fonts/truetype/nanum/NanumBarunGothicBold.ttf"),
          Path.of("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"),
          Path.of("/usr/share/fonts/truetype/unfonts-core/UnDotumBold.ttf"));
  private static final List<Path> SCAN_ROOTS =
      List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"));

  /** The fonts found, resolved once per JVM: the lookup may scan font folders. */
  private static final class Found {
    static final Optional<Path> REGULAR = findRegular();
    static final Optional<Path> BOLD = REGULAR.isEmpty() ? Optional.empty() : findBold();
  }

  /** The bundled font files, resolved once per JVM (copied out of the jar when run from one). */
  private static final class Bundled {
    static final Optional<Path> REGULAR = bundledFile(BUNDLED_REGULAR);
    static final Optional<Path> BOLD = bundledFile(BUNDLED_BOLD);
  }

  private MediaFonts() {}

  /** A Korean-capable regular TrueType font, when the machine has one. */
  public static Optional<Path> koreanRegular() {
    return Found.REGULAR;
  }

  /** Its bold face, else the regular face, when the machine has a Korean font. */
  public static Optional<Path> koreanBold() {
    return Found.BOLD.isPresent() ? Found.BOLD : Found.REGULAR;
  }

  /** Whether Korean text can be printed (else generators print English only). */
  public static boolean koreanAvailable() {
    return Found.REGULAR.isPresent();
  }

  /**
   * A Java2D font of {@code size} points for drawings: the Korean TrueType font when present, else
   * the logical {@code SansSerif} font (after the warning of the font search).
   */
  public static Font awtFont(boolean bold, float size) {
    Optional<Font> base = bold ? AwtFonts.BOLD : AwtFonts.REGULAR;
    return base.map(f -> f.deriveFont(size))
        .orElseGet(
            () -> new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, Math.round(size)));
  }

  /** The Java2D fonts, loaded once per JVM: a 6 MB font file read for every drawing is slow. */
  private static final class AwtFonts {
    static final Optional<Font> REGULAR = koreanRegular().flatMap(MediaFonts::loadAwt);
    static final Optional<Font> BOLD = koreanBold().flatMap(MediaFonts::loadAwt).or(() -> REGULAR);
  }

  /** {@code file} as a Java2D font, empty (after a warning) when it cannot be read. */
  static Optional<Font> loadAwt(Path file) {
    try {
      return Optional.of(Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
    } catch (FontFormatException | IOException e) {
      LOG.warnf("cannot load %s for drawings (%s); using SansSerif", file, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The regular face the build bundles, whatever the machine has: what tests use to show the bundle
   * alone prints Korean.
   */
  public static Optional<Path> bundledRegular() {
    return Bundled.REGULAR;
  }

  /** The bold face the build bundles. */
  public static Optional<Path> bundledBold() {
    return Bundled.BOLD;
  }

  /**
   * The bundled font {@code name} as a file: the class path entry itself when it is a folder (a
   * build's target/classes), else a copy in a temp file (deleted on exit), since PDFBox and Java2D
   * want a file to read a 6 MB font lazily.
   */
  private static Optional<Path> bundledFile(String name) {
    URL url = MediaFonts.class.getResource(BUNDLED_FOLDER + name);
    if (url == null) {
      return Optional.empty();
    }
    try {
      if ("file".equals(url.getProtocol())) {
        return Optional.of(Path.of(url.toURI()));
      }
      Path copy = Files.createTempFile("catalog-font-", "-" + name);
      copy.toFile().deleteOnExit();
      try (InputStream in = url.openStream()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      return Optional.of(copy);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      LOG.warnf("cannot read the bundled font %s (%s)", url, e.getMessage());
      return Optional.empty();
    }
  }

  /** Whether {@code ttf} is a TrueType font whose character map has Hangul syllables. */
  static boolean coversHangul(Path ttf) {
    if (!Files.isRegularFile(ttf)) {
      return false;
    }
    try (TrueTypeFont font =
        new TTFParser().parse(new RandomAccessReadBufferedFile(ttf.toFile()))) {
      var cmap = font.getUnicodeCmapLookup();
      return cmap != null
          && cmap.getGlyphId('한') > 0
          && cmap.getGlyphId('글') > 0
          && cmap.getGlyphId('A') > 0;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether no control character shares the space glyph (see the class comment). */
  static boolean spaceExtractsAsSpace(Path ttf) {
    try (TrueTypeFont font =
        new TTFParser().parse(new RandomAccessReadBufferedFile(ttf.toFile()))) {
      var cmap = font.getUnicodeCmapLookup();
      int space = cmap.getGlyphId(' ');
      for (int control = 0; control < ' '; control++) {
        if (cmap.getGlyphId(control) == space) {
          return false;
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static Optional<Path> findRegular() {
    String configured = System.getProperty(FONT_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      if (coversHangul(path)) {
        return Optional.of(path);
      }
      LOG.warnf("%s=%s is not a TrueType font with Hangul; looking elsewhere", FONT_PROPERTY, path);
    }
    Optional<Path> bundled = bundledRegular();
    if (bundled.isPresent() && coversHangul(bundled.get())) {
      return bundled;
    }
    LOG.warnf(
        "the build bundled no Korean font (%s%s: npm or the npm registry was missing at build"
            + " time); looking for a system font",
        BUNDLED_FOLDER, BUNDLED_REGULAR);
    for (Path known : KNOWN_REGULAR) {
      if (coversHangul(known) && spaceExtractsAsSpace(known)) {
        return Optional.of(known);
      }
    }
    for (Path known : KNOWN_REGULAR) {
      if (coversHangul(known)) {
        LOG.warnf(
            "%s maps U+0000 to its space glyph: spaces in generated PDFs extract as NUL", known);
        return Optional.of(known);
      }
    }
    Optional<Path> scanned = scan();
    if (scanned.isEmpty()) {
      LOG.warn(
          "no Korean TrueType font found: generated manuals, drawings and the catalog book will"
              + " be ENGLISH ONLY. Rebuild catalog-sample with npm and the npm registry reachable"
              + " (it bundles Noto Sans KR), or set -D"
              + FONT_PROPERTY
              + "=/path/to/korean.ttf");
    }
    return scanned;
  }

  private static Optional<Path> findBold() {
    String configured = System.getProperty(BOLD_FONT_PROPERTY);
    if (configured != null && !configured.isBlank() && coversHangul(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    if (Found.REGULAR.equals(bundledRegular())
        && bundledBold().filter(MediaFonts::coversHangul).isPresent()) {
      return bundledBold();
    }
    return KNOWN_BOLD.stream()
        .filter(p -> coversHangul(p) && spaceExtractsAsSpace(p))
        .findFirst()
        .or(() -> KNOWN_BOLD.stream().filter(MediaFonts::coversHangul).findFirst());
  }

  private static Optional<Path> scan() {
    List<Path> candidates = new ArrayList<>();
    for (Path root : SCAN_ROOTS) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root, 4)) {
        files
            .filter(
                p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf"))
            .sorted()
            .forEach(candidates::add);
      } catch (IOException | RuntimeException e) {
        LOG.debugf("cannot scan %s: %s", root, e.getMessage());
      }
    }
    return candidates.stream()
        .filter(p -> coversHangul(p) && spaceExtractsAsSpace(p))
        .findFirst()
        .or(() -> candidates.stream().filter(MediaFonts::coversHangul).findFirst());
  }
}
