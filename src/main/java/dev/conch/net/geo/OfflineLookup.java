package dev.conch.net.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Looks a list up in one {@link GeoDatabase}: on the calling thread for short lists, else in one
 * slice per core on virtual threads named {@code geo-offline-N}, all reading the one shared reader.
 * Its threads are owned by the call, check for an interrupt every {@value #CHECK_EVERY} lookups,
 * and are stopped and joined before {@link #run} returns. Stateless and thread-safe.
 */
final class OfflineLookup {
  /** From this many addresses on, the slices run on several threads. */
  static final int PARALLEL_FROM = 20_000;

  /** How many lookups run between two looks at the interrupt flag. */
  static final int CHECK_EVERY = 1024;

  private OfflineLookup() {}

  /**
   * Fills {@code rows[i]} with where {@code ips[i]} is, counting on {@code progress}; interrupted,
   * stops within a few thousand lookups and leaves the rest null.
   */
  static void run(GeoDatabase db, List<String> ips, GeoRow[] rows, GeoProgress progress)
      throws InterruptedException {
    int slices = ips.size() < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
    if (slices <= 1) {
      slice(db, ips, rows, progress, 0, ips.size());
      return;
    }
    try (ExecutorService threads =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("geo-offline-", 0).factory())) {
      List<Future<?>> parts = new ArrayList<>();
      int size = ips.size();
      for (int s = 0; s < slices; s++) {
        int from = (int) ((long) size * s / slices);
        int to = (int) ((long) size * (s + 1) / slices);
        parts.add(threads.submit(() -> slice(db, ips, rows, progress, from, to)));
      }
      try {
        for (Future<?> part : parts) {
          part.get();
        }
      } catch (InterruptedException e) {
        threads.shutdownNow();
        throw e;
      } catch (ExecutionException e) {
        threads.shutdownNow();
        throw rethrown(e.getCause());
      }
    }
  }

  /** Looks up {@code ips[from..to)}; returns early, interrupt set, when interrupted. */
  private static Void slice(
      GeoDatabase db, List<String> ips, GeoRow[] rows, GeoProgress progress, int from, int to)
      throws InterruptedException {
    int counted = from;
    for (int i = from; i < to; i++) {
      if ((i - from) % CHECK_EVERY == CHECK_EVERY - 1) {
        progress.done(i - counted);
        counted = i;
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
      }
      rows[i] = db.lookup(ips.get(i));
    }
    progress.done(to - counted);
    return null;
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
