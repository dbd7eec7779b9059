package kr.catalog.ingest.asset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kr.catalog.ingest.asset.AssetRejectedException.Reason;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;

/**
 * Usage videos and their captions: the type checked by content (Tika's magic detection, never the
 * name), size limits, a poster frame decoded with jcodec (pure Java H.264, so no ffmpeg on the
 * machine), and WebVTT captions checked and read for search.
 *
 * <p>Posters: jcodec decodes H.264 in MP4 only; a WebM (VP8/VP9) video is kept without a poster,
 * and the step reports that, so the browser shows the video's first frame instead. Thread-safe.
 *
 * @param maxVideoBytes videos larger than this are refused as {@code TOO_LARGE}
 * @param maxCaptionBytes caption files larger than this are refused as {@code TOO_LARGE}
 * @param timeout wall-clock limit for a poster frame
 */
public record Videos(long maxVideoBytes, long maxCaptionBytes, Duration timeout) {
  /** 100 MiB per video (a few minutes of 720p), 1 MiB of captions, 30 s per poster. */
  public static final Videos DEFAULTS = new Videos(100L << 20, 1L << 20, Duration.ofSeconds(30));

  /** The types a video may be; the first of each pair is what the catalog records. */
  private static final Set<String> MP4 = Set.of("video/mp4", "video/quicktime", "application/mp4");

  private static final Set<String> WEBM = Set.of("video/webm", "video/x-matroska", "audio/webm");

  /** Where the poster is taken: a second in, or a third of a shorter video (past a fade-in). */
  private static final double POSTER_SECOND = 1.0;

  private static final Pattern CUE_TIMING = Pattern.compile("^\\S*\\d+:\\d+.*-->.*$");

  private static final class DetectorHolder {
    static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
  }

  /**
   * The video's media type ({@code video/mp4} or {@code video/webm}), judged by its bytes.
   *
   * @throws AssetRejectedException {@code TOO_LARGE} over {@link #maxVideoBytes}, {@code
   *     UNSUPPORTED} when the content is no MP4 or WebM video, {@code UNREADABLE} on I/O errors
   */
  public String videoType(Path file, String source) throws AssetRejectedException {
    checkSize(file, source, maxVideoBytes);
    String detected = detect(file, source);
    if (MP4.contains(detected)) {
      return "video/mp4";
    }
    if (WEBM.contains(detected)) {
      return "video/webm";
    }
    throw new AssetRejectedException(
        Reason.UNSUPPORTED,
        source,
        "the content is " + detected + ", not an MP4 or WebM video",
        null);
  }

  /**
   * The poster frame of an MP4 video, scaled to {@code spec} and written to {@code target}.
   *
   * @throws AssetRejectedException {@code UNSUPPORTED} for WebM (no VP8/VP9 decoder here), {@code
   *     CORRUPT} when the H.264 stream cannot be decoded, {@code TIMEOUT}
   */
  public void poster(Path video, String mediaType, ThumbnailSpec spec, Path target)
      throws AssetRejectedException {
    String source = video.toString();
    if (!"video/mp4".equals(mediaType)) {
      throw new AssetRejectedException(
          Reason.UNSUPPORTED, source, "no poster frame: only H.264 in MP4 is decoded here", null);
    }
    BoundedWork.call(
        source,
        timeout,
        cancel -> {
          BufferedImage frame;
          try (FileChannelWrapper channel = NIOUtils.readableChannel(video.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            double duration = grab.getVideoTrack().getMeta().getTotalDuration();
            double at = duration > 0 ? Math.min(POSTER_SECOND, duration / 3) : 0;
            grab.seekToSecondPrecise(at);
            cancel.check();
            Picture picture = grab.getNativeFrame();
            if (picture == null) {
              throw new AssetRejectedException(
                  Reason.CORRUPT, source, "no video frame could be decoded", null);
            }
            frame = AWTUtil.toBufferedImage(picture);
          } catch (JCodecException | IOException | RuntimeException e) {
            throw new AssetRejectedException(
                Reason.CORRUPT, source, "no poster frame: " + BoundedWork.describe(e), e);
          }
          cancel.check();
          Thumbnails.write(
              Thumbnails.fit(frame, spec.maxWidth() * 2, spec.maxHeight() * 2),
              ThumbnailSpec.Format.JPEG,
              target);
          return null;
        });
  }

  /**
   * The text of WebVTT captions (cue lines only, for search).
   *
   * @throws AssetRejectedException {@code UNSUPPORTED} when the file is not UTF-8 WebVTT (it must
   *     start with {@code WEBVTT}, the format's signature), {@code TOO_LARGE}
   */
  public String captionText(Path file, String source) throws AssetRejectedException {
    checkSize(file, source, maxCaptionBytes);
    String content;
    try {
      content =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new AssetRejectedException(
          Reason.UNSUPPORTED, source, "captions must be WebVTT in UTF-8; this is not UTF-8", e);
    } catch (IOException e) {
      throw new AssetRejectedException(Reason.UNREADABLE, source, BoundedWork.describe(e), e);
    }
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    if (!content.startsWith("WEBVTT")) {
      throw new AssetRejectedException(
          Reason.UNSUPPORTED,
          source,
          "captions must be WebVTT: the file does not start with \"WEBVTT\"",
          null);
    }
    // Blocks after the header: a cue is an optional id line, a timing line, then its text.
    return content
        .lines()
        .skip(1)
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !CUE_TIMING.matcher(l).matches())
        .filter(l -> !l.startsWith("NOTE") && !l.chars().allMatch(Character::isDigit))
        .collect(Collectors.joining("\n"));
  }

  private static String detect(Path file, String source) throws AssetRejectedException {
    try (InputStream in = TikaInputStream.get(file)) {
      // No file name in the metadata: judged by the bytes alone.
      return DetectorHolder.DETECTOR.detect(in, new Metadata()).getBaseType().toString();
    } catch (IOException e) {
      throw new AssetRejectedException(Reason.UNREADABLE, source, BoundedWork.describe(e), e);
    }
  }

  private static void checkSize(Path file, String source, long max) throws AssetRejectedException {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new AssetRejectedException(Reason.UNREADABLE, source, BoundedWork.describe(e), e);
    }
    if (size > max) {
      throw new AssetRejectedException(
          Reason.TOO_LARGE, source, size + " bytes, over the limit of " + max + " bytes", null);
    }
    if (size == 0) {
      throw new AssetRejectedException(Reason.CORRUPT, source, "empty file (0 bytes)", null);
    }
  }
}
