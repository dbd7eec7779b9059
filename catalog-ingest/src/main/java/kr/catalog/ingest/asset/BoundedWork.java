package kr.catalog.ingest.asset;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import kr.catalog.ingest.asset.AssetRejectedException.Reason;
import org.jboss.logging.MDC;

/**
 * Runs one file's work on a worker thread under a wall-clock limit, and makes a timed-out worker
 * actually stop rather than only stop being waited for.
 *
 * <p>How a timed-out task is stopped, in three layers, because parsers react to different signals:
 * (1) the task's {@link Cancel} flag is raised; our own code (the byte-copy loop, the SAX handler
 * that receives every character Tika extracts, the per-page loops) checks it and throws, which
 * stops a parser that is busy producing text; (2) the worker thread is interrupted, which ends
 * sleeps, waits and interruptible I/O; (3) a stream being spooled to disk is copied in a loop that
 * checks the flag at every buffer, so a slow or endless input stops at its next read. A parser
 * spinning in a pure CPU loop that neither reads nor emits text cannot be stopped inside the JVM:
 * its thread is a daemon and is abandoned (it holds no lock of ours and its result is discarded).
 * Full isolation would need a separate process (Tika's {@code tika-pipes}/ForkParser); not needed
 * for the catalog's own and suppliers' PDFs so far.
 */
public final class BoundedWork {
  /**
   * MDC key naming the file a worker is on, for log lines of the libraries working on it; a caller
   * that sets it names the file for its workers.
   */
  public static final String FILE_MDC_KEY = "file";

  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
  private static final AtomicInteger RUNNING = new AtomicInteger();

  /**
   * A cached pool of daemon threads: threads idle for 60 s go away, an abandoned worker never keeps
   * the JVM alive, and concurrency is bounded by the callers (the pipeline's own pool).
   */
  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          new ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
              Thread thread = new Thread(r, "asset-worker-" + THREAD_NUMBER.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            }
          });

  private BoundedWork() {}

  /** The cancellation flag of one task; checked by the task's own loops and callbacks. */
  static final class Cancel {
    private volatile boolean cancelled;

    void cancel() {
      cancelled = true;
    }

    boolean isCancelled() {
      return cancelled || Thread.currentThread().isInterrupted();
    }

    /** Throws when the task was cancelled, to unwind whatever parser is calling back. */
    void check() {
      if (isCancelled()) {
        throw new CancellationException("stopped: time limit reached");
      }
    }
  }

  /** Work on one file, told of its cancellation through {@link Cancel}. */
  @FunctionalInterface
  interface Task<T> {
    T run(Cancel cancel) throws Exception;
  }

  /** Number of worker tasks still running, abandoned ones included (for tests and metrics). */
  static int running() {
    return RUNNING.get();
  }

  /**
   * Runs {@code task} on a worker and waits at most {@code timeout}.
   *
   * @throws AssetRejectedException the task's own rejection, {@code TIMEOUT} when the limit passed,
   *     {@code TOO_LARGE} when the worker ran out of memory, {@code CORRUPT} for any other failure
   *     (parsers signal malformed input with all sorts of runtime exceptions)
   */
  static <T> T call(String source, Duration timeout, Task<T> task) throws AssetRejectedException {
    Cancel cancel = new Cancel();
    // The caller may name the file as its feed wrote it; else the path the work is given.
    Object callerFile = MDC.get(FILE_MDC_KEY);
    Object file = callerFile != null ? callerFile : source;
    Future<T> future =
        POOL.submit(
            () -> {
              RUNNING.incrementAndGet();
              // PDFBox and Tika log their warnings ("Could not read embedded font") without
              // saying which file: the worker's MDC carries it, the ingest log prints it.
              Object previous = MDC.put(FILE_MDC_KEY, file);
              try {
                return task.run(cancel);
              } finally {
                if (previous == null) {
                  MDC.remove(FILE_MDC_KEY);
                } else {
                  MDC.put(FILE_MDC_KEY, previous);
                }
                RUNNING.decrementAndGet();
              }
            });
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      cancel.cancel();
      future.cancel(true);
      throw new AssetRejectedException(
          Reason.TIMEOUT, source, "not done within " + timeout + "; stopped", null);
    } catch (InterruptedException e) {
      cancel.cancel();
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new AssetRejectedException(
          Reason.TIMEOUT, source, "the caller was interrupted while waiting; stopped", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof AssetRejectedException rejected) {
        throw rejected;
      }
      if (cause instanceof OutOfMemoryError) {
        throw new AssetRejectedException(
            Reason.TOO_LARGE, source, "needs more memory than is available", cause);
      }
      throw new AssetRejectedException(Reason.CORRUPT, source, describe(cause), cause);
    }
  }

  static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
