package kr.catalog.ingest.pipeline;

import static kr.catalog.ingest.Required.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import kr.catalog.ingest.report.Reject;
import kr.catalog.ingest.report.RejectReason;
import kr.catalog.model.Asset;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What real manufacturers' files and usage videos showed (issue 16, points 4 and 6), each named:
 * the file is judged by its content, reports name it as the feed did, a problem with an accepted
 * row's attachment does not fail the run, scans are marked, titles are ones people gave.
 */
class AttachmentsIngestTest {
  @TempDir Path dir;

  private Path feeds() throws Exception {
    Path feeds = dir.resolve("feeds");
    Files.createDirectories(feeds.resolve("files"));
    return feeds;
  }

  private static Path realPdf(String name) {
    String root = System.getProperty("catalog.shared.data");
    Path p = root == null ? null : Path.of(root, "pdfs", name);
    require(p != null && Files.isRegularFile(p), "real PDF " + name + " not found");
    return p;
  }

  private List<Asset> process(Path feeds, List<Reject> rejects, AssetRequest... requests) {
    return new ExtractingAssetStep()
        .process(List.of(requests), feeds, dir.resolve("media"), rejects::add);
  }

  @Test
  void aTextFileNamedPdfIsRejectedNotKeptAndTheMessageNamesItAsTheFeedDid() throws Exception {
    Path feeds = feeds();
    Files.writeString(
        feeds.resolve("files/manual.pdf"), "just some notes, not a PDF\n", StandardCharsets.UTF_8);
    List<Reject> rejects = new ArrayList<>();

    List<Asset> assets =
        process(
            feeds,
            rejects,
            new AssetRequest("GSB13RE", Asset.Kind.MANUAL, "files/manual.pdf", "a.csv", 2));

    assertThat(assets).isEmpty();
    assertThat(rejects)
        .extracting(Reject::line, Reject::reason)
        .containsExactly(tuple(2L, RejectReason.UNSUPPORTED_FORMAT));
    String message = rejects.getFirst().message();
    assertThat(message)
        .startsWith("files/manual.pdf: ")
        .contains("text/plain", "application/pdf")
        .doesNotContain(dir.toString())
        .doesNotContainIgnoringCase("image");
  }

  @Test
  void aPdfCutShortIsReportedAsTruncatedNotAsAFontError() throws Exception {
    Path feeds = feeds();
    byte[] bytes = Files.readAllBytes(realPdf("st-BD139-BD140-datasheet.pdf"));
    Files.write(feeds.resolve("files/bd139.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
    List<Reject> rejects = new ArrayList<>();

    process(
        feeds,
        rejects,
        new AssetRequest("BD139", Asset.Kind.MANUAL, "files/bd139.pdf", "a.csv", 3));

    assertThat(rejects).extracting(Reject::reason).containsExactly(RejectReason.CORRUPT_FILE);
    assertThat(rejects.getFirst().message())
        .startsWith("files/bd139.pdf: ")
        .contains("truncated")
        .doesNotContainIgnoringCase("font");
  }

  @Test
  void aPdfWithoutTextLayerIsKeptAndMarkedScanned() throws Exception {
    Path feeds = feeds();
    BufferedImage scan = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scan.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 560);
    g.setColor(Color.BLACK);
    g.drawString("scanned page: text is pixels here", 40, 80);
    g.dispose();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(LosslessFactory.createFromImage(doc, scan), 0, 0, 612, 792);
      }
      doc.save(feeds.resolve("files/scan.pdf").toFile());
    }
    Files.copy(realPdf("adi-adt7420-datasheet.pdf"), feeds.resolve("files/adt7420.pdf"));
    List<Reject> rejects = new ArrayList<>();

    List<Asset> assets =
        process(
            feeds,
            rejects,
            new AssetRequest("GSB13RE", Asset.Kind.MANUAL, "files/scan.pdf", "a.csv", 2),
            new AssetRequest("ADT7420", Asset.Kind.MANUAL, "files/adt7420.pdf", "a.csv", 3));

    assertThat(rejects).isEmpty();
    assertThat(assets)
        .extracting(Asset::productCodeKey, Asset::pageCount, Asset::scanned)
        .containsExactly(tuple("GSB13RE", 1, true), tuple("ADT7420", 24, false));
  }

  @Test
  void theFeedsTitleWinsThenAMeaningfulMetadataTitleThenTheFirstHeading() throws Exception {
    Path feeds = feeds();
    Files.copy(realPdf("adi-adt7420-datasheet.pdf"), feeds.resolve("files/adt7420.pdf"));
    Files.copy(realPdf("hirose-FH63S-10S-0.5SH-drawing.pdf"), feeds.resolve("files/fh63s.pdf"));
    List<Reject> rejects = new ArrayList<>();

    List<Asset> assets =
        process(
            feeds,
            rejects,
            new AssetRequest(
                "ADT7420", Asset.Kind.MANUAL, "files/adt7420.pdf", "a.csv", 2, "ADT7420 데이터시트"),
            new AssetRequest("FH63S", Asset.Kind.DRAWING, "files/fh63s.pdf", "a.csv", 3),
            new AssetRequest("ADT7420X", Asset.Kind.MANUAL, "files/adt7420.pdf", "a.csv", 4));

    assertThat(rejects).isEmpty();
    assertThat(assets.get(0).title()).isEqualTo("ADT7420 데이터시트");
    // No feed title, the metadata's is the drawing tool's working file: a line from the top of the
    // document instead.
    assertThat(assets.get(1).title())
        .isNotBlank()
        .doesNotContainPattern("(?i)\\.(book|vsd|doc|fm)$")
        .doesNotContainIgnoringCase("visio");
    assertThat(assets.get(1).text()).contains(assets.get(1).title());
    // No feed title, a metadata title a person gave: that one.
    assertThat(assets.get(2).title()).isEqualTo("ADT7420 (Rev. A)");
  }

  @Test
  void anAttachmentProblemOfAnAcceptedRowDoesNotCountAsARejectedRow() throws Exception {
    Path feeds = Feeds.masters(dir.resolve("feeds"));
    Files.writeString(
        feeds.resolve("a.csv"),
        Feeds.CSV_HEADER
            + ",매뉴얼\n"
            + "GSB 13 RE,보쉬,드릴,01.01,1000,N,1kg,,manuals/none.pdf\n"
            + "GSB 14 RE,보쉬,드릴,01.01,1000,N,1kg,,manuals/gone.pdf\n",
        StandardCharsets.UTF_8);

    IngestResult r = new IngestPipeline(IngestOptions.of(feeds, dir.resolve("out"))).run();

    assertThat(r.catalog().products()).hasSize(2);
    assertThat(r.rejects())
        .extracting(Reject::line, Reject::reason)
        .containsExactly(
            tuple(2L, RejectReason.MISSING_FILE), tuple(3L, RejectReason.MISSING_FILE));
    assertThat(r.summary().rejectErrors()).isZero();
    assertThat(r.exitCode(0.05)).isEqualTo(IngestResult.OK);
    assertThat(r.summary().steps()).containsKey("attachment problems");
  }

  @Test
  void aVideoIsCheckedByContentStoredAndGivenAPosterAndItsCaptionsAreRead() throws Exception {
    Path feeds = feeds();
    writeVideo(feeds.resolve("files/drill.mp4"));
    Files.writeString(
        feeds.resolve("files/drill.vtt"),
        "WEBVTT\n\n1\n00:00.000 --> 00:01.000\n드릴 척을 돌려 비트를 고정합니다\n",
        StandardCharsets.UTF_8);
    Files.writeString(feeds.resolve("files/fake.mp4"), "not a video", StandardCharsets.UTF_8);
    Files.writeString(feeds.resolve("files/bad.vtt"), "1\n00:00 --> 00:01\nhi\n");
    List<Reject> rejects = new ArrayList<>();

    List<Asset> assets =
        process(
            feeds,
            rejects,
            new AssetRequest("GSB13RE", Asset.Kind.VIDEO, "files/drill.mp4", "a.csv", 2),
            new AssetRequest("GSB13RE", Asset.Kind.CAPTIONS, "files/drill.vtt", "a.csv", 2),
            new AssetRequest("GSB14RE", Asset.Kind.VIDEO, "files/fake.mp4", "a.csv", 3),
            new AssetRequest("GSB14RE", Asset.Kind.CAPTIONS, "files/bad.vtt", "a.csv", 3));

    assertThat(rejects)
        .extracting(Reject::line, Reject::field, Reject::reason)
        .containsExactly(
            tuple(3L, "videoFile", RejectReason.UNSUPPORTED_FORMAT),
            tuple(3L, "captions", RejectReason.UNSUPPORTED_FORMAT));
    assertThat(assets)
        .extracting(Asset::kind, Asset::mediaType)
        .containsExactly(
            tuple(Asset.Kind.VIDEO, "video/mp4"), tuple(Asset.Kind.CAPTIONS, "text/vtt"));
    Asset video = assets.get(0);
    assertThat(video.path()).endsWith(video.sha256() + ".mp4");
    BufferedImage poster =
        ImageIO.read(dir.resolve("media").resolve(video.thumbnailPath()).toFile());
    assertThat(poster.getWidth()).isEqualTo(96);
    // The drawn bar is blue: the poster is a decoded frame, not a blank placeholder.
    Color centre = new Color(poster.getRGB(48, 36));
    assertThat(centre.getBlue()).isGreaterThan(centre.getRed() + 60);
    assertThat(assets.get(1).text()).isEqualTo("드릴 척을 돌려 비트를 고정합니다");
  }

  /** A real H.264 MP4 of a rotating blue bar, 96 x 72, 8 frames at 8 fps. */
  static void writeVideo(Path file) throws Exception {
    AWTSequenceEncoder encoder = AWTSequenceEncoder.createSequenceEncoder(file.toFile(), 8);
    for (int i = 0; i < 8; i++) {
      BufferedImage frame = new BufferedImage(96, 72, BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = frame.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 96, 72);
      g.rotate(i * Math.PI / 16, 48, 36);
      g.setColor(Color.BLUE);
      g.fillRect(16, 28, 64, 16);
      g.dispose();
      encoder.encodeImage(frame);
    }
    encoder.finish();
  }
}
