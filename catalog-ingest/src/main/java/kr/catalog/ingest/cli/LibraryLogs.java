package kr.catalog.ingest.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.jboss.logging.MDC;

/**
 * Sends the warnings of the libraries that read suppliers' files (PDFBox, FontBox, Tika, POI) to
 * the run's log file instead of the console, each line naming the file being read.
 *
 * <p>A run over real datasheets printed 160+ lines like "Using fallback font for CID-keyed font"
 * among the progress bars, none saying which file: the asset worker puts the file in the MDC
 * ({@code file}) and this log prints it. The run's own messages stay on the console.
 */
public final class LibraryLogs {
  /** Loggers of the file-reading libraries. */
  static final List<String> LIBRARIES =
      List.of("org.apache.pdfbox", "org.apache.fontbox", "org.apache.tika", "org.apache.poi");

  /** The run's log file name inside the output directory. */
  public static final String FILE_NAME = "ingest.log";

  // Kept strongly: JUL holds loggers weakly, and a collected logger loses its configuration.
  private static final List<Logger> CONFIGURED = new java.util.ArrayList<>();

  private LibraryLogs() {}

  /** Routes the libraries' log records to {@code logFile} (appended, UTF-8). */
  public static synchronized void routeTo(Path logFile) throws IOException {
    Files.createDirectories(logFile.toAbsolutePath().getParent());
    OutputStream out =
        Files.newOutputStream(logFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    Handler handler = new StreamHandler(out, new WithFile());
    try {
      handler.setEncoding("UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("every JDK has UTF-8", e);
    }
    handler.setLevel(Level.ALL);
    Runtime.getRuntime().addShutdownHook(new Thread(handler::close, "ingest-log-close"));
    for (Logger logger : CONFIGURED) {
      for (Handler h : logger.getHandlers()) {
        logger.removeHandler(h);
        h.close();
      }
    }
    CONFIGURED.clear();
    for (String name : LIBRARIES) {
      Logger logger = Logger.getLogger(name);
      logger.setUseParentHandlers(false);
      logger.addHandler(new FlushingHandler(handler));
      CONFIGURED.add(logger);
    }
  }

  /** Flushes after each record so the log is complete even when the run is killed. */
  private static final class FlushingHandler extends Handler {
    private final Handler target;

    FlushingHandler(Handler target) {
      this.target = target;
    }

    @Override
    public void publish(LogRecord logRecord) {
      target.publish(logRecord);
      target.flush();
    }

    @Override
    public void flush() {
      target.flush();
    }

    @Override
    public void close() {
      target.close();
    }
  }

  /** {@code time LEVEL [logger] file: message}. */
  static final class WithFile extends Formatter {
    @Override
    public String format(LogRecord r) {
      Object file = MDC.get("file");
      String message = formatMessage(r);
      StringBuilder line =
          new StringBuilder()
              .append(Instant.ofEpochMilli(r.getMillis()))
              .append(' ')
              .append(r.getLevel().getName())
              .append(" [")
              .append(r.getLoggerName())
              .append("] ")
              .append(file == null ? "(no file)" : file)
              .append(": ")
              .append(message)
              .append(System.lineSeparator());
      if (r.getThrown() != null) {
        line.append("  ").append(r.getThrown()).append(System.lineSeparator());
      }
      return line.toString();
    }
  }
}
