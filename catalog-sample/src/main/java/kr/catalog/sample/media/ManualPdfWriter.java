package kr.catalog.sample.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import kr.catalog.model.Product;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a product family's instruction manual as a PDF of a few pages: a cover, an overview with
 * safety instructions, a specification table of the family's variants (as many pages as it needs)
 * and a maintenance and warranty page, in Korean and English.
 *
 * <p>Deterministic: the seed and the family choose the sentences, document number, revision and
 * date, and the PDF's metadata and ID are fixed, so the same input gives the same bytes. Without a
 * Korean font ({@link MediaFonts}) the manual is written in English only.
 */
public final class ManualPdfWriter {
  private static final float WIDTH = PDRectangle.A4.getWidth();
  private static final float HEIGHT = PDRectangle.A4.getHeight();
  private static final float MARGIN = 56f;
  private static final float BOTTOM = HEIGHT - 70f;

  /** Sentence pairs (Korean, English); the seed picks which appear. */
  private static final String[][] SAFETY = {
    {"사용 전에 이 설명서를 끝까지 읽으십시오.", "Read this manual completely before use."},
    {"작업 중에는 보안경과 장갑을 착용하십시오.", "Wear safety glasses and gloves while working."},
    {"전원 코드가 손상된 경우 사용하지 마십시오.", "Do not use the product if the power cord is damaged."},
    {"어린이의 손이 닿지 않는 곳에 보관하십시오.", "Keep out of reach of children."},
    {"정격 전압과 정격 하중을 넘지 마십시오.", "Never exceed the rated voltage or rated load."},
    {"젖은 손으로 조작하지 마십시오.", "Do not operate with wet hands."},
    {"부품 교체 전에는 반드시 전원을 차단하십시오.", "Always disconnect power before changing parts."},
    {"환기가 잘 되는 곳에서 사용하십시오.", "Use in a well-ventilated area."},
    {"이상한 소리나 냄새가 나면 즉시 사용을 멈추십시오.", "Stop immediately if you notice unusual noise or smell."},
    {"정품 부품과 소모품만 사용하십시오.", "Use only genuine parts and consumables."}
  };

  private static final String[][] MAINTENANCE = {
    {"사용 후에는 마른 천으로 먼지를 닦아 내십시오.", "Wipe off dust with a dry cloth after use."},
    {"가동부에는 3개월마다 윤활유를 바르십시오.", "Lubricate moving parts every three months."},
    {"습기가 없는 곳에 보관하십시오.", "Store in a dry place."},
    {"마모된 소모품은 즉시 교체하십시오.", "Replace worn consumables at once."},
    {"정기 점검은 공인 서비스 센터에 맡기십시오.", "Have periodic inspections done by an authorised service centre."},
    {"세척에 용제나 휘발유를 쓰지 마십시오.", "Do not use solvents or petrol for cleaning."}
  };

  private final long seed;
  private final PdfFonts.Source fontSource;

  /** A writer whose choices follow {@code seed}. */
  public ManualPdfWriter(long seed) {
    this(seed, PdfFonts::load);
  }

  ManualPdfWriter(long seed, PdfFonts.Source fontSource) {
    this.seed = seed;
    this.fontSource = Objects.requireNonNull(fontSource, "fontSource");
  }

  /**
   * The manual that was written.
   *
   * @param path the PDF
   * @param documentNumber the printed document number ({@code MAN-GSB13RE-R2})
   * @param pageCount number of pages
   * @param korean whether Korean text was printed (a Korean font was found)
   */
  public record Manual(Path path, String documentNumber, int pageCount, boolean korean) {}

  /**
   * Writes the manual of a product family.
   *
   * @param family the family id (shared by its variants)
   * @param variants the family's products, at least one; printed in the order given
   * @param makerName the maker's display name
   * @param out the PDF to write (replaced atomically)
   */
  public Manual write(String family, List<Product> variants, String makerName, Path out)
      throws IOException {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(makerName, "makerName");
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("family " + family + " has no variants");
    }
    SplittableRandom random = new SplittableRandom(PdfDocuments.seedFor(seed, family));
    String documentNumber =
        "MAN-" + family.toUpperCase(Locale.ROOT) + "-R" + (1 + random.nextInt(4));
    LocalDate issued = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
    int warrantyMonths = new int[] {12, 24, 36}[random.nextInt(3)];
    List<String[]> safety = pick(SAFETY, 5, random);
    List<String[]> maintenance = pick(MAINTENANCE, 4, random);
    Product lead = variants.get(0);

    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, ".manual-", ".tmp");
    try (PDDocument document = new PDDocument()) {
      PdfFonts fonts = fontSource.load(document);
      boolean ko = fonts.korean();
      List<PdfCanvas> open = new ArrayList<>();
      try {
        // Cover.
        PdfCanvas cover = page(document, fonts, open);
        cover.fill(0, 180, WIDTH, 6, 0.2f);
        if (ko) {
          cover.text(MARGIN, 240, fonts.bold(), 28, "사용 설명서");
        }
        cover.text(MARGIN, ko ? 276 : 250, fonts.bold(), ko ? 18 : 28, "Instruction Manual");
        float y = 340;
        if (ko) {
          cover.text(MARGIN, y, fonts.bold(), 16, lead.nameKo());
          y += 24;
        }
        if (!lead.nameEn().isBlank()) {
          cover.text(MARGIN, y, fonts.regular(), 14, lead.nameEn());
          y += 22;
        }
        cover.text(MARGIN, y + 10, fonts.regular(), 12, makerName);
        y += 60;
        for (Product variant : variants.subList(0, Math.min(variants.size(), 12))) {
          cover.text(MARGIN, y, fonts.bold(), 11, variant.code());
          y += 16;
        }
        cover.text(
            MARGIN,
            BOTTOM,
            fonts.regular(),
            9,
            label(ko, "문서 번호", "Document No.") + ": " + documentNumber);
        cover.text(
            MARGIN, BOTTOM + 14, fonts.regular(), 9, label(ko, "발행일", "Issued") + ": " + issued);

        // Overview and safety.
        PdfCanvas overview = page(document, fonts, open);
        y = heading(overview, fonts, 90, ko, "1. 개요", "1. Overview");
        String summaryKo =
            "이 설명서는 "
                + makerName
                + "의 "
                + lead.nameKo()
                + " 제품군("
                + variants.size()
                + "개 모델)의 올바른 사용법과 안전 수칙을 설명합니다.";
        String summaryEn =
            "This manual explains the correct use and safety rules of the "
                + (lead.nameEn().isBlank() ? lead.code() : lead.nameEn())
                + " family by "
                + makerName
                + " ("
                + variants.size()
                + " models).";
        y = paragraph(overview, fonts, y, ko ? summaryKo : null, summaryEn);
        y = heading(overview, fonts, y + 16, ko, "2. 안전 주의사항", "2. Safety instructions");
        for (String[] item : safety) {
          y = paragraph(overview, fonts, y, ko ? "- " + item[0] : null, "- " + item[1]);
        }

        // Specifications: as many pages as the variants need.
        PdfCanvas specs = page(document, fonts, open);
        y = heading(specs, fonts, 90, ko, "3. 사양", "3. Specifications");
        for (Product variant : variants) {
          List<String> lines = specLines(variant);
          float needed = 18 + 13 * lines.size();
          if (y + needed > BOTTOM - 20) {
            specs = page(document, fonts, open);
            y = heading(specs, fonts, 90, ko, "3. 사양 (계속)", "3. Specifications (continued)");
          }
          specs.fill(MARGIN, y - 11, WIDTH - 2 * MARGIN, 15, 0.9f);
          specs.text(MARGIN + 4, y, fonts.bold(), 10, variant.code());
          specs.text(
              MARGIN + 160,
              y,
              fonts.regular(),
              10,
              specs.fit(
                  fonts.regular(),
                  10,
                  ko ? variant.nameKo() : englishName(variant),
                  WIDTH - 2 * MARGIN - 170));
          y += 18;
          for (String line : lines) {
            specs.text(
                MARGIN + 16,
                y,
                fonts.regular(),
                9,
                specs.fit(fonts.regular(), 9, line, WIDTH - 2 * MARGIN - 20));
            y += 13;
          }
          y += 6;
        }

        // Maintenance and warranty.
        PdfCanvas care = page(document, fonts, open);
        y = heading(care, fonts, 90, ko, "4. 유지보수", "4. Maintenance");
        for (String[] item : maintenance) {
          y = paragraph(care, fonts, y, ko ? "- " + item[0] : null, "- " + item[1]);
        }
        y = heading(care, fonts, y + 16, ko, "5. 보증", "5. Warranty");
        paragraph(
            care,
            fonts,
            y,
            ko ? "보증 기간은 구입일로부터 " + warrantyMonths + "개월입니다." : null,
            "The warranty period is " + warrantyMonths + " months from the date of purchase.");

        int total = open.size();
        for (int i = 0; i < total; i++) {
          PdfCanvas canvas = open.get(i);
          canvas.line(MARGIN, HEIGHT - 50, WIDTH - MARGIN, HEIGHT - 50, 0.5f);
          canvas.text(MARGIN, HEIGHT - 36, fonts.regular(), 8, documentNumber + "  " + makerName);
          canvas.textRight(
              WIDTH - MARGIN, HEIGHT - 36, fonts.regular(), 8, (i + 1) + " / " + total);
        }
      } finally {
        for (PdfCanvas canvas : open) {
          canvas.close();
        }
      }
      PdfDocuments.stamp(
          document,
          (ko ? lead.nameKo() + " 사용 설명서 / " : "") + "Instruction Manual " + family,
          makerName,
          "instruction manual " + documentNumber,
          issued,
          "manual|" + seed + "|" + family + "|" + variants.size());
      int pages = document.getNumberOfPages();
      document.save(temp.toFile());
      Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Manual(out, documentNumber, pages, ko);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static PdfCanvas page(PDDocument document, PdfFonts fonts, List<PdfCanvas> open)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    PdfCanvas canvas = new PdfCanvas(document, page, fonts);
    open.add(canvas);
    return canvas;
  }

  private static float heading(
      PdfCanvas canvas, PdfFonts fonts, float y, boolean ko, String korean, String english)
      throws IOException {
    canvas.text(
        MARGIN,
        y,
        fonts.bold(),
        14,
        ko ? korean + "  " + english.replaceFirst("^\\d+\\. ", "") : english);
    canvas.line(MARGIN, y + 5, WIDTH - MARGIN, y + 5, 0.8f);
    return y + 26;
  }

  /** Korean line(s) then English line(s), wrapped; returns the next baseline. */
  private static float paragraph(
      PdfCanvas canvas, PdfFonts fonts, float y, String korean, String english) throws IOException {
    float next = y;
    float width = WIDTH - 2 * MARGIN;
    if (korean != null) {
      for (String line : canvas.wrap(fonts.regular(), 10, korean, width)) {
        canvas.text(MARGIN, next, fonts.regular(), 10, line);
        next += 14;
      }
    }
    for (String line : canvas.wrap(fonts.regular(), 9, english, width)) {
      canvas.text(MARGIN, next, fonts.regular(), 9, line);
      next += 13;
    }
    return next + 4;
  }

  private static List<String> specLines(Product product) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, String> spec : new TreeMap<>(product.specs()).entrySet()) {
      lines.add(spec.getKey() + ": " + spec.getValue());
    }
    lines.add(
        "Origin: "
            + product.origin()
            + "    List price: "
            + String.format(Locale.ROOT, "%,d KRW", product.listPrice()));
    return lines;
  }

  private static String englishName(Product product) {
    return product.nameEn().isBlank() ? product.code() : product.nameEn();
  }

  private static String label(boolean ko, String korean, String english) {
    return ko ? korean + " " + english : english;
  }

  /** {@code count} distinct entries of {@code bank}, in bank order, chosen by {@code random}. */
  private static List<String[]> pick(String[][] bank, int count, SplittableRandom random) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < bank.length; i++) {
      indexes.add(i);
    }
    for (int i = indexes.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Integer swap = indexes.get(i);
      indexes.set(i, indexes.get(j));
      indexes.set(j, swap);
    }
    return indexes.subList(0, Math.min(count, bank.length)).stream()
        .sorted()
        .map(i -> bank[i])
        .toList();
  }
}
