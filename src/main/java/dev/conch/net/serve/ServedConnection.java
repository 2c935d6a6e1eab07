package dev.conch.net.serve;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client connection as a {@link FileServer} sees it: its number in the log, how many requests
 * came on it, and its byte budget when the link is slow. The budget is a token bucket with no
 * burst: a chunk may go out once the time it costs at the rate has passed since the previous chunk
 * went (or since now, when the connection was idle), so {@code n} bytes never take less than {@code
 * n / rate} seconds, whatever the chunk sizes. Each connection has its own budget, as a link
 * throttled per connection would. Thread-safe.
 */
final class ServedConnection {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final int number;
  private final long bytesPerSecond;
  private final AtomicInteger requests = new AtomicInteger();
  private boolean sent; // guarded by this
  private long nextFreeNanos; // guarded by this

  /**
   * @param number its number in the log, from 1
   * @param bytesPerSecond its rate, 0 for no limit
   */
  ServedConnection(int number, long bytesPerSecond) {
    this.number = number;
    this.bytesPerSecond = bytesPerSecond;
  }

  /** Its number in the log, from 1. */
  int number() {
    return number;
  }

  /** Counts one more request on it; true when it is the first, the one that opened it. */
  boolean firstRequest() {
    return requests.getAndIncrement() == 0;
  }

  /**
   * Reserves the time to send {@code bytes} at {@code nowNanos} ({@link System#nanoTime()}) and
   * says how long to wait before sending them: 0 when there is no limit, otherwise until their cost
   * at the rate has passed since the last reserved chunk's end (or since now, if later).
   */
  synchronized long reserve(int bytes, long nowNanos) {
    if (bytesPerSecond == 0) {
      return 0;
    }
    long start = sent && nextFreeNanos - nowNanos > 0 ? nextFreeNanos : nowNanos;
    nextFreeNanos = start + bytes * NANOS_PER_SECOND / bytesPerSecond;
    sent = true;
    return nextFreeNanos - nowNanos;
  }
}
