package kr.catalog.ingest.asset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders PDF pages with a pixel budget, so a poster-sized drawing (A0 at 150 DPI is 35 megapixels,
 * 140 MB as an RGB raster) is rendered at a lower resolution instead of exhausting the heap. Shared
 * by {@link Thumbnails} and the catalog book digitiser.
 */
public final class PageRaster {
  private PageRaster() {}

  /**
   * The DPI at which {@code page} renders within {@code maxPixels}: {@code dpi} itself when the
   * page is small enough, else the largest DPI that fits.
   */
  public static float effectiveDpi(PDPage page, float dpi, long maxPixels) {
    if (dpi <= 0 || maxPixels <= 0) {
      throw new IllegalArgumentException("dpi and maxPixels must be positive");
    }
    PDRectangle box = page.getCropBox();
    double widthInches = Math.max(box.getWidth(), 1f) / 72.0;
    double heightInches = Math.max(box.getHeight(), 1f) / 72.0;
    double pixelsAtDpi = widthInches * dpi * heightInches * dpi;
    if (pixelsAtDpi <= maxPixels) {
      return dpi;
    }
    return (float) Math.sqrt(maxPixels / (widthInches * heightInches));
  }

  /** Renders page {@code pageIndex} (0-based) as RGB at {@code dpi}, capped at maxPixels. */
  public static BufferedImage render(
      PDFRenderer renderer, PDPage page, int pageIndex, float dpi, long maxPixels)
      throws IOException {
    return renderer.renderImageWithDPI(
        pageIndex, effectiveDpi(page, dpi, maxPixels), ImageType.RGB);
  }
}
