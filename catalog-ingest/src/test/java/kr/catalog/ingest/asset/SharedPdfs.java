package kr.catalog.ingest.asset;

import static kr.catalog.ingest.Required.require;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real manufacturers' PDFs in {@code ../shared/data/pdfs}, referenced where they lie (never
 * copied into the repository). Tests using them are skipped, with a message, only when the folder
 * is absent.
 */
public final class SharedPdfs {
  public static final String ADT7420_DATASHEET = "adi-adt7420-datasheet.pdf";
  public static final String BD139_DATASHEET = "st-BD139-BD140-datasheet.pdf";
  public static final String USB4105_DATASHEET = "gct-USB4105.pdf";
  public static final String MKDS_DATASHEET = "phoenix-contact-MKDS-3-5.08.pdf";
  public static final String HIROSE_DRAWING = "hirose-FH63S-10S-0.5SH-drawing.pdf";
  public static final String MOLEX_DRAWING = "molex-526100672-sales-drawing.pdf";

  private SharedPdfs() {}

  /** The folder; absent, the test is skipped (fails under {@code CI=true}). */
  public static Path dir() {
    String shared = System.getProperty("catalog.shared.data");
    require(shared != null, "system property catalog.shared.data is not set (run via Maven)");
    Path dir = Path.of(shared, "pdfs");
    require(Files.isDirectory(dir), "real PDFs absent: " + dir + " does not exist");
    return dir;
  }

  /** One of the real PDFs. */
  public static Path pdf(String name) {
    Path file = dir().resolve(name);
    require(Files.isRegularFile(file), "real PDF absent: " + file);
    return file;
  }
}
