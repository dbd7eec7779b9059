package kr.catalog.ingest.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import kr.catalog.ingest.asset.AssetRejectedException.Reason;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetExtractorTest {
  private final AssetExtractor extractor = new AssetExtractor(ExtractionLimits.DEFAULTS);

  @TempDir Path temp;

  @Test
  void extractsTextAndTypedMetadataFromTheAdt7420Datasheet() throws Exception {
    Path pdf = SharedPdfs.pdf(SharedPdfs.ADT7420_DATASHEET);

    ExtractedText result = extractor.extract(pdf);

    assertThat(result.mediaType()).isEqualTo("application/pdf");
    assertThat(result.pageCount()).isEqualTo(24);
    assertThat(result.title()).isEqualTo("ADT7420 (Rev. A)");
    assertThat(result.text())
        .contains("ADT7420")
        .contains("16-Bit Digital")
        .contains("I2C Temperature Sensor");
    assertThat(result.metadata())
        .containsEntry(MetadataKey.PAGE_COUNT, "24")
        .containsEntry(MetadataKey.CREATOR, "Analog Devices, Inc.")
        .containsEntry(MetadataKey.PDF_VERSION, "1.6")
        .containsEntry(MetadataKey.ENCRYPTED, "false");
    assertThat(result.bytes()).isEqualTo(Files.size(pdf));
    assertThat(result.sha256()).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void readsEveryRealPdfWithoutRejectingOne() throws Exception {
    List<String> names = new ArrayList<>();
    try (var files = Files.list(SharedPdfs.dir())) {
      for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
        ExtractedText result = extractor.extract(pdf);
        assertThat(result.mediaType()).as(pdf.toString()).isEqualTo("application/pdf");
        assertThat(result.pageCount()).as(pdf.toString()).isPositive();
        names.add(pdf.getFileName().toString());
      }
    }
    assertThat(names)
        .contains(
            SharedPdfs.ADT7420_DATASHEET, SharedPdfs.HIROSE_DRAWING, SharedPdfs.MOLEX_DRAWING);
  }

  @Test
  void readsTheRotatedLetterSpacedNotesOfTheHiroseDrawingButNotItsOutlinedPartNumber()
      throws Exception {
    ExtractedText result = extractor.extract(SharedPdfs.pdf(SharedPdfs.HIROSE_DRAWING));

    // The drawing's notes are rotated and letter-spaced; with angle detection each of its 8
    // pages yields them as whole lines instead of "H | IR | O | S | E" fragments.
    assertThat(result.pageCount()).isEqualTo(8);
    assertThat(occurrences(result.text(), "HIROSE ELECTRIC CO., LTD.")).isEqualTo(8);
    assertThat(occurrences(result.text(), "HRS DRAWING FOR REFERENCE")).isEqualTo(8);
    // The part number and the dimensions are drawn as vector outlines, not text: honestly not
    // extractable without OCR.
    assertThat(result.text()).doesNotContain("FH63S");
  }

  @Test
  void readsTheOwnerPasswordOnlyUsb4105DatasheetAndSaysItIsEncrypted() throws Exception {
    // Encrypted with an empty user password: it opens without one, like in any viewer.
    ExtractedText result = extractor.extract(SharedPdfs.pdf(SharedPdfs.USB4105_DATASHEET));

    assertThat(result.metadata()).containsEntry(MetadataKey.ENCRYPTED, "true");
    assertThat(result.text()).contains("Current Rating: 5.00A");
  }

  @Test
  void returnsEmptyTextForADrawingWhoseTextIsOutlinesOnly() throws Exception {
    ExtractedText result = extractor.extract(SharedPdfs.pdf(SharedPdfs.MKDS_DATASHEET));

    assertThat(result.pageCount()).isEqualTo(1);
    assertThat(result.text()).isEmpty();
  }

  @Test
  void stopsAtTheWriteLimitAndMarksTheTextTruncated() throws Exception {
    AssetExtractor limited = new AssetExtractor(ExtractionLimits.DEFAULTS.withMaxChars(500));

    ExtractedText result = limited.extract(SharedPdfs.pdf(SharedPdfs.ADT7420_DATASHEET));

    assertThat(result.truncated()).isTrue();
    assertThat(result.text().length()).isBetween(400, 500);
    assertThat(result.text()).contains("ADT7420");
  }

  @Test
  void rejectsAPdfWithAValidHeaderAndGarbageAfterItAsCorrupt() throws IOException {
    byte[] bytes = new byte[5000];
    new Random(7).nextBytes(bytes);
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);
    Path corrupt = Files.write(temp.resolve("garbage.pdf"), bytes);

    assertThatThrownBy(() -> extractor.extract(corrupt))
        .isInstanceOfSatisfying(
            AssetRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
              assertThat(e.source()).isEqualTo(corrupt.toString());
              // No end-of-file marker after the header: reported as a file cut short.
              assertThat(e.getMessage()).contains("truncated").contains("%%EOF");
            });
  }

  @Test
  void rejectsATruncatedRealPdfAsCorruptAndGoesOnWithTheNextFile() throws Exception {
    byte[] real = Files.readAllBytes(SharedPdfs.pdf(SharedPdfs.ADT7420_DATASHEET));
    Path truncated =
        Files.write(temp.resolve("truncated.pdf"), Arrays.copyOf(real, real.length * 2 / 5));
    List<Path> batch = List.of(truncated, SharedPdfs.pdf(SharedPdfs.BD139_DATASHEET));

    List<String> extracted = new ArrayList<>();
    List<Reason> rejected = new ArrayList<>();
    for (Path file : batch) {
      try {
        extracted.add(extractor.extract(file).title());
      } catch (AssetRejectedException e) {
        rejected.add(e.reason());
      }
    }

    assertThat(rejected).containsExactly(Reason.CORRUPT);
    assertThat(extracted).containsExactly("Complementary low voltage transistor");
  }

  @Test
  void rejectsAPdfThatNeedsAPasswordAsEncrypted() throws IOException {
    Path encrypted = temp.resolve("encrypted.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText("Secret price list");
        content.endText();
      }
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(encrypted.toFile());
    }

    assertThatThrownBy(() -> extractor.extract(encrypted))
        .isInstanceOfSatisfying(
            AssetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED));
  }

  @Test
  void rejectsAFileOverTheSizeLimitBeforeParsingIt() {
    Path pdf = SharedPdfs.pdf(SharedPdfs.ADT7420_DATASHEET);
    AssetExtractor small = new AssetExtractor(ExtractionLimits.DEFAULTS.withMaxFileBytes(100_000));

    assertThatThrownBy(() -> small.extract(pdf))
        .isInstanceOfSatisfying(
            AssetRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
              assertThat(e.getMessage()).contains("over the limit of 100000 bytes");
            });
  }

  @Test
  void rejectsAStreamThatGrowsPastTheSizeLimit() {
    AssetExtractor small =
        new AssetExtractor(ExtractionLimits.DEFAULTS.withMaxFileBytes(1_000_000));
    InputStream endless = new EndlessStream(Duration.ZERO, new AtomicLong());

    assertThatThrownBy(() -> small.extract(endless, "endless.txt"))
        .isInstanceOfSatisfying(
            AssetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }

  @Test
  void rejectsBytesOfNoKnownFormatAsUnsupported() throws IOException {
    byte[] bytes = new byte[5000];
    new Random(8).nextBytes(bytes);
    Path blob = Files.write(temp.resolve("blob.bin"), bytes);

    assertThatThrownBy(() -> extractor.extract(blob))
        .isInstanceOfSatisfying(
            AssetRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED));
  }

  @Test
  void rejectsAMissingFileAsUnreadable() {
    assertThatThrownBy(() -> extractor.extract(temp.resolve("missing.pdf")))
        .isInstanceOfSatisfying(
            AssetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
  }

  @Test
  void stopsASlowInputAtTheTimeoutAndTheWorkerReallyStops() throws Exception {
    AssetExtractor impatient =
        new AssetExtractor(ExtractionLimits.DEFAULTS.withTimeout(Duration.ofMillis(300)));
    AtomicLong reads = new AtomicLong();
    // 1 KiB every 20 ms: the 64 MiB limit would take 20 minutes to reach.
    InputStream slow = new EndlessStream(Duration.ofMillis(20), reads);

    assertThatThrownBy(() -> impatient.extract(slow, "slow-share.pdf"))
        .isInstanceOfSatisfying(
            AssetRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
              assertThat(e.getMessage()).contains("not done within PT0.3S");
            });

    // The worker was interrupted, not abandoned: it ends and stops reading.
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (BoundedWork.running() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(BoundedWork.running()).isZero();
    long readsAfterStop = reads.get();
    Thread.sleep(200);
    assertThat(reads.get()).isEqualTo(readsAfterStop);
  }

  private static int occurrences(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      count++;
    }
    return count;
  }

  /** A never-ending input (a stalled network share), optionally slow, counting its reads. */
  private static final class EndlessStream extends InputStream {
    private final Duration pause;
    private final AtomicLong reads;

    EndlessStream(Duration pause, AtomicLong reads) {
      this.pause = pause;
      this.reads = reads;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      read(one, 0, 1);
      return one[0];
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (!pause.isZero()) {
        try {
          Thread.sleep(pause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("read interrupted");
        }
      }
      reads.incrementAndGet();
      int n = Math.min(len, 1024);
      Arrays.fill(b, off, off + n, (byte) 'x');
      return n;
    }
  }
}
