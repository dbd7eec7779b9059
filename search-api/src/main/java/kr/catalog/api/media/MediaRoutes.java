package kr.catalog.api.media;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.api.config.CatalogPaths;
import kr.catalog.api.rest.Problem;
import org.jboss.logging.Logger;

/**
 * Serves the media store (page images, thumbnails, drawings, PDFs) under {@code /media/}.
 *
 * <p>Vert.x's {@link StaticHandler} does what a file server must and is well tested at it: ETag and
 * Last-Modified with conditional requests, Cache-Control, byte ranges (PDF viewers and video seek;
 * If-Range, which it lacks, is added here), and it resolves every request inside its root, so
 * {@code ..} or encoded tricks never reach a file outside the media store. Anything it does not
 * find answers 404 problem+json.
 */
@ApplicationScoped
public class MediaRoutes {
  private static final Logger LOG = Logger.getLogger(MediaRoutes.class);

  /**
   * An hour of caching: page images keep their names when a catalog is re-rendered, and clients
   * revalidate with the ETag afterwards.
   */
  static final long MAX_AGE_SECONDS = 3_600;

  @Inject CatalogConfig config;
  @Inject ObjectMapper mapper;

  /**
   * Adds a weak ETag for an existing file inside the store; 304 when the client has it. Paths that
   * leave the store or still hold encoded separators or dot segments after normalisation are
   * answered 404 here: StaticHandler decodes them once more and failed on some ({@code
   * /media/..%2F..%2F} threw StringIndexOutOfBoundsException, a 500, in the hostile-request test).
   */
  private void etag(RoutingContext ctx, Path root) {
    String normalized = ctx.normalizedPath();
    if (!normalized.startsWith(MediaUrls.PREFIX)) {
      notFound(ctx);
      return;
    }
    String relative = normalized.substring(MediaUrls.PREFIX.length());
    String lower = relative.toLowerCase(java.util.Locale.ROOT);
    if (relative.isEmpty()
        || java.util.Arrays.stream(relative.split("/"))
            .anyMatch(s -> s.equals("..") || s.equals("."))
        || relative.contains("\\")
        || lower.contains("%2f")
        || lower.contains("%5c")
        || lower.contains("%2e")
        || lower.contains("%00")) {
      notFound(ctx);
      return;
    }
    Path file;
    try {
      file = root.resolve(relative.replaceFirst("^/+", "")).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      notFound(ctx);
      return;
    }
    if (!file.startsWith(root)) {
      notFound(ctx);
      return;
    }
    ctx.vertx()
        .fileSystem()
        .props(file.toString())
        .onComplete(
            props -> {
              if (props.succeeded() && props.result().isRegularFile()) {
                String etag =
                    "W/\""
                        + Long.toHexString(props.result().size())
                        + "-"
                        + Long.toHexString(props.result().lastModifiedTime())
                        + "\"";
                ctx.response().putHeader("ETag", etag);
                if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
                  ctx.response().setStatusCode(304).end();
                  return;
                }
                applyIfRange(ctx, props.result().lastModifiedTime());
              }
              ctx.next();
            });
  }

  /**
   * RFC 9110 13.1.5 If-Range, which StaticHandler does not implement: a range is served only when
   * the client's validator still matches the file, else the whole file (200), so a player that
   * resumes a video after it was replaced never splices two versions. A date matches when it equals
   * the file's Last-Modified (to the second); an entity tag needs a strong match, and this store's
   * ETags are weak (size and time), so an ETag in If-Range never matches.
   */
  static void applyIfRange(RoutingContext ctx, long lastModifiedMillis) {
    String ifRange = ctx.request().getHeader("If-Range");
    if (ifRange == null || ctx.request().getHeader("Range") == null) {
      return;
    }
    boolean matches = false;
    String value = ifRange.strip();
    if (!value.startsWith("\"") && !value.startsWith("W/")) {
      try {
        long since =
            java.time.ZonedDateTime.parse(
                    value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant()
                .getEpochSecond();
        matches = since == lastModifiedMillis / 1000;
      } catch (java.time.format.DateTimeParseException e) {
        matches = false;
      }
    }
    if (!matches) {
      ctx.request().headers().remove("Range");
    }
  }

  private String json(Problem problem) {
    try {
      return mapper.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A problem record always serialises", e);
    }
  }

  void register(@Observes Router router) {
    Path root = CatalogPaths.mediaDir(config);
    try {
      Files.createDirectories(root);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot create the media store " + root, e);
    }
    LOG.infof("Media store: %s", root);
    StaticHandler files =
        StaticHandler.create(FileSystemAccess.ROOT, root.toString())
            .setCachingEnabled(true)
            .setMaxAgeSeconds(MAX_AGE_SECONDS)
            .setEnableRangeSupport(true)
            .setDirectoryListing(false)
            .setIncludeHidden(false)
            .setDefaultContentEncoding("UTF-8");
    router.route(HttpMethod.GET, MediaUrls.PREFIX + "*").handler(ctx -> etag(ctx, root));
    router.route(HttpMethod.HEAD, MediaUrls.PREFIX + "*").handler(ctx -> etag(ctx, root));
    router.route(HttpMethod.GET, MediaUrls.PREFIX + "*").handler(files);
    router.route(HttpMethod.HEAD, MediaUrls.PREFIX + "*").handler(files);
    // Reached when the file does not exist (StaticHandler passes the request on).
    router.route(MediaUrls.PREFIX + "*").handler(this::notFound);
  }

  private void notFound(RoutingContext ctx) {
    Problem notFound =
        new Problem(
            "/problems/http-404",
            "Not Found",
            404,
            "No such media file.",
            ctx.normalizedPath(),
            List.of());
    ctx.response()
        .setStatusCode(404)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .end(json(notFound));
  }
}
