package kr.catalog.api.fulfilment.outbound;

import com.google.zxing.oned.Code128Writer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.OrderLine;
import kr.catalog.api.pdf.PdfSheet;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The A6 label of one package: its number as a Code 128 barcode (what the loading dock scans),
 * recipient and address, package n of m, weights, region and partner once classified, and the lines
 * inside. Hangul is printed with the platform's Korean font ({@code commerce.pdf-font}).
 */
final class LabelPdf {
  private static final float MARGIN = 14;

  /** Quiet zone each side of the bars, in modules: Code 128 asks for at least ten. */
  private static final int QUIET = 10;

  private LabelPdf() {}

  /**
   * Renders a label.
   *
   * @param order the order
   * @param recipient the company the goods go to
   * @param view the package, with its position among the order's packages
   * @param fontFile the Korean font
   */
  static byte[] render(
      CustomerOrder order, String recipient, PackingView.Package view, Path fontFile) {
    try (PdfSheet sheet = new PdfSheet(fontFile, PDRectangle.A6, MARGIN)) {
      sheet.newPage();
      float left = sheet.left();
      sheet.text(left, sheet.y(), 9, "택배 송장 PACKAGE LABEL");
      sheet.textRight(sheet.right(), sheet.y(), 9, "주문 Order " + order.id);
      sheet.down(20);
      sheet.text(left, sheet.y(), 16, view.number());
      sheet.textRight(sheet.right(), sheet.y(), 12, view.index() + " / " + view.of() + " 상자 box");
      sheet.down(8);

      boolean[] modules = new Code128Writer().encode(view.number());
      float module = Math.min(1.6f, sheet.width() / (modules.length + 2 * QUIET));
      float barsWidth = modules.length * module;
      float barHeight = 46;
      sheet.bars(
          left + (sheet.width() - barsWidth) / 2,
          sheet.y() - barHeight,
          module,
          barHeight,
          modules);
      sheet.down(barHeight + 11);
      sheet.text(left + (sheet.width() - barsWidth) / 2, sheet.y(), 8, view.number());
      sheet.down(16);

      sheet.text(left, sheet.y(), 8, "받는 분 To");
      sheet.text(left + 62, sheet.y(), 10, recipient);
      sheet.down(13);
      sheet.text(left, sheet.y(), 8, "주소 Address");
      for (String line : wrap(order.deliveryAddress == null ? "-" : order.deliveryAddress, 30)) {
        sheet.text(left + 62, sheet.y(), 8, line);
        sheet.down(11);
      }
      sheet.text(left, sheet.y(), 8, "우편번호 Postal");
      sheet.text(
          left + 62,
          sheet.y(),
          8,
          order.deliveryPostalCode == null ? "-" : order.deliveryPostalCode);
      sheet.down(13);
      sheet.text(left, sheet.y(), 8, "지역 Region");
      sheet.text(
          left + 62,
          sheet.y(),
          10,
          order.region == null
              ? "분류 전 not classified"
              : order.region + " · " + order.deliveryPartner);
      sheet.down(13);
      sheet.text(left, sheet.y(), 8, "무게 Weight");
      String weight =
          "계산 computed "
              + kg(view.computedWeightKg())
              + (view.unweighedUnits() > 0 ? " (+" + view.unweighedUnits() + " 미계량)" : "")
              + (view.measuredWeightKg() == null
                  ? ""
                  : " · 실측 measured " + kg(view.measuredWeightKg()));
      sheet.text(left + 62, sheet.y(), 8, weight);
      sheet.down(11);
      sheet.text(left, sheet.y(), 8, "크기 Size");
      sheet.text(
          left + 62,
          sheet.y(),
          8,
          view.lengthMm()
              + " x "
              + view.widthMm()
              + " x "
              + view.heightMm()
              + " mm"
              + (view.boxSize() == null
                  ? ""
                  : " (" + BoxSize.valueOf(view.boxSize()).label() + ")"));
      sheet.down(14);

      Map<Integer, OrderLine> lines = new java.util.HashMap<>();
      order.lines.forEach(l -> lines.put(l.lineNo, l));
      PdfSheet.Table table =
          sheet.table(
              new String[] {"No", "품번 Code", "품명 Name", "수량 Qty"},
              new float[] {16, 66, 148, 38},
              3);
      for (PackingService.Units u : view.lines()) {
        OrderLine l = lines.get(u.lineNo());
        table.row(
            Integer.toString(u.lineNo()),
            l == null ? "" : l.code,
            l == null ? "" : l.name,
            Integer.toString(u.quantity()));
      }
      table.end();
      return sheet.toBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the label of " + view.number(), e);
    }
  }

  private static String kg(double kg) {
    return java.math.BigDecimal.valueOf(kg).stripTrailingZeros().toPlainString() + " kg";
  }

  /** Breaks text at spaces into lines of at most {@code max} characters (Hangul is wide). */
  static List<String> wrap(String text, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > max) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines.isEmpty() ? List.of("-") : lines;
  }
}
