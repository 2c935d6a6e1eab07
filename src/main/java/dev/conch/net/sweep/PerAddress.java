package dev.conch.net.sweep;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A prober that gives each address a virtual thread of its own, started one {@code interval} after
 * the other, with at most {@code workers} of them alive at once: the shape of a thread-per-request
 * scan. Its threads are named {@code sweep-<probe>-N}, owned by the sweep, and stopped and joined
 * before {@link #probe} returns, interrupted or not. Thread-safe.
 */
abstract class PerAddress implements Prober {
  private final String threadPrefix;
  private final int defaultWorkers;

  PerAddress(String threadPrefix, int defaultWorkers) {
    this.threadPrefix = threadPrefix;
    this.defaultWorkers = defaultWorkers;
  }

  /**
   * Probes address {@code index} of {@code progress} and records its result there; leaves it
   * unrecorded when interrupted. Runs on a virtual thread of its own.
   */
  abstract void one(
      SweepProgress progress, int index, SweepOptions options, ExecutorService threads)
      throws InterruptedException;

  @Override
  public final void probe(SweepProgress progress, SweepOptions options)
      throws InterruptedException {
    int workers = options.workersOr(defaultWorkers);
    Semaphore slots = new Semaphore(workers);
    try (ExecutorService threads =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(threadPrefix, 0).factory())) {
      try {
        long next = System.nanoTime();
        for (int i = 0; i < progress.addresses().size(); i++) {
          slots.acquire();
          next = paced(next, options.intervalNanos());
          int index = i;
          threads.execute(() -> run(progress, index, options, threads, slots));
        }
        slots.acquire(workers); // every address done
      } catch (InterruptedException e) {
        threads.shutdownNow();
        throw e;
      }
    }
  }

  private void run(
      SweepProgress progress,
      int index,
      SweepOptions options,
      ExecutorService threads,
      Semaphore slots) {
    try {
      one(progress, index, options, threads);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the sweep is being stopped: leave this one unfinished
    } finally {
      slots.release();
    }
  }

  /** Waits until {@code next} (System.nanoTime) and returns when the send after it is due. */
  private static long paced(long next, long interval) throws InterruptedException {
    long wait = next - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    } else if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    return Math.max(next, System.nanoTime() - interval) + interval;
  }
}
