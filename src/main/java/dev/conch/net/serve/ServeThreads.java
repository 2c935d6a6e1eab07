package dev.conch.net.serve;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one {@link FileServer}, all daemon platform threads that it owns: Jetty's pool,
 * named {@code serve-<port>-1}, {@code serve-<port>-2}, … (the selector, which also accepts
 * connections, and the threads that read files and write answers), and one timer, {@code
 * serve-<port>-timer} (Jetty's scheduler: idle timeouts, the slow link's delays and paced writes).
 * Jetty renames none of them. It remembers those alive so that stopping can join them. Thread-safe.
 */
final class ServeThreads implements ThreadFactory {
  private final String prefix;
  private final AtomicInteger count = new AtomicInteger();
  private final Set<Thread> made = ConcurrentHashMap.newKeySet();

  /** Threads named {@code serve-<port>-…}. */
  ServeThreads(int port) {
    this.prefix = "serve-" + port + "-";
  }

  /** A pool thread, {@code serve-<port>-N}. */
  @Override
  public Thread newThread(Runnable work) {
    return remember(
        Thread.ofPlatform().name(prefix + count.incrementAndGet()).daemon(true).unstarted(work));
  }

  /** The one-thread timer, {@code serve-<port>-timer}; its owner shuts it down. */
  ScheduledExecutorService timer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            work ->
                remember(Thread.ofPlatform().name(prefix + "timer").daemon(true).unstarted(work)));
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  private Thread remember(Thread thread) {
    made.removeIf(t -> t.getState() == Thread.State.TERMINATED);
    made.add(thread);
    return thread;
  }

  /**
   * Waits for every thread it made to end, at most {@code timeout} in all.
   *
   * @return the names of those still alive, empty when all ended
   */
  Set<String> join(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Thread thread : made) {
      long left = deadline - System.nanoTime();
      if (left > 0) {
        thread.join(Duration.ofNanos(left));
      }
    }
    Set<String> alive = ConcurrentHashMap.newKeySet();
    for (Thread thread : made) {
      if (thread.isAlive()) {
        alive.add(thread.getName());
      }
    }
    return alive;
  }
}
