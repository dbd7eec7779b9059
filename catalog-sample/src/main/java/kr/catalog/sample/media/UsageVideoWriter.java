package kr.catalog.sample.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.jcodec.api.awt.AWTSequenceEncoder;

/**
 * Writes a short usage video of a product: a drawn power drill turning on the spot while its bit
 * spins, with the product's code as a caption, encoded as H.264 in MP4 by jcodec's sequence encoder
 * (pure Java: no ffmpeg on the machine), and WebVTT captions in Korean to go with it.
 *
 * <p>Small on purpose (240 x 180, 10 frames a second, 2.4 s): the sample's first start encodes them
 * and jcodec's encoder is slow (about a tenth of a second per frame here). H.264 in MP4 is what
 * Debian's Chromium plays; see ADR "media-fixes-videos" for why not WebM.
 */
public final class UsageVideoWriter {
  /** Frame size; a multiple of 16 so H.264 needs no cropping. */
  public static final int WIDTH = 240;

  /** Frame height. */
  public static final int HEIGHT = 176;

  /** Frames per second. */
  public static final int FPS = 10;

  /** Frames per video: 2.4 s, one full turn. */
  public static final int FRAMES = 24;

  private static final Color BODY = new Color(0, 90, 160);
  private static final Color GRIP = new Color(40, 40, 48);

  /**
   * Writes {@code video} (MP4) and {@code captions} (WebVTT) for a product.
   *
   * @param code the product code shown in the frames
   * @param nameKo the product's Korean name, for the captions
   */
  public void write(String code, String nameKo, Path video, Path captions) throws IOException {
    Files.createDirectories(video.toAbsolutePath().getParent());
    Path tmp = video.resolveSibling(video.getFileName() + ".tmp");
    AWTSequenceEncoder encoder = AWTSequenceEncoder.createSequenceEncoder(tmp.toFile(), FPS);
    for (int i = 0; i < FRAMES; i++) {
      encoder.encodeImage(frame(code, i));
    }
    encoder.finish();
    Files.move(tmp, video, StandardCopyOption.REPLACE_EXISTING);
    String vtt =
        "WEBVTT\n\n"
            + "1\n00:00.000 --> 00:01.200\n"
            + nameKo
            + " 사용 영상\n\n"
            + "2\n00:01.200 --> 00:02.400\n"
            + "비트를 척에 끼우고 조인 뒤 방아쇠를 당깁니다\n";
    Files.writeString(captions, vtt, StandardCharsets.UTF_8);
  }

  /** Frame {@code i}: the drill turned by i/FRAMES of a swing, its bit at i/FRAMES of 4 turns. */
  static BufferedImage frame(String code, int i) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(245, 247, 250));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      double t = (double) i / FRAMES;
      AffineTransform base = g.getTransform();
      // The drill swings about its grip: a turn of +-20 degrees, like a hand showing it.
      g.rotate(Math.toRadians(20 * Math.sin(2 * Math.PI * t)), WIDTH / 2.0, HEIGHT / 2.0 + 20);
      g.setColor(GRIP);
      g.fillRoundRect(100, 82, 26, 60, 8, 8);
      g.setColor(BODY);
      g.fillRoundRect(70, 52, 100, 40, 16, 16);
      g.setColor(GRIP);
      g.fillRect(170, 62, 16, 20);
      // The bit: a shank with a spiral whose stripes move as it spins.
      g.setColor(new Color(150, 150, 160));
      g.fillRect(186, 68, 40, 8);
      g.setColor(new Color(90, 90, 100));
      g.setStroke(new BasicStroke(2f));
      for (int k = 0; k < 5; k++) {
        int x = 188 + (int) ((k * 8 + 32 * 4 * t) % 40);
        g.drawLine(x, 68, x + 4, 76);
      }
      g.setTransform(base);
      g.setColor(new Color(20, 30, 60));
      g.setFont(MediaFonts.awtFont(true, 14f));
      g.drawString(code, 10, HEIGHT - 12);
      g.setFont(MediaFonts.awtFont(false, 11f));
      g.drawString(String.format(Locale.ROOT, "%.1f s", i / (double) FPS), WIDTH - 44, 18);
    } finally {
      g.dispose();
    }
    return image;
  }
}
