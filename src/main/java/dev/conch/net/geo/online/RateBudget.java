package dev.conch.net.geo.online;

import dev.conch.net.geo.GeoError;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A client-side limiter for one of ip-api's budgets, learnt from its answers: {@code X-Rl}
 * (requests left in the window) and {@code X-Ttl} (seconds until it resets). The first request of a
 * window goes alone, to learn how many are left; then up to that many go, and the rest wait for the
 * reset instead of being refused. A refusal (HTTP 429) empties the budget until its {@code X-Ttl},
 * or backs off 1, 2, 4 … s when it gives none. An endpoint that sends no headers is held to the
 * published limit per minute.
 *
 * <p>Thread-safe: every field is guarded by {@code lock}; waits are interruptible and bounded.
 */
public final class RateBudget {
  /**
   * Added to each {@code X-Ttl}: it counts whole seconds, rounded whichever way the server rounds,
   * so the reset may come up to a second after it says.
   */
  static final Duration SLACK = Duration.ofSeconds(1);

  /** The longest one wait may be asked to last by a header. */
  static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

  /** The longest {@link #acquire} waits in all before giving up. */
  static final Duration GIVE_UP = Duration.ofMinutes(10);

  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

  private final String name;
  private final int published;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private boolean known; // guarded by lock: left and resetAt hold for the current window
  private int left; // guarded by lock
  private long resetAt; // guarded by lock: System.nanoTime() when the window ends
  private int inFlight; // guarded by lock
  private int refusals; // guarded by lock: 429s in a row

  /**
   * A budget named {@code name} ({@code batch}, {@code single}) of {@code published} requests a
   * minute, the limit the service documents.
   */
  RateBudget(String name, int published) {
    this.name = name;
    this.published = published;
  }

  /**
   * Waits until a request may go, telling {@code waiting} what it waits for (null when done).
   *
   * @throws GeoError {@code geo.ipapi.limit} when no request was allowed for {@link #GIVE_UP}
   */
  void acquire(Consumer<String> waiting) throws InterruptedException {
    long giveUp = System.nanoTime() + GIVE_UP.toNanos();
    lock.lockInterruptibly();
    try {
      while (!mayGo()) {
        long now = System.nanoTime();
        if (now - giveUp >= 0) {
          throw new GeoError(
              "geo.ipapi.limit",
              "geo: ip-api allowed no %s request for %d s",
              name,
              GIVE_UP.toSeconds());
        }
        long until = known ? resetAt : giveUp;
        long wait = Math.min(until - now, giveUp - now);
        waiting.accept(waitWords(known ? wait : -1));
        changed.awaitNanos(Math.max(wait, 1));
      }
      waiting.accept(null);
    } finally {
      lock.unlock();
    }
  }

  /** Takes a place when one is free. Called with the lock held. */
  private boolean mayGo() {
    long now = System.nanoTime();
    if (known && now - resetAt >= 0) {
      known = false; // the window is over: learn the next one afresh
    }
    if (known && left > 0) {
      left--;
      inFlight++;
      return true;
    }
    if (!known && inFlight == 0) {
      inFlight++; // the first request of a window goes alone
      return true;
    }
    return false;
  }

  /** Records an answer that was not a refusal, with its headers (null when absent). */
  void answered(Integer requestsLeft, Integer secondsToReset) {
    lock.lock();
    try {
      inFlight--;
      refusals = 0;
      long now = System.nanoTime();
      if (requestsLeft == null || secondsToReset == null) {
        if (!known) {
          learn(published - 1, now + WINDOW.toNanos());
        }
      } else {
        long reset = now + capped(Duration.ofSeconds(secondsToReset)) + SLACK.toNanos();
        if (!known) {
          learn(requestsLeft, reset); // the window's end, learnt once per window
        } else {
          left = Math.min(left, requestsLeft);
        }
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Records a refusal (HTTP 429) with its {@code X-Ttl}, null when absent. */
  void refused(Integer secondsToReset) {
    lock.lock();
    try {
      inFlight--;
      refusals++;
      long now = System.nanoTime();
      long pause =
          secondsToReset != null
              ? capped(Duration.ofSeconds(secondsToReset)) + SLACK.toNanos()
              : capped(FIRST_BACKOFF.multipliedBy(1L << Math.min(refusals - 1, 6)));
      learn(0, known ? Math.max(resetAt, now + pause) : now + pause);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Records a request that got no answer at all. */
  void lost() {
    lock.lock();
    try {
      inFlight--;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void learn(int requestsLeft, long reset) {
    known = true;
    left = Math.max(0, requestsLeft);
    resetAt = reset;
  }

  private static long capped(Duration wait) {
    return Math.max(0, Math.min(wait.toNanos(), LONGEST_WAIT.toNanos()));
  }

  private String waitWords(long nanos) {
    if (nanos < 0) {
      return "ip-api's first answer"; // which tells how many more requests may go
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L);
    return "ip-api's " + name + " limit, " + seconds + " s";
  }

  @Override
  public String toString() {
    lock.lock();
    try {
      return known
          ? "ip-api " + name + " budget: " + left + " left, " + inFlight + " in flight"
          : "ip-api " + name + " budget: unknown, " + inFlight + " in flight";
    } finally {
      lock.unlock();
    }
  }
}
