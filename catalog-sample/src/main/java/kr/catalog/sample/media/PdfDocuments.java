package kr.catalog.sample.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** What makes a generated PDF byte-for-byte reproducible, and roman page numbers. */
final class PdfDocuments {
  private PdfDocuments() {}

  /**
   * Sets the document information with a fixed date, and the trailer {@code /ID} from {@code
   * identity}: PDFBox otherwise derives the ID from the current time, and the same seed must give
   * the same bytes.
   */
  static void stamp(
      PDDocument document,
      String title,
      String author,
      String subject,
      LocalDate date,
      String identity) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setSubject(subject);
    info.setCreator("catalog-ingest media generator");
    info.setProducer("catalog-ingest (Apache PDFBox)");
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    calendar.clear();
    calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 9, 0, 0);
    info.setCreationDate(calendar);
    info.setModificationDate(calendar);
    byte[] id = md5(identity);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** Lower-case roman numeral of {@code n} (1..3999), as printed on front matter pages. */
  static String roman(int n) {
    if (n < 1 || n > 3999) {
      throw new IllegalArgumentException("no roman numeral for " + n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    StringBuilder out = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        out.append(symbols[i]);
        rest -= values[i];
      }
    }
    return out.toString();
  }

  /** Mixes a seed with a name into a well-spread 64-bit seed (SplitMix64 finaliser). */
  static long seedFor(long seed, String name) {
    long z = seed ^ (name.hashCode() * 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static byte[] md5(String text) {
    try {
      return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }
}
