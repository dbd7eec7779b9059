package kr.catalog.ingest.pipeline;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Independent pieces of file work (derive a picture, draw a file) spread over a few threads, with
 * the results in the order of the inputs: the output of a step must not depend on how many threads
 * ran it. The first failure cancels what has not started and is thrown as it was (an {@link
 * IOException} as such, unchecked exceptions and errors unchanged).
 */
public final class ParallelWork {
  private ParallelWork() {}

  /** One piece of work on one item. */
  @FunctionalInterface
  public interface Work<T, R> {
    R apply(T item) throws IOException;
  }

  /**
   * {@code work} applied to every item on {@code threads} daemon threads named {@code name-N}.
   *
   * @return the results, in the order of {@code items}
   * @throws IOException the first failure's, or {@link InterruptedIOException} when interrupted
   */
  public static <T, R> List<R> map(String name, List<T> items, int threads, Work<T, R> work)
      throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    List<Future<R>> futures = new ArrayList<>(items.size());
    try (ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads(name))) {
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> future : futures) {
        try {
          out.add(future.get());
        } catch (ExecutionException e) {
          futures.forEach(other -> other.cancel(true));
          throw rethrown(e.getCause());
        } catch (InterruptedException e) {
          futures.forEach(other -> other.cancel(true));
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while running " + name);
        }
      }
      return out;
    }
  }

  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger n = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
