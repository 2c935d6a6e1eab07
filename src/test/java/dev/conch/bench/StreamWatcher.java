package dev.conch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads one output stream of a child process to its end on a named thread of its own, keeps the
 * first {@link #KEPT} bytes, and notes the {@link System#nanoTime()} of the read that first
 * completed a {@link Marker}.
 *
 * <p>Thread model: only the reader thread touches the buffer until it ends; other threads read it
 * through {@link #text()}, which waits for the reader's end (the thread's termination orders the
 * writes before the read). The marker's moment is handed over through a {@link CompletableFuture},
 * completed empty when the stream ends first. The thread is a daemon only as a last resort: the
 * owner of a watcher joins it.
 */
final class StreamWatcher {
  /** The most output kept for searching and for messages; the rest is read and dropped. */
  static final int KEPT = 1 << 16;

  private final InputStream in;
  private final Marker marker; // null: read and keep only
  private final CompletableFuture<OptionalLong> seen = new CompletableFuture<>();
  private final Thread thread;
  private byte[] data = new byte[4096]; // confined to the reader thread until it ends
  private int length; // confined to the reader thread until it ends

  private StreamWatcher(String threadName, InputStream in, Marker marker) {
    this.in = in;
    this.marker = marker;
    this.thread = Thread.ofPlatform().name(threadName).daemon().unstarted(this::readToEnd);
  }

  /** Starts reading {@code in} on a thread named {@code threadName}; {@code marker} may be null. */
  static StreamWatcher start(String threadName, InputStream in, Marker marker) {
    StreamWatcher watcher = new StreamWatcher(threadName, in, marker);
    watcher.thread.start();
    return watcher;
  }

  /**
   * Blocks until the marker appeared (its {@code nanoTime}) or the stream ended without it (empty).
   *
   * @throws TimeoutException if neither happened within {@code timeout}
   */
  OptionalLong awaitMarker(Duration timeout) throws InterruptedException, TimeoutException {
    try {
      return seen.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("never completed exceptionally", e);
    }
  }

  /** Waits up to {@code timeout} for the stream's end; true when the reader thread has ended. */
  boolean join(Duration timeout) throws InterruptedException {
    return thread.join(timeout);
  }

  /** What was read, decoded as UTF-8, once the reader has ended; before that, nothing. */
  String text() {
    if (thread.isAlive()) {
      return "";
    }
    return new String(data, 0, length, StandardCharsets.UTF_8);
  }

  private void readToEnd() {
    byte[] chunk = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(chunk)) != -1) {
        long now = System.nanoTime();
        int before = length;
        keep(chunk, n);
        if (marker != null
            && !seen.isDone()
            && marker.find(data, length, before - marker.reach()) >= 0) {
          seen.complete(OptionalLong.of(now));
        }
      }
    } catch (IOException e) {
      // The stream broke, as when the child was killed: it ended, and what was read stays.
    } finally {
      seen.complete(OptionalLong.empty());
    }
  }

  private void keep(byte[] chunk, int n) {
    int room = Math.min(n, KEPT - length);
    if (room <= 0) {
      return;
    }
    if (length + room > data.length) {
      data = Arrays.copyOf(data, Math.min(KEPT, Math.max(data.length * 2, length + room)));
    }
    System.arraycopy(chunk, 0, data, length, room);
    length += room;
  }
}
