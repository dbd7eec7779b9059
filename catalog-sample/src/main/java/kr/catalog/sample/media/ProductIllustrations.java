package kr.catalog.sample.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Clean product illustrations for the generated catalog: one drawing per leaf category (a drill
 * looks like a drill, gloves like gloves), drawn with Java2D vector shapes on white, in the maker's
 * colour, varied per model (proportions, accent, a slight turn). The same leaf, maker and model
 * always give the same pixels.
 *
 * <p>Leaf categories are the generator's ids ({@code 01.01} drills … {@code 09.05} cable ties); an
 * unknown id gets a neutral carton box so a new category never fails the generator.
 */
public final class ProductIllustrations {
  /** Width of a drawn picture, pixels (4:3: the product page's and the book's frame). */
  public static final int WIDTH = 1200;

  /** Height of a drawn picture, pixels. */
  public static final int HEIGHT = 900;

  private static final Color INK = new Color(34, 38, 46);
  private static final Color RUBBER = new Color(52, 55, 60);
  private static final Color STEEL = new Color(178, 184, 192);
  private static final Color STEEL_DARK = new Color(110, 116, 126);
  private static final Color BRASS = new Color(196, 160, 70);

  /** Makers' own colours as their tools are painted; other makers get one from a palette. */
  private static final Map<String, Color> MAKER_COLOURS =
      Map.ofEntries(
          Map.entry("bosch", new Color(0, 122, 135)),
          Map.entry("makita", new Color(0, 146, 158)),
          Map.entry("dewalt", new Color(254, 190, 16)),
          Map.entry("milwaukee", new Color(200, 16, 46)),
          Map.entry("hikoki", new Color(0, 128, 96)),
          Map.entry("hilti", new Color(210, 5, 30)),
          Map.entry("metabo", new Color(0, 90, 60)),
          Map.entry("festool", new Color(0, 150, 70)),
          Map.entry("keyang", new Color(0, 80, 160)),
          Map.entry("stanley", new Color(250, 200, 0)),
          Map.entry("knipex", new Color(200, 30, 40)),
          Map.entry("wera", new Color(90, 160, 40)),
          Map.entry("wiha", new Color(220, 40, 40)),
          Map.entry("snap-on", new Color(200, 20, 30)),
          Map.entry("mitutoyo", new Color(0, 70, 150)),
          Map.entry("fluke", new Color(250, 190, 0)),
          Map.entry("3m", new Color(230, 30, 40)),
          Map.entry("honeywell", new Color(220, 40, 40)),
          Map.entry("lincoln-electric", new Color(200, 30, 40)),
          Map.entry("esab", new Color(250, 200, 0)),
          Map.entry("smc", new Color(0, 90, 170)),
          Map.entry("schneider", new Color(61, 205, 88)),
          Map.entry("ls-electric", new Color(0, 80, 160)),
          Map.entry("wd-40", new Color(0, 80, 160)),
          Map.entry("loctite", new Color(220, 30, 40)));

  private static final Color[] PALETTE = {
    new Color(0, 94, 170),
    new Color(214, 40, 40),
    new Color(247, 178, 0),
    new Color(0, 140, 110),
    new Color(232, 106, 16),
    new Color(90, 70, 160),
    new Color(0, 150, 200),
    new Color(120, 150, 30),
    new Color(170, 30, 90),
    new Color(60, 70, 90)
  };

  private final Map<String, Consumer<Pen>> painters =
      Map.ofEntries(
          Map.entry("01.01", ProductIllustrations::drill),
          Map.entry("01.02", ProductIllustrations::grinder),
          Map.entry("01.03", ProductIllustrations::circularSaw),
          Map.entry("01.04", ProductIllustrations::rotaryHammer),
          Map.entry("01.05", ProductIllustrations::sander),
          Map.entry("01.06", ProductIllustrations::impactWrench),
          Map.entry("02.01", ProductIllustrations::spanner),
          Map.entry("02.02", ProductIllustrations::screwdriver),
          Map.entry("02.03", ProductIllustrations::pliers),
          Map.entry("02.04", ProductIllustrations::mallet),
          Map.entry("02.05", ProductIllustrations::socketSet),
          Map.entry("03.01", ProductIllustrations::caliper),
          Map.entry("03.02", ProductIllustrations::micrometer),
          Map.entry("03.03", ProductIllustrations::tapeMeasure),
          Map.entry("03.04", ProductIllustrations::level),
          Map.entry("03.05", ProductIllustrations::multimeter),
          Map.entry("04.01", ProductIllustrations::drillBit),
          Map.entry("04.02", ProductIllustrations::endMill),
          Map.entry("04.03", ProductIllustrations::tap),
          Map.entry("04.04", ProductIllustrations::cuttingDisc),
          Map.entry("04.05", ProductIllustrations::sawBlade),
          Map.entry("05.01", ProductIllustrations::helmet),
          Map.entry("05.02", ProductIllustrations::glasses),
          Map.entry("05.03", ProductIllustrations::shoe),
          Map.entry("05.04", ProductIllustrations::glove),
          Map.entry("05.05", ProductIllustrations::respirator),
          Map.entry("06.01", ProductIllustrations::arcWelder),
          Map.entry("06.02", ProductIllustrations::migWelder),
          Map.entry("06.03", ProductIllustrations::electrodes),
          Map.entry("06.04", ProductIllustrations::weldingHelmet),
          Map.entry("07.01", ProductIllustrations::airImpact),
          Map.entry("07.02", ProductIllustrations::compressor),
          Map.entry("07.03", ProductIllustrations::bottleJack),
          Map.entry("07.04", ProductIllustrations::pneumaticCylinder),
          Map.entry("07.05", ProductIllustrations::fitting),
          Map.entry("08.01", ProductIllustrations::workLight),
          Map.entry("08.02", ProductIllustrations::cordReel),
          Map.entry("08.03", ProductIllustrations::breaker),
          Map.entry("08.04", ProductIllustrations::cable),
          Map.entry("09.01", ProductIllustrations::adhesive),
          Map.entry("09.02", ProductIllustrations::sprayCan),
          Map.entry("09.03", ProductIllustrations::tapeRoll),
          Map.entry("09.04", ProductIllustrations::sandpaper),
          Map.entry("09.05", ProductIllustrations::cableTie));

  /** Whether a leaf category has a drawing of its own (not the fallback carton). */
  public boolean draws(String leafCategoryId) {
    return painters.containsKey(leafCategoryId);
  }

  /** The colour tools of this maker are painted in. */
  public static Color makerColour(String makerId) {
    Color known = MAKER_COLOURS.get(makerId);
    if (known != null) {
      return known;
    }
    return PALETTE[Math.floorMod(stableHash(makerId), PALETTE.length)];
  }

  /**
   * Draws the picture of a model.
   *
   * @param leafCategoryId the generator's leaf category id ({@code 01.01})
   * @param makerId the maker, for its colour
   * @param model what varies the drawing within the leaf and maker (the family key)
   */
  public BufferedImage draw(String leafCategoryId, String makerId, String model) {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setPaint(new GradientPaint(0, 0, Color.WHITE, 0, HEIGHT, new Color(236, 239, 243)));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      long h = stableHash(leafCategoryId + "|" + makerId + "|" + model);
      double v1 = ((h >>> 8) & 0xff) / 255.0;
      double v2 = ((h >>> 16) & 0xff) / 255.0;
      double v3 = ((h >>> 24) & 0xff) / 255.0;
      // Floor shadow under every product.
      g.setColor(new Color(0, 0, 0, 28));
      g.fill(new Ellipse2D.Double(220, 760, 760, 70));
      AffineTransform base = g.getTransform();
      double scale = 0.92 + 0.12 * v1;
      double turn = Math.toRadians((v2 - 0.5) * 6);
      g.translate(WIDTH / 2.0, HEIGHT / 2.0);
      g.rotate(turn);
      g.scale(scale, scale);
      g.translate(-WIDTH / 2.0, -HEIGHT / 2.0);
      Color body = makerColour(makerId);
      Color accent = v3 < 0.5 ? INK : mix(body, Color.WHITE, 0.55);
      Pen pen = new Pen(g, body, accent, v1, v2, v3);
      painters.getOrDefault(leafCategoryId, ProductIllustrations::carton).accept(pen);
      g.setTransform(base);
    } finally {
      g.dispose();
    }
    return img;
  }

  /** JPEG quality of written pictures: no visible ringing on the drawings' edges at this size. */
  static final float JPEG_QUALITY = 0.9f;

  /**
   * Draws and writes a JPEG (parent directories created), as a catalog's product photographs come:
   * encoding a 1200×900 picture as JPEG costs a fraction of PNG's deflate, and so does decoding it
   * at ingest, which matters at a hundred thousand pictures.
   */
  public void write(String leafCategoryId, String makerId, String model, Path jpeg)
      throws IOException {
    Files.createDirectories(jpeg.toAbsolutePath().getParent());
    BufferedImage img = draw(leafCategoryId, makerId, model);
    Path tmp = jpeg.resolveSibling(jpeg.getFileName() + ".tmp");
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.setOutput(out);
      writer.write(null, new IIOImage(img, null, null), param);
    } finally {
      writer.dispose();
    }
    Files.move(tmp, jpeg, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  // ------------------------------------------------------------------ drawing kit

  /** What a painter draws with: the graphics, the maker's colour, an accent and three knobs. */
  private record Pen(Graphics2D g, Color body, Color accent, double v1, double v2, double v3) {
    /** Fills with a top-lit gradient of {@code c} and outlines in ink. */
    void solid(Shape s, Color c) {
      Rectangle2D b = s.getBounds2D();
      g.setPaint(
          new GradientPaint(
              0,
              (float) b.getMinY(),
              mix(c, Color.WHITE, 0.28),
              0,
              (float) b.getMaxY(),
              mix(c, Color.BLACK, 0.22)));
      g.fill(s);
      outline(s);
    }

    /** Brushed metal: a horizontal band highlight. */
    void metal(Shape s) {
      Rectangle2D b = s.getBounds2D();
      g.setPaint(
          new GradientPaint(
              0,
              (float) b.getMinY(),
              STEEL_DARK,
              0,
              (float) (b.getMinY() + b.getHeight() * 0.4),
              new Color(236, 239, 242),
              true));
      g.fill(s);
      outline(s);
    }

    void flat(Shape s, Color c) {
      g.setColor(c);
      g.fill(s);
    }

    void outline(Shape s) {
      g.setColor(INK);
      g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(s);
    }

    void line(double x1, double y1, double x2, double y2, float width, Color c) {
      g.setColor(c);
      g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
    }

    void stroke(Shape s, float width, Color c) {
      g.setColor(c);
      g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(s);
    }

    /** A glossy highlight streak along the top of a shape. */
    void shine(double x, double y, double w, double h) {
      g.setColor(new Color(255, 255, 255, 90));
      g.fill(new RoundRectangle2D.Double(x, y, w, h, h, h));
    }

    void text(String s, double x, double y, float size, Color c) {
      g.setColor(c);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size)));
      g.drawString(s, (float) x, (float) y);
    }
  }

  private static Shape rr(double x, double y, double w, double h, double r) {
    return new RoundRectangle2D.Double(x, y, w, h, r, r);
  }

  private static Shape ell(double cx, double cy, double rx, double ry) {
    return new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry);
  }

  private static Shape poly(double... xy) {
    Path2D p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      p.lineTo(xy[i], xy[i + 1]);
    }
    p.closePath();
    return p;
  }

  private static Shape rotated(Shape s, double degrees, double cx, double cy) {
    return AffineTransform.getRotateInstance(Math.toRadians(degrees), cx, cy)
        .createTransformedShape(s);
  }

  private static Shape minus(Shape a, Shape b) {
    Area out = new Area(a);
    out.subtract(new Area(b));
    return out;
  }

  private static Shape ring(double cx, double cy, double outer, double inner) {
    Area a = new Area(ell(cx, cy, outer, outer));
    a.subtract(new Area(ell(cx, cy, inner, inner)));
    return a;
  }

  /** A toothed disc: {@code teeth} teeth between radius {@code r} and {@code r + depth}. */
  private static Shape toothed(double cx, double cy, double r, double depth, int teeth) {
    Path2D p = new Path2D.Double();
    for (int i = 0; i < teeth; i++) {
      double a0 = 2 * Math.PI * i / teeth;
      double a1 = 2 * Math.PI * (i + 0.7) / teeth;
      double x0 = cx + r * Math.cos(a0);
      double y0 = cy + r * Math.sin(a0);
      if (i == 0) {
        p.moveTo(x0, y0);
      } else {
        p.lineTo(x0, y0);
      }
      p.lineTo(cx + (r + depth) * Math.cos(a1), cy + (r + depth) * Math.sin(a1));
    }
    p.closePath();
    return p;
  }

  static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
        (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
        (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
  }

  private static long stableHash(String s) {
    long h = 1125899906842597L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h = 31 * h + b;
    }
    // SplitMix64's finaliser: keys differing in their last character (DCD-1, DCD-2) must differ
    // in every bit the knobs read, not only in the lowest.
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  // ------------------------------------------------------------------ power tools

  /** Pistol drill/driver: motor housing, handle, battery, chuck and bit. */
  private static void drill(Pen p) {
    double len = 40 * p.v1();
    p.solid(poly(470, 400, 600, 400, 640, 640, 500, 640), RUBBER); // handle
    p.solid(rr(420, 640, 300, 120, 30), INK); // battery
    p.flat(rr(440, 660, 260, 20, 10), p.accent());
    p.solid(rr(330, 250, 400 + len, 180, 80), p.body()); // motor housing
    p.shine(360, 265, 300, 24);
    p.solid(rr(700 + len, 280, 60, 120, 20), RUBBER); // gearbox collar
    p.metal(poly(760 + len, 290, 860 + len, 310, 860 + len, 370, 760 + len, 390)); // chuck
    p.metal(rr(860 + len, 330, 150, 20, 6)); // bit
    p.solid(rr(560, 440, 36, 60, 12), INK); // trigger
    for (int i = 0; i < 5; i++) {
      p.line(380 + i * 22, 300, 380 + i * 22, 380, 6, mix(p.body(), Color.BLACK, 0.4)); // vents
    }
  }

  /** Angle grinder: long body, gear head, guarded disc, side handle. */
  private static void grinder(Pen p) {
    p.solid(rr(250, 360, 480, 150, 70), p.body());
    p.shine(280, 375, 380, 22);
    p.solid(rr(200, 390, 70, 90, 20), RUBBER); // tail cap
    p.metal(rr(720, 350, 150, 170, 30)); // gear head
    p.flat(ell(800, 580, 190, 34), STEEL_DARK); // disc seen from the side
    p.outline(ell(800, 580, 190, 34));
    p.solid(new Arc2D.Double(610, 520, 380, 120, 0, 180, Arc2D.CHORD), RUBBER); // guard
    p.solid(rr(820, 250, 40, 110, 14), RUBBER); // side handle
    p.solid(rr(380, 510, 120, 26, 12), INK); // paddle switch
  }

  /** Circular saw: base plate, blade with teeth, guard, motor and top handle. */
  private static void circularSaw(Pen p) {
    p.metal(rr(220, 600, 760, 40, 10)); // base
    p.flat(toothed(560, 520, 200, 22, 36), STEEL);
    p.outline(toothed(560, 520, 200, 22, 36));
    p.flat(ell(560, 520, 40, 40), STEEL_DARK);
    p.solid(new Arc2D.Double(330, 270, 470, 470, 15, 165, Arc2D.CHORD), p.body()); // upper guard
    p.solid(rr(700, 330, 200, 170, 60), p.body()); // motor
    p.solid(minus(rr(420, 190, 300, 110, 50), rr(470, 215, 200, 55, 25)), RUBBER); // handle loop
    p.shine(720, 345, 150, 20);
  }

  /** Rotary hammer: long body, D handle, SDS bit, side handle. */
  private static void rotaryHammer(Pen p) {
    Area handle = new Area(rr(160, 300, 170, 300, 60));
    handle.subtract(new Area(rr(200, 340, 80, 220, 30)));
    p.solid(handle, RUBBER);
    p.solid(rr(300, 300, 430, 190, 60), p.body());
    p.shine(330, 315, 340, 24);
    p.solid(rr(330, 490, 260, 130, 40), p.body()); // motor below
    p.solid(rr(720, 340, 90, 110, 24), RUBBER); // nose
    p.metal(rr(810, 375, 260, 40, 12)); // bit
    for (int i = 0; i < 6; i++) {
      p.line(880 + i * 30, 378, 900 + i * 30, 412, 5, STEEL_DARK); // flutes
    }
    p.solid(rotated(rr(690, 470, 50, 170, 20), -12, 715, 470), RUBBER); // side handle
  }

  /** Random orbit sander: round pad, palm body, dust box. */
  private static void sander(Pen p) {
    p.solid(rr(330, 600, 460, 60, 30), INK); // pad
    p.flat(rr(340, 645, 440, 14, 7), new Color(180, 140, 80)); // paper
    p.solid(poly(380, 600, 740, 600, 700, 380, 420, 380), p.body());
    p.solid(ell(560, 360, 170, 80), RUBBER); // palm grip
    p.shine(440, 310, 200, 26);
    p.solid(rr(770, 470, 200, 110, 40), new Color(90, 95, 102)); // dust box
    p.solid(rr(720, 505, 60, 40, 10), INK);
  }

  /** Impact wrench: stubby pistol with a square anvil and socket. */
  private static void impactWrench(Pen p) {
    p.solid(poly(470, 410, 600, 410, 640, 640, 500, 640), RUBBER);
    p.solid(rr(420, 640, 300, 120, 30), INK);
    p.flat(rr(440, 660, 260, 20, 10), p.accent());
    p.solid(rr(360, 260, 360, 180, 70), p.body());
    p.shine(390, 275, 260, 24);
    p.metal(rr(710, 285, 110, 130, 30)); // hammer case
    p.metal(rr(820, 325, 50, 50, 6)); // anvil
    p.metal(rr(860, 300, 120, 100, 16)); // socket
    p.line(880, 315, 880, 385, 4, STEEL_DARK);
    p.solid(rr(560, 450, 36, 60, 12), INK);
  }

  // ------------------------------------------------------------------ hand tools

  /** Combination spanner on the diagonal: open end and ring end. */
  private static void spanner(Pen p) {
    Area a = new Area(rr(330, 420, 540, 70, 30));
    a.add(new Area(ell(300, 455, 95, 95)));
    a.add(new Area(ell(900, 455, 90, 90)));
    a.subtract(new Area(ell(900, 455, 50, 50)));
    a.subtract(new Area(poly(300, 420, 210, 380, 210, 530, 300, 490)));
    a.subtract(new Area(rr(240, 420, 90, 70, 10)));
    Shape s = rotated(a, -25, 600, 455);
    p.metal(s);
    p.flat(rotated(rr(520, 440, 160, 30, 14), -25, 600, 455), p.body());
    p.text(String.format(java.util.Locale.ROOT, "%d", 8 + (int) (p.v1() * 16)), 560, 470, 34, INK);
  }

  /** Screwdriver: two-tone handle, steel shaft, tip. */
  private static void screwdriver(Pen p) {
    double shaft = 300 + 120 * p.v1();
    p.solid(rr(160, 400, 320, 110, 50), p.body());
    p.solid(rr(230, 405, 80, 100, 30), p.accent());
    for (int i = 0; i < 4; i++) {
      p.line(330 + i * 30, 420, 330 + i * 30, 490, 6, mix(p.body(), Color.BLACK, 0.35));
    }
    p.solid(rr(470, 425, 40, 60, 12), RUBBER);
    p.metal(rr(505, 440, shaft, 30, 8));
    p.metal(poly(505 + shaft, 440, 560 + shaft, 448, 560 + shaft, 462, 505 + shaft, 470));
  }

  /** Long-nose pliers: gripped handles converging at a pivot, long jaws. */
  private static void pliers(Pen p) {
    p.solid(poly(200, 330, 560, 420, 560, 470, 210, 420), p.body());
    p.solid(poly(210, 580, 560, 500, 560, 550, 200, 660), p.body());
    p.flat(poly(210, 345, 330, 375, 330, 420, 215, 400), p.accent());
    p.flat(poly(215, 600, 330, 560, 330, 605, 210, 640), p.accent());
    p.metal(poly(540, 410, 700, 440, 1010, 475, 1010, 490, 700, 490, 540, 560));
    p.line(700, 485, 1005, 482, 3, INK);
    p.metal(ell(620, 485, 38, 38));
    p.flat(ell(620, 485, 12, 12), STEEL_DARK);
  }

  /** Rubber mallet: barrel head and handle. */
  private static void mallet(Pen p) {
    p.solid(rr(560, 330, 60, 440, 20), new Color(206, 170, 110)); // handle
    p.solid(rr(560, 650, 60, 120, 20), p.body());
    p.solid(rr(380, 200, 420, 170, 50), p.accent().equals(INK) ? RUBBER : p.body());
    p.solid(rr(370, 190, 60, 190, 20), RUBBER);
    p.solid(rr(750, 190, 60, 190, 20), RUBBER);
    p.shine(440, 215, 300, 24);
  }

  /** Socket set: an open case with a row of sockets and a ratchet. */
  private static void socketSet(Pen p) {
    p.solid(rr(200, 260, 800, 460, 40), p.body());
    p.solid(rr(240, 300, 720, 380, 20), INK);
    for (int i = 0; i < 8; i++) {
      double r = 26 + i * 3;
      p.metal(ell(300 + i * 85, 400, r, r));
      p.flat(ell(300 + i * 85, 400, r * 0.55, r * 0.55), INK);
    }
    p.metal(rr(300, 540, 460, 40, 18)); // ratchet handle
    p.metal(ell(800, 560, 60, 60));
    p.flat(ell(800, 560, 20, 20), STEEL_DARK);
    p.flat(rr(200, 700, 800, 20, 10), mix(p.body(), Color.BLACK, 0.3));
  }

  // ------------------------------------------------------------------ measuring

  /** Digital caliper: beam with scale, jaws, display. */
  private static void caliper(Pen p) {
    p.metal(rr(180, 380, 860, 60, 6)); // beam
    for (int i = 0; i < 40; i++) {
      p.line(420 + i * 15, 380, 420 + i * 15, i % 5 == 0 ? 405 : 395, 2, INK);
    }
    p.metal(poly(180, 380, 260, 380, 260, 700, 220, 700, 180, 600)); // fixed jaw
    p.metal(poly(380, 440, 440, 440, 440, 700, 410, 700, 380, 620)); // sliding jaw
    p.solid(rr(360, 300, 260, 220, 30), p.body()); // display housing
    p.flat(rr(390, 330, 200, 80, 10), new Color(200, 212, 190));
    p.text(String.format(java.util.Locale.ROOT, "%.2f", 10 + 140 * p.v1()), 405, 392, 48, INK);
    p.flat(ell(430, 465, 18, 18), INK);
    p.flat(ell(540, 465, 18, 18), p.accent());
  }

  /** Outside micrometer: C frame, anvil, spindle, thimble. */
  private static void micrometer(Pen p) {
    Area frame = new Area(ell(430, 460, 220, 200));
    frame.subtract(new Area(ell(430, 460, 150, 130)));
    frame.subtract(new Area(new Rectangle2D.Double(430, 240, 260, 220)));
    p.solid(frame, p.body());
    p.metal(rr(180, 300, 80, 40, 8)); // anvil
    p.metal(rr(560, 300, 160, 60, 10)); // sleeve
    for (int i = 0; i < 10; i++) {
      p.line(580 + i * 14, 300, 580 + i * 14, 318, 2, INK);
    }
    p.metal(rr(720, 285, 200, 90, 20)); // thimble
    p.metal(rr(920, 300, 70, 60, 14)); // ratchet
    p.metal(rr(260, 310, 300, 20, 6)); // spindle
  }

  /** Tape measure: case, belt clip, yellow blade with marks and hook. */
  private static void tapeMeasure(Pen p) {
    p.flat(rr(640, 560, 380, 60, 4), new Color(250, 210, 40));
    p.outline(rr(640, 560, 380, 60, 4));
    for (int i = 0; i < 24; i++) {
      p.line(660 + i * 15, 560, 660 + i * 15, i % 4 == 0 ? 590 : 575, 2, INK);
    }
    p.metal(rr(1010, 550, 20, 80, 4)); // hook
    p.solid(rr(300, 300, 380, 380, 120), p.body());
    p.solid(ell(490, 490, 110, 110), p.accent());
    p.solid(rr(620, 380, 40, 120, 14), RUBBER); // lock
    p.shine(350, 320, 240, 28);
  }

  /** Spirit level: aluminium profile with vials. */
  private static void level(Pen p) {
    p.solid(rr(120, 400, 960, 130, 14), p.body());
    p.metal(rr(120, 440, 960, 50, 4));
    p.solid(rr(560, 420, 100, 90, 20), INK);
    p.flat(rr(575, 450, 70, 30, 15), new Color(170, 220, 80));
    p.flat(ell(610, 465, 10, 9), new Color(240, 255, 200));
    p.solid(rr(220, 420, 60, 90, 16), INK);
    p.flat(rr(232, 435, 36, 60, 15), new Color(170, 220, 80));
    p.solid(rr(150, 410, 30, 110, 8), RUBBER);
    p.solid(rr(1020, 410, 30, 110, 8), RUBBER);
  }

  /** Digital multimeter: booted body, display, dial, jacks and leads. */
  private static void multimeter(Pen p) {
    p.stroke(
        new java.awt.geom.CubicCurve2D.Double(520, 760, 560, 840, 760, 820, 900, 700), 10, INK);
    p.stroke(
        new java.awt.geom.CubicCurve2D.Double(640, 760, 700, 860, 900, 840, 980, 740),
        10,
        new Color(200, 30, 30));
    p.solid(rr(380, 160, 380, 620, 60), p.body()); // boot
    p.solid(rr(410, 190, 320, 560, 40), new Color(70, 74, 80)); // body
    p.flat(rr(440, 220, 260, 120, 10), new Color(200, 212, 190));
    p.text(String.format(java.util.Locale.ROOT, "%.1f", 100 + 300 * p.v1()), 470, 305, 64, INK);
    p.solid(ell(570, 480, 90, 90), new Color(110, 116, 126));
    p.solid(rotated(rr(560, 395, 20, 90, 8), 35 + 90 * p.v2(), 570, 480), INK);
    for (int i = 0; i < 3; i++) {
      p.flat(ell(480 + i * 90, 660, 18, 18), i == 2 ? new Color(200, 30, 30) : INK);
    }
  }

  // ------------------------------------------------------------------ cutting tools

  /** Twist drill bit: shank, helical flutes, point. */
  private static void drillBit(Pen p) {
    double len = 440 + 120 * p.v1();
    p.metal(rr(150, 420, 280, 70, 10));
    Shape body = poly(430, 420, 430 + len, 420, 500 + len, 455, 430 + len, 490, 430, 490);
    p.metal(body);
    for (double x = 450; x < 420 + len; x += 46) {
      p.line(x, 488, x + 36, 422, 8, STEEL_DARK);
    }
    p.flat(rr(200, 430, 120, 20, 8), p.body()); // maker's colour band
  }

  /** Carbide end mill: shank and short helical flutes with a flat end. */
  private static void endMill(Pen p) {
    p.metal(rr(170, 400, 420, 110, 14));
    p.flat(rr(240, 412, 160, 24, 10), p.body());
    p.metal(rr(590, 400, 380, 110, 6));
    for (double x = 600; x < 960; x += 60) {
      p.line(x, 508, x + 50, 402, 12, INK);
    }
    p.flat(rr(960, 400, 14, 110, 4), STEEL_DARK);
  }

  /** Spiral tap: square drive, shank, threaded body. */
  private static void tap(Pen p) {
    p.metal(rr(150, 425, 70, 60, 6));
    p.metal(rr(220, 415, 400, 80, 12));
    p.flat(rr(300, 425, 140, 20, 8), p.body());
    p.metal(rr(620, 400, 360, 110, 10));
    for (double x = 630; x < 970; x += 16) {
      p.line(x, 402, x + 10, 508, 3, STEEL_DARK);
    }
    p.stroke(new java.awt.geom.QuadCurve2D.Double(640, 505, 800, 380, 970, 470), 14, INK);
  }

  /** Cutting disc: resin-bonded wheel with label and centre hole. */
  private static void cuttingDisc(Pen p) {
    p.solid(ell(600, 450, 330, 330), new Color(70, 72, 78));
    for (int r = 60; r < 330; r += 22) {
      p.stroke(ell(600, 450, r, r), 1.5f, new Color(95, 98, 105));
    }
    p.solid(ell(600, 450, 170, 170), p.body());
    p.flat(ell(600, 450, 120, 120), mix(p.body(), Color.WHITE, 0.3));
    p.text(
        String.format(java.util.Locale.ROOT, "%d", 100 + 25 * (int) (p.v1() * 8)),
        548,
        410,
        50,
        INK);
    p.metal(ring(600, 450, 60, 28));
    p.flat(ell(600, 450, 28, 28), Color.WHITE);
  }

  /** TCT saw blade: toothed steel disc, expansion slots, bore. */
  private static void sawBlade(Pen p) {
    int teeth = 24 + (int) (p.v1() * 36);
    p.metal(toothed(600, 450, 320, 30, teeth));
    for (int i = 0; i < 4; i++) {
      p.stroke(rotated(rr(600, 440, 150, 6, 6), i * 90 + 20, 600, 450), 3, new Color(90, 95, 100));
    }
    p.solid(ring(600, 450, 150, 60), p.body());
    p.text("TCT", 560, 395, 40, Color.WHITE);
    p.flat(ell(600, 450, 60, 60), Color.WHITE);
    p.outline(ell(600, 450, 60, 60));
  }

  // ------------------------------------------------------------------ safety

  /** Safety helmet: dome with ridge and brim. */
  private static void helmet(Pen p) {
    p.solid(ell(600, 640, 380, 70), mix(p.body(), Color.BLACK, 0.15)); // brim
    p.solid(new Arc2D.Double(280, 230, 640, 820, 0, 180, Arc2D.CHORD), p.body());
    p.solid(
        new Arc2D.Double(540, 230, 120, 820, 0, 180, Arc2D.CHORD), mix(p.body(), Color.WHITE, 0.2));
    p.shine(400, 320, 140, 40);
    p.flat(rr(340, 600, 520, 20, 10), RUBBER);
  }

  /** Safety glasses: wrap lenses, bridge, temples. */
  private static void glasses(Pen p) {
    Color lens = new Color(170, 210, 235);
    p.stroke(new java.awt.geom.QuadCurve2D.Double(230, 400, 120, 440, 150, 560), 14, p.body());
    p.stroke(new java.awt.geom.QuadCurve2D.Double(970, 400, 1080, 440, 1050, 560), 14, p.body());
    p.solid(poly(230, 380, 580, 380, 570, 470, 520, 560, 330, 570, 250, 500), lens);
    p.solid(poly(620, 380, 970, 380, 950, 500, 870, 570, 680, 560, 630, 470), lens);
    p.solid(rr(220, 360, 760, 40, 20), p.body());
    p.flat(poly(270, 420, 400, 420, 300, 520), new Color(255, 255, 255, 120));
    p.flat(poly(660, 420, 790, 420, 690, 520), new Color(255, 255, 255, 120));
    p.solid(poly(560, 400, 640, 400, 620, 470, 580, 470), RUBBER);
  }

  /** Low-cut safety shoe: sole, upper, toe cap, laces. */
  private static void shoe(Pen p) {
    GeneralPath upper = new GeneralPath();
    upper.moveTo(240, 620);
    upper.lineTo(260, 380);
    upper.curveTo(320, 340, 420, 350, 470, 400);
    upper.curveTo(560, 470, 700, 480, 880, 520);
    upper.curveTo(980, 540, 1000, 600, 980, 640);
    upper.closePath();
    p.solid(upper, p.accent().equals(INK) ? RUBBER : new Color(80, 60, 45));
    p.solid(rr(200, 620, 820, 70, 30), INK); // sole
    p.flat(rr(210, 640, 800, 14, 7), p.body());
    p.solid(new Arc2D.Double(760, 500, 260, 260, 0, 100, Arc2D.PIE), p.body()); // toe cap
    for (int i = 0; i < 4; i++) {
      p.line(520 + i * 45, 440 + i * 16, 560 + i * 45, 470 + i * 16, 6, Color.WHITE);
    }
    p.solid(rr(250, 370, 60, 80, 20), p.body()); // heel tab
  }

  /** Coated work glove: fingers, thumb, palm, knit cuff. */
  private static void glove(Pen p) {
    Color knit = new Color(235, 235, 228);
    p.solid(rr(470, 620, 260, 140, 20), knit);
    for (int i = 0; i < 10; i++) {
      p.line(485 + i * 25, 630, 485 + i * 25, 750, 3, new Color(200, 200, 190));
    }
    p.flat(rr(470, 620, 260, 18, 6), p.body());
    Area hand = new Area(rr(440, 380, 320, 270, 110));
    double[] lengths = {190, 230, 220, 170};
    for (int i = 0; i < 4; i++) {
      hand.add(new Area(rr(450 + i * 78, 390 - lengths[i], 70, lengths[i] + 60, 70)));
    }
    hand.add(new Area(rotated(rr(320, 420, 200, 76, 76), -35, 440, 470)));
    p.solid(hand, knit);
    Area coat = new Area(hand);
    coat.intersect(new Area(new Rectangle2D.Double(300, 120, 600, 330)));
    p.solid(coat, p.body());
    p.shine(470, 260, 40, 120);
  }

  /** Dust respirator: moulded cup, exhalation valve, straps. */
  private static void respirator(Pen p) {
    p.stroke(new java.awt.geom.QuadCurve2D.Double(300, 400, 160, 250, 360, 200), 10, p.body());
    p.stroke(new java.awt.geom.QuadCurve2D.Double(900, 400, 1040, 250, 840, 200), 10, p.body());
    p.solid(ell(600, 460, 300, 260), new Color(242, 242, 236));
    for (int r = 80; r < 300; r += 40) {
      p.stroke(ell(600, 460, r, r * 0.87), 1.5f, new Color(215, 215, 205));
    }
    p.solid(ell(600, 500, 110, 100), p.body());
    for (int i = -3; i <= 3; i++) {
      p.line(560 + i * 4, 460 + Math.abs(i) * 4, 640 - Math.abs(i) * 2, 460 + i * 12, 3, INK);
    }
    p.metal(rr(540, 240, 120, 20, 10)); // nose clip
  }

  // ------------------------------------------------------------------ welding

  /** Inverter arc welder: box, carry strap, dial, display, terminals. */
  private static void arcWelder(Pen p) {
    p.solid(rr(460, 190, 280, 60, 30), RUBBER);
    p.solid(rr(250, 240, 700, 440, 40), p.body());
    p.shine(280, 255, 600, 26);
    p.solid(rr(290, 300, 320, 330, 20), new Color(60, 64, 70));
    p.flat(rr(320, 330, 160, 70, 8), new Color(40, 200, 120));
    p.text(
        String.format(java.util.Locale.ROOT, "%d", 120 + (int) (p.v1() * 180)), 340, 385, 48, INK);
    p.solid(ell(540, 500, 50, 50), RUBBER);
    p.flat(rr(536, 455, 8, 30, 4), Color.WHITE);
    p.solid(ell(360, 580, 30, 30), new Color(200, 30, 30));
    p.solid(ell(460, 580, 30, 30), INK);
    for (int i = 0; i < 6; i++) {
      p.line(680, 310 + i * 50, 900, 310 + i * 50, 10, mix(p.body(), Color.BLACK, 0.3));
    }
  }

  /** MIG welder: tall cabinet, spool window, torch on its cable. */
  private static void migWelder(Pen p) {
    p.solid(rr(300, 180, 420, 560, 30), p.body());
    p.solid(rr(330, 220, 170, 300, 12), new Color(50, 56, 64));
    p.solid(ell(415, 370, 70, 70), BRASS);
    p.flat(ell(415, 370, 20, 20), INK);
    p.solid(rr(530, 220, 160, 200, 12), new Color(60, 64, 70));
    p.solid(ell(610, 290, 36, 36), RUBBER);
    p.solid(ell(610, 370, 24, 24), RUBBER);
    p.solid(ell(340, 760, 40, 40), INK);
    p.solid(ell(680, 760, 40, 40), INK);
    p.stroke(
        new java.awt.geom.CubicCurve2D.Double(500, 600, 700, 860, 900, 700, 900, 520), 18, INK);
    p.solid(rotated(rr(860, 420, 70, 160, 24), 15, 895, 500), RUBBER);
    p.metal(rotated(rr(880, 360, 30, 70, 10), 15, 895, 500));
  }

  /** Coated electrodes: a fanned bundle of rods with bare ends. */
  private static void electrodes(Pen p) {
    Color flux =
        p.v1() < 0.5 ? new Color(215, 195, 150) : mix(p.body(), new Color(215, 195, 150), 0.5);
    for (int i = 0; i < 9; i++) {
      double a = -14 + i * 3.5;
      p.metal(rotated(rr(220, 443, 100, 14, 6), a, 900, 450));
      p.solid(rotated(rr(320, 438, 640, 24, 10), a, 900, 450), flux);
    }
    p.solid(rr(620, 380, 140, 150, 10), p.body()); // label band
    p.text("E", 665, 475, 60, Color.WHITE);
  }

  /** Auto-darkening welding helmet: shell with a dark viewing window. */
  private static void weldingHelmet(Pen p) {
    GeneralPath shell = new GeneralPath();
    shell.moveTo(330, 260);
    shell.curveTo(420, 140, 780, 140, 870, 260);
    shell.curveTo(920, 420, 880, 620, 760, 730);
    shell.lineTo(440, 730);
    shell.curveTo(320, 620, 280, 420, 330, 260);
    shell.closePath();
    p.solid(shell, p.body());
    p.solid(rr(420, 320, 360, 170, 24), RUBBER);
    p.flat(rr(450, 345, 300, 120, 12), new Color(30, 60, 50));
    p.flat(rr(460, 355, 120, 20, 10), new Color(255, 255, 255, 60));
    p.shine(400, 210, 160, 30);
    p.solid(rr(540, 560, 120, 90, 30), INK); // filter vents
  }

  // ------------------------------------------------------------------ air and hydraulics

  /** Air impact wrench: metal pistol body, air inlet, anvil. */
  private static void airImpact(Pen p) {
    p.solid(poly(470, 410, 600, 410, 630, 680, 500, 680), RUBBER);
    p.metal(rr(530, 680, 60, 60, 10)); // air inlet
    p.solid(rr(540, 740, 40, 40, 8), BRASS);
    p.metal(rr(360, 260, 380, 170, 60));
    p.solid(rr(380, 275, 120, 140, 30), p.body());
    p.metal(rr(740, 300, 80, 90, 10));
    p.metal(rr(820, 325, 90, 40, 6));
    p.solid(rr(560, 450, 36, 60, 12), INK);
  }

  /** Oil-free compressor: tank, pump on top, wheels, gauge. */
  private static void compressor(Pen p) {
    p.solid(rr(220, 420, 760, 260, 130), p.body());
    p.shine(280, 440, 600, 30);
    p.solid(rr(360, 270, 300, 160, 30), new Color(70, 74, 80)); // pump
    for (int i = 0; i < 6; i++) {
      p.line(380 + i * 45, 290, 380 + i * 45, 410, 10, new Color(110, 116, 126));
    }
    p.metal(rr(700, 320, 180, 110, 20)); // motor
    p.metal(ell(300, 370, 50, 50));
    p.flat(ell(300, 370, 40, 40), Color.WHITE);
    p.line(300, 370, 325, 345, 4, new Color(200, 30, 30));
    p.solid(ell(300, 720, 60, 60), INK);
    p.solid(ell(900, 720, 60, 60), INK);
    p.flat(ell(300, 720, 22, 22), STEEL);
    p.flat(ell(900, 720, 22, 22), STEEL);
  }

  /** Hydraulic bottle jack: base, cylinder, ram with saddle, pump lever. */
  private static void bottleJack(Pen p) {
    double ram = 80 + 80 * p.v1();
    p.solid(rr(350, 680, 400, 70, 10), p.body());
    p.solid(rr(420, 340, 260, 350, 30), p.body());
    p.shine(440, 360, 40, 260);
    p.metal(rr(480, 340 - ram, 140, ram + 20, 10));
    p.metal(rr(460, 320 - ram, 180, 30, 8));
    p.metal(rr(680, 560, 100, 60, 10));
    p.metal(rotated(rr(760, 570, 300, 24, 12), -20, 760, 580));
  }

  /** Pneumatic cylinder: aluminium tube, end caps, rod, ports. */
  private static void pneumaticCylinder(Pen p) {
    double rod = 140 + 120 * p.v1();
    p.metal(rr(280, 380, 520, 150, 10));
    p.solid(rr(220, 360, 80, 190, 10), p.body());
    p.solid(rr(780, 360, 80, 190, 10), p.body());
    p.metal(rr(860, 430, rod, 50, 10));
    p.metal(rr(860 + rod, 420, 50, 70, 8));
    p.solid(rr(240, 320, 40, 40, 6), BRASS);
    p.solid(rr(800, 320, 40, 40, 6), BRASS);
  }

  /** Push-in fitting: hex body, release collars, tube stubs. */
  private static void fitting(Pen p) {
    Color tube = mix(p.body(), Color.WHITE, 0.35);
    p.solid(rr(120, 410, 260, 90, 10), tube);
    p.solid(rr(820, 410, 260, 90, 10), tube);
    p.solid(rr(360, 380, 80, 150, 16), p.body());
    p.solid(rr(760, 380, 80, 150, 16), p.body());
    p.metal(poly(440, 360, 760, 360, 790, 455, 760, 550, 440, 550, 410, 455));
    p.line(520, 365, 520, 545, 4, STEEL_DARK);
    p.line(680, 365, 680, 545, 4, STEEL_DARK);
  }

  // ------------------------------------------------------------------ electrical

  /** LED work light: finned housing, LED panel, tubular stand. */
  private static void workLight(Pen p) {
    p.stroke(poly(300, 740, 600, 320, 900, 740), 20, INK);
    p.solid(rr(330, 220, 540, 400, 30), p.body());
    p.solid(rr(370, 260, 460, 320, 14), new Color(230, 232, 236));
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 6; c++) {
        p.flat(ell(420 + c * 72, 310 + r * 74, 20, 20), new Color(255, 236, 150));
        p.flat(ell(420 + c * 72, 310 + r * 74, 10, 10), Color.WHITE);
      }
    }
    p.solid(rr(570, 170, 60, 60, 10), RUBBER);
  }

  /** Cord reel: drum wound with cord, frame, handle, outlets. */
  private static void cordReel(Pen p) {
    p.solid(rr(290, 720, 620, 40, 14), INK);
    p.stroke(poly(320, 720, 420, 200, 780, 200, 880, 720), 18, INK);
    p.solid(ell(600, 450, 250, 250), p.body());
    p.solid(ell(600, 450, 200, 200), new Color(50, 54, 60));
    for (int r = 80; r < 200; r += 18) {
      p.stroke(ell(600, 450, r, r), 8, new Color(80, 84, 92));
    }
    p.solid(ell(600, 450, 80, 80), p.body());
    for (int i = 0; i < 4; i++) {
      double a = Math.toRadians(45 + i * 90);
      double x = 600 + 40 * Math.cos(a);
      double y = 450 + 40 * Math.sin(a);
      p.flat(ell(x, y, 8, 8), INK);
    }
    p.solid(rr(560, 170, 80, 40, 16), RUBBER);
  }

  /** Earth leakage breaker: DIN module, toggle, test button, terminal screws. */
  private static void breaker(Pen p) {
    Color housing = new Color(238, 238, 234);
    p.solid(rr(380, 160, 440, 600, 20), housing);
    p.solid(rr(380, 380, 440, 160, 4), new Color(225, 225, 220));
    p.solid(rr(540, 400, 120, 120, 16), INK);
    p.solid(rr(560, 370 + 60 * p.v1(), 80, 70, 12), p.body()); // toggle
    p.solid(ell(740, 460, 30, 30), new Color(220, 190, 40)); // test
    for (int i = 0; i < 2; i++) {
      p.metal(ell(500 + i * 200, 230, 34, 34));
      p.line(480 + i * 200, 230, 520 + i * 200, 230, 6, INK);
      p.metal(ell(500 + i * 200, 690, 34, 34));
      p.line(480 + i * 200, 690, 520 + i * 200, 690, 6, INK);
    }
    p.text(
        String.format(java.util.Locale.ROOT, "%dA", 20 + 10 * (int) (p.v2() * 8)),
        420,
        350,
        36,
        INK);
  }

  /** Coiled cable with a stripped end showing its coloured cores. */
  private static void cable(Pen p) {
    Color sheath = p.v1() < 0.5 ? new Color(40, 42, 46) : new Color(230, 230, 226);
    for (int i = 0; i < 5; i++) {
      p.stroke(ell(560 + i * 12, 450 + i * 6, 300 - i * 10, 170 - i * 4), 36, INK);
      p.stroke(ell(560 + i * 12, 450 + i * 6, 300 - i * 10, 170 - i * 4), 28, sheath);
    }
    p.flat(rr(400, 430, 80, 40, 8), p.body()); // tag
    p.stroke(new java.awt.geom.QuadCurve2D.Double(860, 470, 960, 560, 1000, 680), 36, INK);
    p.stroke(new java.awt.geom.QuadCurve2D.Double(860, 470, 960, 560, 1000, 680), 28, sheath);
    Color[] cores = {new Color(150, 90, 40), new Color(40, 90, 200), new Color(60, 160, 60)};
    for (int i = 0; i < 3; i++) {
      p.line(990 + (i - 1) * 10, 690, 1000 + (i - 1) * 22, 770, 12, cores[i]);
      p.line(1000 + (i - 1) * 22, 770, 1003 + (i - 1) * 24, 800, 6, BRASS);
    }
  }

  // ------------------------------------------------------------------ supplies

  /** Instant adhesive: small bottle with nozzle cap. */
  private static void adhesive(Pen p) {
    p.solid(rr(430, 330, 340, 420, 60), new Color(245, 245, 242));
    p.solid(rr(430, 420, 340, 220, 10), p.body());
    p.text("GLUE", 495, 555, 60, Color.WHITE);
    p.solid(poly(520, 330, 680, 330, 640, 250, 560, 250), new Color(245, 245, 242));
    p.solid(poly(560, 250, 640, 250, 615, 120, 585, 120), p.accent().equals(INK) ? INK : p.body());
  }

  /** Lubricant spray can: cylinder, label, shoulder, actuator and straw. */
  private static void sprayCan(Pen p) {
    p.metal(rr(450, 240, 300, 500, 30));
    p.solid(rr(450, 320, 300, 360, 4), p.body());
    p.flat(rr(450, 440, 300, 80, 4), p.accent().equals(INK) ? new Color(250, 210, 40) : INK);
    p.metal(new Arc2D.Double(450, 180, 300, 130, 0, 180, Arc2D.CHORD));
    p.solid(rr(560, 140, 80, 60, 12), new Color(60, 64, 70));
    p.line(640, 160, 820, 120, 5, new Color(200, 30, 30));
    p.shine(480, 330, 30, 330);
  }

  /** Insulating tape roll with its tail. */
  private static void tapeRoll(Pen p) {
    Color tape = p.v1() < 0.4 ? INK : p.body();
    p.solid(poly(820, 520, 1000, 620, 980, 660, 800, 570), tape);
    p.solid(ring(600, 450, 260, 120), tape);
    p.stroke(ell(600, 450, 200, 200), 2, mix(tape, Color.WHITE, 0.3));
    p.solid(ring(600, 450, 120, 100), new Color(220, 200, 160));
    p.flat(new Arc2D.Double(380, 230, 300, 200, 110, 50, Arc2D.OPEN), Color.WHITE);
  }

  /** Sandpaper: a fanned stack of sheets with grit and the backing's print. */
  private static void sandpaper(Pen p) {
    Color grit = new Color(120, 90, 60);
    for (int i = 0; i < 3; i++) {
      Shape sheet = rotated(rr(330, 230, 540, 440, 6), -10 + i * 8, 600, 450);
      p.solid(sheet, i == 2 ? grit : new Color(232, 216, 180));
    }
    Shape top = rotated(rr(330, 230, 540, 440, 6), 6, 600, 450);
    java.util.Random r = new java.util.Random(7);
    java.awt.Shape old = p.g().getClip();
    p.g().clip(top);
    for (int i = 0; i < 1400; i++) {
      p.flat(
          ell(330 + r.nextDouble() * 540, 220 + r.nextDouble() * 470, 2, 2), new Color(70, 50, 30));
    }
    p.g().setClip(old);
    p.solid(rotated(rr(380, 600, 160, 50, 10), 6, 600, 450), p.body());
    p.text(
        String.format(java.util.Locale.ROOT, "P%d", 60 + 20 * (int) (p.v1() * 10)),
        640,
        620,
        48,
        Color.WHITE);
  }

  /** Cable tie: a strap looped through its head, ridged. */
  private static void cableTie(Pen p) {
    Color nylon = p.v1() < 0.5 ? new Color(245, 243, 236) : INK;
    p.stroke(
        new java.awt.geom.CubicCurve2D.Double(420, 340, 140, 420, 260, 760, 560, 680),
        40,
        mix(nylon, Color.BLACK, 0.2));
    p.stroke(
        new java.awt.geom.CubicCurve2D.Double(420, 340, 140, 420, 260, 760, 560, 680), 32, nylon);
    p.solid(rr(400, 300, 80, 80, 12), nylon.equals(INK) ? p.body() : nylon);
    p.solid(rotated(rr(470, 320, 560, 36, 16), 12, 470, 340), nylon);
    for (int i = 0; i < 30; i++) {
      double x = 500 + i * 17;
      p.line(x, 330 + (x - 470) * 0.21, x, 356 + (x - 470) * 0.21, 2, mix(nylon, INK, 0.4));
    }
  }

  /** Any other category: a carton with the maker's colour band (never a letter in a box). */
  private static void carton(Pen p) {
    p.solid(poly(300, 360, 600, 260, 900, 360, 600, 460), new Color(222, 190, 140));
    p.solid(poly(300, 360, 600, 460, 600, 760, 300, 660), new Color(200, 165, 115));
    p.solid(poly(600, 460, 900, 360, 900, 660, 600, 760), new Color(185, 150, 100));
    p.flat(poly(300, 480, 600, 580, 600, 620, 300, 520), p.body());
    p.flat(poly(600, 580, 900, 480, 900, 520, 600, 620), p.body());
  }
}
