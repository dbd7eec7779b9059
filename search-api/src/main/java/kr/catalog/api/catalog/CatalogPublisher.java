package kr.catalog.api.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import kr.catalog.api.cluster.ClusterBus;
import kr.catalog.api.cluster.ClusterTopic;
import kr.catalog.api.config.CatalogConfig;
import kr.catalog.api.config.CatalogPaths;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.model.Asset;
import kr.catalog.model.BookPage;
import kr.catalog.model.Catalog;
import kr.catalog.model.CatalogChecksum;
import kr.catalog.model.CatalogJson;
import kr.catalog.model.CatalogStore;
import org.jboss.logging.Logger;

/**
 * Publishes a catalog version written by catalog-ingest to the running platform. Checks it first
 * (readable and consistent, the checksum given, newer than what is served, media present and not in
 * conflict) and refuses it otherwise with the served version untouched; then copies its media into
 * the shared media store (content-addressed: a file already there is not copied again) and the
 * catalog into the shared publication store, applies it to this instance ({@link CatalogSwitch})
 * and records it {@link CatalogPublication.State#PUBLISHED}, from which every other instance
 * follows ({@link CatalogPublications}). Every attempt is recorded, refused ones included.
 */
@ApplicationScoped
public class CatalogPublisher {
  private static final Logger LOG = Logger.getLogger(CatalogPublisher.class);

  /** A publication left PENDING longer than this (its instance died) no longer blocks others. */
  private static final Duration PENDING_EXPIRES = Duration.ofMinutes(30);

  @Inject CatalogConfig config;
  @Inject ClusterBus bus;
  @Inject CatalogView view;
  @Inject CatalogSwitch catalogSwitch;

  private volatile boolean applying;

  /** Whether this instance is applying a publication now (its followers' check waits). */
  boolean applying() {
    return applying;
  }

  /** The shared store of published versions. */
  public Path storeDir() {
    return config
        .publish()
        .storeDir()
        .orElseGet(() -> config.dataDir().resolve("published"))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * Publishes the catalog at {@code location}.
   *
   * @param who the administrator's user name, recorded
   * @param checksum the checksum the catalog must have ({@link CatalogChecksum}), or null to take
   *     the one it has (recorded either way; every instance checks it before serving)
   * @throws BusinessRefusal when the catalog is refused; the served version is untouched
   */
  public synchronized CatalogPublication publish(String who, String location, String checksum) {
    Instant requested = Instant.now();
    Path dir = Path.of(location).toAbsolutePath().normalize();
    Draft draft = new Draft(who, requested, dir.toString());
    Optional<CatalogPublication> pending =
        QuarkusTransaction.requiringNew()
            .call(() -> CatalogPublication.pendingSince(requested.minus(PENDING_EXPIRES)));
    if (pending.isPresent()) {
      throw new BusinessRefusal(
          Refusal.PUBLICATION_IN_PROGRESS,
          "Catalog " + pending.get().catalogVersion + " is being published; try again after it.");
    }
    CatalogStore store = new CatalogStore(dir);
    if (store.manifest().isEmpty()) {
      throw refuse(draft, Refusal.CATALOG_INVALID, "No catalog (manifest.json) at " + dir + ".");
    }
    Catalog next;
    Optional<PublishedChanges> changes;
    try {
      draft.checksum = CatalogChecksum.of(dir);
      next = store.read();
      changes = readChanges(dir);
    } catch (IOException | RuntimeException e) {
      throw refuse(
          draft, Refusal.CATALOG_INVALID, "The catalog at " + dir + " cannot be read: " + e);
    }
    draft.version = next.version();
    draft.fromVersion = changes.map(PublishedChanges::fromVersion).orElse(null);
    if (checksum != null && !checksum.equals(draft.checksum)) {
      throw refuse(
          draft,
          Refusal.CATALOG_CHECKSUM_MISMATCH,
          "The catalog's checksum is " + draft.checksum + ", not " + checksum + ".");
    }
    refuseOutdated(draft, next);
    if (changes.isPresent()) {
      checkChanges(draft, next, changes.get());
    }
    Path sourceMedia = dir.getParent() == null ? dir.resolve("media") : dir.resolveSibling("media");
    List<String> toCopy = mediaToCopy(draft, next, sourceMedia);

    CatalogPublication publication = draft.record(CatalogPublication.State.PENDING, null);
    applying = true;
    try {
      copyMedia(sourceMedia, toCopy);
      Path published = copyCatalog(dir, next.version(), draft.checksum);
      publication.location = published.toString();
      CatalogSwitch.Outcome outcome = catalogSwitch.serve(next, changes, true);
      publication.state = CatalogPublication.State.PUBLISHED;
      publication.mode = outcome.mode();
      publication.productsWritten = outcome.written();
      publication.productsRemoved = outcome.removed();
      publication.durationMs = Duration.between(requested, Instant.now()).toMillis();
      publication.finishedAt = Instant.now();
      // The other instances hear of it when the row commits (polling is their safety net).
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                CatalogPublication.getEntityManager().merge(publication);
                bus.publish(ClusterTopic.CATALOG);
              });
      LOG.infof(
          "Published catalog %s (%s, %d media files copied) for %s in %d ms",
          next.version(), outcome.mode(), toCopy.size(), who, publication.durationMs);
      return publication;
    } catch (IOException | RuntimeException e) {
      publication.state = CatalogPublication.State.FAILED;
      publication.error = truncate(e.toString());
      publication.finishedAt = Instant.now();
      QuarkusTransaction.requiringNew()
          .run(() -> CatalogPublication.getEntityManager().merge(publication));
      LOG.errorf(
          e, "Publishing catalog %s failed; %s still serves", next.version(), view.version());
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    } finally {
      applying = false;
    }
  }

  /** Reads {@code changes.json} beside the catalog, if there is one. */
  static Optional<PublishedChanges> readChanges(Path dir) throws IOException {
    Path file = dir.resolve(PublishedChanges.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(CatalogJson.mapper().readValue(file.toFile(), PublishedChanges.class));
  }

  private void refuseOutdated(Draft draft, Catalog next) {
    String served = view.version();
    if (next.version().equals(served)) {
      throw refuse(
          draft, Refusal.CATALOG_OUTDATED, "Catalog " + next.version() + " is served already.");
    }
    // Published or loaded before (and not served now): going back is not a publication.
    boolean before =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    CatalogPublication.wasPublished(next.version())
                        || CatalogLoad.count("catalogVersion", next.version()) > 0);
    if (before) {
      throw refuse(
          draft,
          Refusal.CATALOG_OUTDATED,
          "Catalog " + next.version() + " was served before and replaced since by " + served + ".");
    }
    String base = draft.fromVersion;
    if (base != null && !base.equals(served)) {
      boolean replaced =
          QuarkusTransaction.requiringNew().call(() -> CatalogPublication.wasPublished(base));
      if (replaced) {
        throw refuse(
            draft,
            Refusal.CATALOG_OUTDATED,
            "Catalog "
                + next.version()
                + " was built on "
                + base
                + ", replaced since by "
                + served
                + ": publishing it would undo later changes. Ingest again from the served one.");
      }
    }
  }

  /** {@code changes.json} must agree with the catalog it comes with. */
  private void checkChanges(Draft draft, Catalog next, PublishedChanges changes) {
    Set<String> keys = new HashSet<>();
    next.products().forEach(p -> keys.add(p.codeKey()));
    List<String> wrong = new ArrayList<>();
    Stream.concat(changes.added().stream(), changes.updated().stream())
        .filter(k -> !keys.contains(k))
        .limit(5)
        .forEach(k -> wrong.add(k + " is added or updated but not in the catalog"));
    changes.removed().stream()
        .filter(keys::contains)
        .limit(5)
        .forEach(k -> wrong.add(k + " is removed but still in the catalog"));
    if (!wrong.isEmpty()) {
      throw refuse(
          draft,
          Refusal.CATALOG_INVALID,
          "changes.json contradicts the catalog: " + String.join("; ", wrong) + ".");
    }
  }

  /**
   * The media files of {@code next} the shared store lacks. Refuses a file missing at both places,
   * a path that leaves the media store, and a file whose path the store holds with other bytes
   * (only possible for book pages: the other files are named by their content hash).
   */
  private List<String> mediaToCopy(Draft draft, Catalog next, Path sourceMedia) {
    Path shared = CatalogPaths.mediaDir(config);
    Set<String> paths = new LinkedHashSet<>();
    for (Asset a : next.assets()) {
      paths.add(a.path());
      paths.add(a.thumbnailPath());
    }
    for (BookPage p : next.bookPages()) {
      paths.add(p.imagePath());
      paths.add(p.thumbnailPath());
    }
    paths.remove(null);
    List<String> toCopy = new ArrayList<>();
    try {
      for (String path : paths) {
        Path source = sourceMedia.resolve(path).normalize();
        Path target = shared.resolve(path).normalize();
        if (!source.startsWith(sourceMedia) || !target.startsWith(shared)) {
          throw refuse(
              draft, Refusal.CATALOG_INVALID, "Media path " + path + " leaves the media store.");
        }
        boolean sourceExists = Files.isRegularFile(source);
        if (Files.isRegularFile(target)) {
          if (sourceExists
              && !source.equals(target)
              && !contentAddressed(path)
              && Files.mismatch(source, target) != -1) {
            throw refuse(
                draft,
                Refusal.MEDIA_CONFLICT,
                "Media file "
                    + path
                    + " differs from the one served under that path: give a new edition of the"
                    + " book its own book id.");
          }
        } else if (!sourceExists) {
          throw refuse(
              draft,
              Refusal.CATALOG_INVALID,
              "Media file "
                  + path
                  + " is neither beside the catalog ("
                  + sourceMedia
                  + ") nor in"
                  + " the media store.");
        } else {
          toCopy.add(path);
        }
      }
    } catch (IOException e) {
      throw refuse(draft, Refusal.CATALOG_INVALID, "Media cannot be read: " + e);
    }
    return toCopy;
  }

  /** catalog-ingest names product files and their thumbnails by their SHA-256. */
  private static boolean contentAddressed(String path) {
    return path.startsWith("assets/") || path.startsWith("thumbs/");
  }

  private void copyMedia(Path sourceMedia, List<String> paths) throws IOException {
    Path shared = CatalogPaths.mediaDir(config);
    for (String path : paths) {
      Path target = shared.resolve(path);
      Files.createDirectories(target.getParent());
      // Copied beside, then renamed: a file served is never seen half written.
      Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
      Files.copy(sourceMedia.resolve(path), tmp);
      move(tmp, target);
    }
  }

  /**
   * Copies the catalog's files into the shared store as {@code <version>/catalog} (unless a copy
   * with the same checksum is there), so that the publication does not depend on an output
   * directory the next ingest will overwrite.
   */
  private Path copyCatalog(Path dir, String version, String checksum) throws IOException {
    Path target = storeDir().resolve(version).resolve("catalog");
    if (Files.isDirectory(target) && checksum.equals(CatalogChecksum.of(target))) {
      return target;
    }
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling("catalog.tmp-" + UUID.randomUUID());
    Files.createDirectory(tmp);
    for (String name : CatalogChecksum.files(dir)) {
      Files.copy(dir.resolve(name), tmp.resolve(name));
    }
    if (!checksum.equals(CatalogChecksum.of(tmp))) {
      deleteTree(tmp);
      throw new IOException("the copy of the catalog in " + tmp + " does not match its checksum");
    }
    deleteTree(target);
    move(tmp, target);
    return target;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String truncate(String s) {
    return s.length() <= 2000 ? s : s.substring(0, 2000);
  }

  private BusinessRefusal refuse(Draft draft, Refusal refusal, String message) {
    draft.record(CatalogPublication.State.REFUSED, refusal.slug() + ": " + message);
    LOG.warnf("Catalog publication from %s refused: %s", draft.location, message);
    return new BusinessRefusal(refusal, message);
  }

  /** What is known of a publication while it is checked. */
  private static final class Draft {
    final String who;
    final Instant requested;
    final String location;
    String version = "unknown";
    String fromVersion;
    String checksum = "unknown";

    Draft(String who, Instant requested, String location) {
      this.who = who;
      this.requested = requested;
      this.location = location;
    }

    CatalogPublication record(CatalogPublication.State state, String error) {
      CatalogPublication p = new CatalogPublication();
      p.catalogVersion = version;
      p.location = truncateLocation(location);
      p.checksum = checksum;
      p.fromVersion = fromVersion;
      p.publishedBy = who;
      p.requestedAt = requested;
      p.state = state;
      p.error = error == null ? null : truncate(error);
      if (state != CatalogPublication.State.PENDING) {
        p.finishedAt = Instant.now();
      }
      QuarkusTransaction.requiringNew().run(p::persist);
      return p;
    }

    private static String truncateLocation(String s) {
      return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
  }
}
