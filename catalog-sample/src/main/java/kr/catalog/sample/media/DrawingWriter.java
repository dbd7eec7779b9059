package kr.catalog.sample.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import kr.catalog.model.Product;

/**
 * Draws a dimensioned product drawing as a PNG with Java2D: a front view and a side view of the
 * product's body with overall dimensions, a mounting hole with its diameter, centre lines, and a
 * title block with the code, name, maker and drawing number, in third-angle projection like the
 * manufacturers' sales drawings.
 *
 * <p>Deterministic: the seed and the product's code key choose the dimensions, so a drawing agrees
 * with itself across runs. Korean names are drawn when a Korean font is available, otherwise the
 * English name.
 */
public final class DrawingWriter {
  /** Drawing size: A-series proportions (1 : sqrt 2) at a size that reads well as a thumbnail. */
  public static final int WIDTH = 1414;

  /** Height of every drawing in pixels. */
  public static final int HEIGHT = 1000;

  private static final Color INK = new Color(20, 30, 60);
  private static final Color DIMENSION = new Color(170, 30, 30);

  private final long seed;

  /** A writer whose dimensions follow {@code seed}. */
  public DrawingWriter(long seed) {
    this.seed = seed;
  }

  /**
   * A drawing that was written.
   *
   * @param path the PNG
   * @param drawingNumber the printed drawing number
   * @param lengthMm overall length
   * @param widthMm overall width (depth)
   * @param heightMm overall height
   * @param holeDiameterMm diameter of the mounting hole
   */
  public record Drawing(
      Path path,
      String drawingNumber,
      int lengthMm,
      int widthMm,
      int heightMm,
      int holeDiameterMm) {}

  /** Draws {@code product} and writes the PNG to {@code out} (replaced atomically). */
  public Drawing write(Product product, String makerName, Path out) throws IOException {
    Objects.requireNonNull(product, "product");
    SplittableRandom random = new SplittableRandom(PdfDocuments.seedFor(seed, product.codeKey()));
    int length = 40 + random.nextInt(361);
    int height = 20 + random.nextInt(Math.max(1, length / 2));
    int width = 15 + random.nextInt(Math.max(1, length / 3));
    int hole = Math.max(3, Math.min(height, width) / (2 + random.nextInt(3)));
    String number = "DWG-" + product.codeKey();

    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(INK);
      g.setStroke(new BasicStroke(3f));
      g.draw(new Rectangle2D.Double(20, 20, WIDTH - 40, HEIGHT - 40));

      // Both views share one scale so the drawing is proportionate.
      double areaWidth = 620;
      double areaHeight = 520;
      double scale = Math.min(areaWidth / (length + width), areaHeight / height) * 0.9;
      double frontX = 150;
      double baseY = 120 + areaHeight * 0.9;
      double frontW = length * scale;
      double bodyH = height * scale;
      double sideX = frontX + frontW + 150;
      double sideW = width * scale;

      // Front view: rounded body with a mounting hole.
      g.setStroke(new BasicStroke(3f));
      g.draw(new RoundRectangle2D.Double(frontX, baseY - bodyH, frontW, bodyH, 16, 16));
      double holeR = hole * scale / 2;
      double holeX = frontX + frontW * 0.25;
      double holeY = baseY - bodyH / 2;
      g.draw(new Ellipse2D.Double(holeX - holeR, holeY - holeR, 2 * holeR, 2 * holeR));
      // Side view.
      g.draw(new Rectangle2D.Double(sideX, baseY - bodyH, sideW, bodyH));
      // Hidden edges of the hole in the side view, dashed.
      g.setStroke(
          new BasicStroke(
              1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {10f, 6f}, 0f));
      g.draw(new Line2D.Double(sideX, holeY - holeR, sideX + sideW, holeY - holeR));
      g.draw(new Line2D.Double(sideX, holeY + holeR, sideX + sideW, holeY + holeR));
      // Centre lines, dash-dot.
      g.setStroke(
          new BasicStroke(
              1f,
              BasicStroke.CAP_BUTT,
              BasicStroke.JOIN_MITER,
              10f,
              new float[] {24f, 5f, 4f, 5f},
              0f));
      g.draw(new Line2D.Double(holeX, holeY - holeR - 25, holeX, holeY + holeR + 25));
      g.draw(new Line2D.Double(holeX - holeR - 25, holeY, holeX + holeR + 25, holeY));
      g.draw(new Line2D.Double(frontX - 20, holeY, sideX + sideW + 20, holeY));

      Font dimensionFont = MediaFonts.awtFont(false, 22f);
      g.setFont(dimensionFont);
      g.setColor(DIMENSION);
      horizontal(g, frontX, frontX + frontW, baseY + 50, String.valueOf(length));
      horizontal(g, sideX, sideX + sideW, baseY + 50, String.valueOf(width));
      vertical(g, frontX - 50, baseY - bodyH, baseY, String.valueOf(height));
      g.drawString("\u00d8" + hole, (float) (holeX + holeR + 8), (float) (holeY - holeR - 8));

      titleBlock(g, product, makerName, number);
    } finally {
      g.dispose();
    }
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, ".drawing-", ".tmp");
    try {
      if (!ImageIO.write(image, "png", temp.toFile())) {
        throw new IOException("no PNG writer in this JVM");
      }
      Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return new Drawing(out, number, length, width, height, hole);
  }

  private static void titleBlock(Graphics2D g, Product product, String makerName, String number) {
    int x = WIDTH - 20 - 560;
    int y = HEIGHT - 20 - 200;
    g.setColor(INK);
    g.setStroke(new BasicStroke(2f));
    g.draw(new Rectangle2D.Double(x, y, 560, 200));
    for (int row = 1; row < 5; row++) {
      g.draw(new Line2D.Double(x, y + row * 40, x + 560, y + row * 40));
    }
    g.draw(new Line2D.Double(x + 130, y, x + 130, y + 200));
    Font labelFont = MediaFonts.awtFont(false, 16f);
    Font valueFont = MediaFonts.awtFont(true, 20f);
    boolean korean = labelFont.canDisplayUpTo("품번제조사") == -1;
    String name =
        korean && valueFont.canDisplayUpTo(product.nameKo()) == -1
            ? product.nameKo()
            : (product.nameEn().isBlank() ? product.code() : product.nameEn());
    String[][] rows = {
      {korean ? "품번 CODE" : "CODE", product.code()},
      {korean ? "품명 NAME" : "NAME", name},
      {korean ? "제조사 MAKER" : "MAKER", makerName},
      {korean ? "도면번호 DWG" : "DWG NO.", number},
      {korean ? "단위 UNIT" : "UNIT", "mm   SCALE NTS   3rd ANGLE"}
    };
    for (int i = 0; i < rows.length; i++) {
      float baseline = y + i * 40 + 27;
      g.setFont(labelFont);
      g.drawString(rows[i][0], x + 10, baseline);
      g.setFont(valueFont);
      String value = rows[i][1];
      if (valueFont.canDisplayUpTo(value) != -1) {
        value =
            value
                .codePoints()
                .filter(valueFont::canDisplay)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
      }
      while (value.length() > 1 && g.getFontMetrics().stringWidth(value) > 410) {
        value = value.substring(0, value.length() - 1);
      }
      g.drawString(value, x + 140, baseline);
    }
  }

  /** A horizontal dimension line with arrows and extension lines, its value centred above. */
  private static void horizontal(Graphics2D g, double x1, double x2, double y, String value) {
    g.setStroke(new BasicStroke(1.5f));
    g.draw(new Line2D.Double(x1, y - 40, x1, y + 8));
    g.draw(new Line2D.Double(x2, y - 40, x2, y + 8));
    g.draw(new Line2D.Double(x1, y, x2, y));
    arrow(g, x1, y, 1, 0);
    arrow(g, x2, y, -1, 0);
    int textWidth = g.getFontMetrics().stringWidth(value);
    g.drawString(value, (float) ((x1 + x2 - textWidth) / 2), (float) (y - 8));
  }

  /** A vertical dimension line, its value written beside it. */
  private static void vertical(Graphics2D g, double x, double y1, double y2, String value) {
    g.setStroke(new BasicStroke(1.5f));
    g.draw(new Line2D.Double(x - 8, y1, x + 40, y1));
    g.draw(new Line2D.Double(x - 8, y2, x + 40, y2));
    g.draw(new Line2D.Double(x, y1, x, y2));
    arrow(g, x, y1, 0, 1);
    arrow(g, x, y2, 0, -1);
    int textWidth = g.getFontMetrics().stringWidth(value);
    g.drawString(value, (float) (x - textWidth - 10), (float) ((y1 + y2) / 2 + 8));
  }

  private static void arrow(Graphics2D g, double x, double y, int dx, int dy) {
    double size = 14;
    double spread = 5;
    Path2D head = new Path2D.Double();
    head.moveTo(x, y);
    head.lineTo(x + dx * size - dy * spread, y + dy * size - dx * spread);
    head.lineTo(x + dx * size + dy * spread, y + dy * size + dx * spread);
    head.closePath();
    g.fill(head);
  }
}
