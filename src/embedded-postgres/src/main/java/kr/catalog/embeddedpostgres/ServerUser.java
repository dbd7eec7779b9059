package kr.catalog.embeddedpostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The operating-system user the servers run as.
 *
 * <p>Elasticsearch ("can not run elasticsearch as root") and PostgreSQL refuse to run as root, and
 * the build machines (and many small servers running the quick start) run as root. In that case the
 * servers run as an unprivileged system user, created on first use, that owns their directories;
 * commands are wrapped in {@code setpriv}. Otherwise they run as the current user.
 */
public final class ServerUser {

  private static final Logger LOG = Logger.getLogger(ServerUser.class);

  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

  private static final Map<String, ServerUser> BY_NAME = new HashMap<>();

  /** User name, uid and gid when switching away from root; all null otherwise. */
  private final String name;

  private final String uid;
  private final String gid;

  /** setpriv, or null when it is missing (then the servers cannot follow the JVM's death). */
  private final String setpriv;

  private ServerUser(String name, String uid, String gid, String setpriv) {
    this.name = name;
    this.uid = uid;
    this.gid = gid;
    this.setpriv = setpriv;
  }

  /**
   * The user that runs servers for this process: the current user, or when this process runs as
   * root the system user {@code unprivilegedName} (created on first use).
   */
  public static synchronized ServerUser forRoot(String unprivilegedName) {
    return BY_NAME.computeIfAbsent(unprivilegedName, ServerUser::detect);
  }

  public boolean switchesUser() {
    return name != null;
  }

  @Override
  public String toString() {
    return switchesUser()
        ? "user " + name + " (uid " + uid + ")"
        : "user " + System.getProperty("user.name");
  }

  /**
   * The command to run so that the process runs as this user and receives SIGKILL when the thread
   * that started it ends (see {@code Processes}).
   */
  public List<String> command(List<String> command) {
    return wrap(command, true);
  }

  /**
   * The command to run so that the process runs as this user and may outlive this JVM: a server
   * that keeps data for the next start (the quick start's PostgreSQL) is not killed with its
   * client, and the next start finds it running.
   */
  public List<String> commandOutlivingThisJvm(List<String> command) {
    return wrap(command, false);
  }

  private List<String> wrap(List<String> command, boolean dieWithParent) {
    List<String> wrapped = new ArrayList<>();
    if (setpriv != null && (switchesUser() || dieWithParent)) {
      wrapped.add(setpriv);
      if (switchesUser()) {
        wrapped.add("--reuid=" + uid);
        wrapped.add("--regid=" + gid);
        wrapped.add("--init-groups");
      }
      if (dieWithParent) {
        wrapped.add("--pdeathsig");
        wrapped.add("SIGKILL");
      }
    }
    wrapped.addAll(command);
    return wrapped;
  }

  /** Gives {@code directory} and everything below it to this user. */
  public void own(Path directory) {
    if (!switchesUser()) {
      return;
    }
    Processes.Result result =
        Processes.capture(
            List.of("chown", "-R", uid + ":" + gid, directory.toString()), COMMAND_TIMEOUT);
    if (result.exitCode() != 0) {
      throw new IllegalStateException(
          "cannot give " + directory + " to " + this + ": " + result.output().strip());
    }
  }

  /**
   * Fails with a clear message when this user cannot reach {@code path}: a directory on the way
   * lacks the execute bit for others, e.g. a JDK installed under /root.
   */
  public void checkReachable(Path path, String what) {
    if (!switchesUser()) {
      return;
    }
    Path absolute = path.toAbsolutePath().normalize();
    for (Path directory = absolute.getParent();
        directory != null;
        directory = directory.getParent()) {
      try {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
        if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
          throw new IllegalStateException(
              what
                  + " at "
                  + absolute
                  + " is out of reach of "
                  + this
                  + ", which runs the servers because they refuse to run as root: "
                  + directory
                  + " is not searchable by others (chmod o+x it, or use a location that is).");
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the permissions of " + directory, e);
      }
    }
  }

  private static ServerUser detect(String name) {
    String setpriv = findSetpriv();
    if (!runsAsRoot()) {
      return new ServerUser(null, null, null, setpriv);
    }
    if (setpriv == null) {
      throw new IllegalStateException(
          "This process runs as root, and Elasticsearch and PostgreSQL refuse to run as root."
              + " Switching to an unprivileged user needs setpriv (package util-linux), which was"
              + " not found in /usr/bin or /bin.");
    }
    ensureExists(name);
    String uid = id(name, "-u");
    String gid = id(name, "-g");
    LOG.infof("Running as root: servers run as %s (uid %s, gid %s)", name, uid, gid);
    return new ServerUser(name, uid, gid, setpriv);
  }

  public static boolean runsAsRoot() {
    if ("root".equals(System.getProperty("user.name"))) {
      return true;
    }
    try {
      // /proc/self belongs to the effective uid of this process, whatever user.name says.
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  private static void ensureExists(String name) {
    if (Processes.capture(List.of("id", "-u", name), COMMAND_TIMEOUT).exitCode() == 0) {
      return;
    }
    String shell = Files.exists(Path.of("/usr/sbin/nologin")) ? "/usr/sbin/nologin" : "/bin/false";
    String useradd =
        Files.isExecutable(Path.of("/usr/sbin/useradd")) ? "/usr/sbin/useradd" : "useradd";
    // -M: no home directory, -r: system account; the user only owns the servers' directories.
    Processes.Result result =
        Processes.capture(List.of(useradd, "-M", "-r", "-s", shell, name), COMMAND_TIMEOUT);
    // 9 means that another JVM created the user in the meantime.
    if (result.exitCode() != 0 && result.exitCode() != 9) {
      throw new IllegalStateException(
          "cannot create the system user "
              + name
              + " that runs the servers (they refuse to run as root): "
              + result.output().strip());
    }
    LOG.infof("Created system user %s to run the servers (they refuse to run as root)", name);
  }

  private static String id(String name, String option) {
    Processes.Result result = Processes.capture(List.of("id", option, name), COMMAND_TIMEOUT);
    if (result.exitCode() != 0) {
      throw new IllegalStateException(
          "cannot look up user " + name + ": " + result.output().strip());
    }
    return result.output().strip();
  }

  private static String findSetpriv() {
    for (String candidate : List.of("/usr/bin/setpriv", "/bin/setpriv")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    return null;
  }
}
