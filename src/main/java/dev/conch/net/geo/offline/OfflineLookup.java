package dev.conch.net.geo.offline;

import dev.conch.net.geo.GeoProgress;
import dev.conch.net.geo.GeoRow;
import dev.conch.net.geo.GeoWorkers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks a list up in one {@link GeoDatabase}: on the calling thread for short lists, else in one
 * slice per core on virtual threads named {@code geo-offline-N}, all reading the one shared reader.
 * Its threads are owned by the call, check for an interrupt every {@value #CHECK_EVERY} lookups,
 * and are stopped and joined before {@link #run} returns. Stateless and thread-safe.
 */
public final class OfflineLookup {
  /** From this many addresses on, the slices run on several threads. */
  public static final int PARALLEL_FROM = 20_000;

  /** How many lookups run between two looks at the interrupt flag. */
  public static final int CHECK_EVERY = 1024;

  private OfflineLookup() {}

  /**
   * Fills {@code rows[i]} with where {@code ips[i]} is, counting on {@code progress}; interrupted,
   * stops within a few thousand lookups and leaves the rest null.
   */
  public static void run(GeoDatabase db, List<String> ips, GeoRow[] rows, GeoProgress progress)
      throws InterruptedException {
    int slices = ips.size() < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
    if (slices <= 1) {
      slice(db, ips, rows, progress, 0, ips.size());
      return;
    }
    List<GeoWorkers.Part> parts = new ArrayList<>();
    int size = ips.size();
    for (int s = 0; s < slices; s++) {
      int from = (int) ((long) size * s / slices);
      int to = (int) ((long) size * (s + 1) / slices);
      parts.add(() -> slice(db, ips, rows, progress, from, to));
    }
    try {
      GeoWorkers.runAll("geo-offline-", parts);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a slice reads a mapped file and throws GeoError instead
    }
  }

  /** Looks up {@code ips[from..to)}; returns early, interrupt set, when interrupted. */
  private static void slice(
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
  }
}
