package dev.conch.runtime.scale;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * The loop behind {@code scale}: calls the same work with each number of workers, times every call
 * with the clock it is given, and keeps the fastest call of each size. Warm-up calls with one
 * worker come first and are not timed (the JIT compiles the work during them, which would otherwise
 * make one worker look slow). With several repeats the sizes run in rounds ({@code 1, 2, 4, 1, 2,
 * 4}), so a slow stretch of the machine spreads over every size instead of hitting one.
 *
 * <p>Stateless and thread-safe; the work runs on the calling thread, one call at a time, and
 * whatever workers it starts are its own.
 */
public final class Scaling {
  /** The work to time, given how many workers to use. */
  @FunctionalInterface
  public interface Work {
    void call(int workers) throws Exception;
  }

  private Scaling() {}

  /**
   * Times {@code work} with each of {@code sizes} workers, {@code repeats} times each, after {@code
   * warmups} untimed calls with one worker.
   *
   * @param sizes how many workers to try, 1 first
   * @param clock a time source in nanoseconds ({@code runtime.clock()::now})
   * @throws InterruptedException when the calling task is interrupted between two calls
   * @throws Exception whatever the work throws, as it threw it
   */
  public static ScaleResult measure(
      List<Integer> sizes, int repeats, int warmups, LongSupplier clock, Work work)
      throws Exception {
    if (sizes.isEmpty() || sizes.get(0) != 1 || repeats < 1 || warmups < 0) {
      throw new IllegalArgumentException(
          "scale: sizes " + sizes + " must start with 1, repeats " + repeats + " be 1 or more");
    }
    for (int i = 0; i < warmups; i++) {
      call(work, 1);
    }
    long[][] nanos = new long[sizes.size()][repeats];
    for (int round = 0; round < repeats; round++) {
      for (int i = 0; i < sizes.size(); i++) {
        long start = clock.getAsLong();
        call(work, sizes.get(i));
        nanos[i][round] = clock.getAsLong() - start;
      }
    }
    int[] workers = sizes.stream().mapToInt(Integer::intValue).toArray();
    return ScaleResult.of(workers, nanos, warmups);
  }

  private static void call(Work work, int workers) throws Exception {
    if (Thread.interrupted()) {
      throw new InterruptedException("scale: interrupted");
    }
    work.call(workers);
  }
}
