package dev.conch.net.geo;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@code geo} call while it runs: how many addresses are done of how many, from which source,
 * and what it waits for (ip-api's limit). The calling task is journaled as waiting on it, so {@code
 * /tasks} shows its {@link #toString()} and the status line its counts. Thread-safe: workers count
 * from many threads.
 */
public final class GeoProgress {
  private final int total;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile String source;
  private volatile String waitingFor; // null while not waiting

  GeoProgress(int total, String source) {
    this.total = total;
    this.source = source;
  }

  /** Counts {@code count} more addresses done. */
  public void done(int count) {
    done.addAndGet(count);
  }

  /** Counts one request sent to a service. */
  public void sent() {
    requests.incrementAndGet();
  }

  /** Says what the lookup waits for now ({@code ip-api's batch limit, 12 s}), or null. */
  public void waiting(String what) {
    waitingFor = what;
  }

  /** Names the source once it is chosen. */
  void source(String word) {
    source = word;
  }

  /** How many addresses are done. */
  public int getDone() {
    return done.get();
  }

  /** How many addresses there are. */
  public int getTotal() {
    return total;
  }

  /** How many are not done yet. */
  public int getLeft() {
    return Math.max(0, total - done.get());
  }

  /** How many requests went to the service so far. */
  public int getRequests() {
    return requests.get();
  }

  /** The source: {@code offline}, {@code ip-api}, or {@code auto} before it is chosen. */
  public String getSource() {
    return source;
  }

  /** What it waits for now, or null. */
  public String getWaitingFor() {
    return waitingFor;
  }

  /** {@code geo 2,000 addresses (ip-api): 1,300 done, 700 left, waiting for ip-api's limit}. */
  @Override
  public String toString() {
    String base =
        String.format(
            Locale.ROOT,
            "geo %,d address%s (%s): %,d done, %,d left",
            total,
            total == 1 ? "" : "es",
            source,
            getDone(),
            getLeft());
    String waiting = waitingFor;
    return waiting == null ? base : base + ", waiting for " + waiting;
  }
}
