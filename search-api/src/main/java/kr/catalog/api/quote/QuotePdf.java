package kr.catalog.api.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.catalog.api.account.CustomerCompany;
import kr.catalog.api.config.CommerceConfig;
import kr.catalog.api.security.Actor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.logging.Logger;

/**
 * The printable, faxable quote sheet: A4 landscape, black on white, supplier and customer headers,
 * one row per line with every pricing step, totals, validity and the pricing rule in one sentence.
 * Hangul needs a TrueType font with Korean glyphs ({@code commerce.pdf-font}); without it the sheet
 * is still produced with a Latin font and non-Latin characters shown as '?'.
 */
@ApplicationScoped
public class QuotePdf {
  private static final Logger LOG = Logger.getLogger(QuotePdf.class);

  /** The supplier printed in the header. */
  static final String SUPPLIER = "Catalog Platform Tools Co. / 카탈로그 공구상사";

  private static final float MARGIN = 28;
  private static final float ROW = 13;
  private static final float SIZE = 8;
  private static final String[] HEADERS = {
    "No",
    "Code",
    "Name",
    "Qty",
    "List",
    "Qty tier",
    "Grade",
    "Promotion",
    "Unit",
    "Net",
    "VAT",
    "Total"
  };
  private static final float[] WIDTHS = {22, 82, 150, 38, 62, 62, 62, 62, 62, 72, 56, 72};
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  @Inject QuoteService quotes;
  @Inject CommerceConfig config;

  /**
   * A rendered sheet.
   *
   * @param fileName suggested file name
   * @param bytes the PDF
   */
  public record Sheet(String fileName, byte[] bytes) {}

  /** Renders a quote the actor may see. */
  @Transactional
  public Sheet render(Actor actor, long id) {
    QuoteView quote = quotes.get(actor, id);
    CustomerCompany company = CustomerCompany.findById(quote.customer().id());
    try (PDDocument doc = new PDDocument()) {
      PDFont font = font(doc);
      new Writer(doc, font, quote, company, config.zone()).write();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return new Sheet(quote.quoteNo() + "-v" + quote.version() + ".pdf", out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render quote " + id, e);
    }
  }

  private PDFont font(PDDocument doc) throws IOException {
    if (Files.isReadable(config.pdfFont())) {
      return PDType0Font.load(doc, config.pdfFont().toFile());
    }
    LOG.warnf("No Korean font at %s: quote sheets print Hangul as '?'", config.pdfFont());
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  /** Lays out one document; keeps the page cursor. */
  private static final class Writer {
    private final PDDocument doc;
    private final PDFont font;
    private final QuoteView quote;
    private final CustomerCompany company;
    private final ZoneId zone;
    private PDPageContentStream out;
    private float y;
    private int pageNo;

    Writer(PDDocument doc, PDFont font, QuoteView quote, CustomerCompany company, ZoneId zone) {
      this.doc = doc;
      this.font = font;
      this.quote = quote;
      this.company = company;
      this.zone = zone;
    }

    void write() throws IOException {
      newPage();
      text(MARGIN, y, 18, "견적서 QUOTATION");
      text(
          560,
          y,
          10,
          "No. " + quote.quoteNo() + "  v" + quote.version() + "  (id " + quote.id() + ")");
      y -= 26;
      text(MARGIN, y, 10, "Supplier: " + SUPPLIER);
      text(440, y, 10, "Customer: " + company.name + "  (grade " + quote.customer().grade() + ")");
      y -= 14;
      text(
          MARGIN,
          y,
          SIZE,
          "Issued " + WHEN.format(quote.createdAt().atZone(zone)) + " by " + quote.createdBy());
      text(
          440,
          y,
          SIZE,
          join(
              company.address,
              company.phone == null ? null : "Tel " + company.phone,
              company.fax == null ? null : "Fax " + company.fax));
      y -= 14;
      text(
          MARGIN,
          y,
          10,
          "Priced on " + quote.pricedOn() + ", valid until " + quote.validUntil() + " (inclusive)");
      y -= 20;
      header();
      for (QuoteView.Line l : quote.lines()) {
        if (y < MARGIN + 80) {
          newPage();
          header();
        }
        row(
            new String[] {
              Integer.toString(l.lineNo()),
              l.code(),
              l.name(),
              won(l.quantity()),
              won(l.listPrice()),
              discount(l.tierDiscount(), l.tierPercent()),
              discount(l.gradeDiscount(), l.gradePercent()),
              discount(l.promoDiscount(), l.promoPercent()),
              won(l.unitPrice()),
              won(l.netAmount()),
              won(l.vatAmount()),
              won(l.grossAmount())
            });
      }
      y -= 6;
      line();
      y -= 16;
      float right = MARGIN + sum(WIDTHS);
      textRight(right, y, 10, "Net (VAT excl.)  " + won(quote.totals().net()) + " KRW");
      y -= 14;
      textRight(right, y, 10, "VAT 10%  " + won(quote.totals().vat()) + " KRW");
      y -= 16;
      textRight(right, y, 12, "Total  " + won(quote.totals().gross()) + " KRW");
      y -= 22;
      text(
          MARGIN,
          y,
          SIZE,
          "Discounts are per unit and compound: quantity tier, then customer grade, then"
              + " promotion, each rounded half-up to the won.");
      y -= 11;
      text(
          MARGIN,
          y,
          SIZE,
          "VAT is 10% of each line's net amount rounded half-up to the won; totals are the sums"
              + " of the lines.");
      if (quote.note() != null && !quote.note().isBlank()) {
        y -= 14;
        text(MARGIN, y, SIZE, "Note: " + quote.note());
      }
      out.close();
    }

    private void newPage() throws IOException {
      if (out != null) {
        out.close();
      }
      PDPage page =
          new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      doc.addPage(page);
      pageNo++;
      out = new PDPageContentStream(doc, page);
      y = page.getMediaBox().getHeight() - MARGIN - 14;
      text(page.getMediaBox().getWidth() - MARGIN - 60, MARGIN - 10, 7, "page " + pageNo);
    }

    private void header() throws IOException {
      line();
      y -= ROW - 3;
      row(HEADERS);
      y += 3;
      line();
      y -= 2;
    }

    private void row(String[] cells) throws IOException {
      float x = MARGIN;
      for (int i = 0; i < cells.length; i++) {
        String cell = fit(cells[i], WIDTHS[i] - 4);
        // Numbers right-aligned from column "Qty" on, text left-aligned.
        if (i >= 3) {
          textRight(x + WIDTHS[i] - 2, y, SIZE, cell);
        } else {
          text(x + 2, y, SIZE, cell);
        }
        x += WIDTHS[i];
      }
      y -= ROW;
    }

    private void line() throws IOException {
      out.setLineWidth(0.5f);
      out.moveTo(MARGIN, y);
      out.lineTo(MARGIN + sum(WIDTHS), y);
      out.stroke();
    }

    /**
     * Draws words separately and leaves the spaces as gaps: some Korean fonts (NanumGothic) share
     * the space glyph with U+0000, so a drawn space would copy out of the PDF as a NUL; text
     * extraction turns the gaps back into spaces.
     */
    private void text(float x, float at, float size, String s) throws IOException {
      float cursor = x;
      float space = font.getSpaceWidth() / 1000f * size;
      if (space <= 0) {
        space = size / 4;
      }
      for (String word : printable(s).split(" ", -1)) {
        if (!word.isEmpty()) {
          out.beginText();
          out.setFont(font, size);
          out.newLineAtOffset(cursor, at);
          out.showText(word);
          out.endText();
          cursor += font.getStringWidth(word) / 1000f * size;
        }
        cursor += space;
      }
    }

    private void textRight(float right, float at, float size, String s) throws IOException {
      text(right - width(s, size), at, size, s);
    }

    private float width(String s, float size) throws IOException {
      return font.getStringWidth(printable(s)) / 1000f * size;
    }

    private String fit(String s, float max) throws IOException {
      String t = s == null ? "" : s;
      while (!t.isEmpty() && width(t, SIZE) > max) {
        t = t.substring(0, t.length() - 1);
      }
      return t;
    }

    /** Characters the font cannot show become '?', rather than failing the whole sheet. */
    private String printable(String s) {
      StringBuilder sb = new StringBuilder();
      s.codePoints()
          .forEach(
              cp -> {
                String c = new String(Character.toChars(cp));
                try {
                  font.encode(c);
                  sb.append(c);
                } catch (IOException | IllegalArgumentException e) {
                  sb.append('?');
                }
              });
      return sb.toString();
    }
  }

  private static String won(long amount) {
    return String.format(Locale.ROOT, "%,d", amount);
  }

  private static String discount(long won, int percent) {
    return percent == 0 ? "-" : "-" + won(won) + " (" + percent + "%)";
  }

  private static String join(String... parts) {
    List<String> present = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        present.add(p);
      }
    }
    return String.join("  ", present);
  }

  private static float sum(float[] values) {
    float s = 0;
    for (float v : values) {
      s += v;
    }
    return s;
  }
}
