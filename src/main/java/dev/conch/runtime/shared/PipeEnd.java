package dev.conch.runtime.shared;

import dev.conch.runtime.errors.BrokenPipeError;
import dev.conch.runtime.errors.EOFError;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.OSError;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.wait.GuardedWait;
import java.util.ArrayDeque;

/**
 * One end of a {@link Pipe}: {@link #send(Object)} hands a message to the other end, {@link
 * #recv()} takes the next message sent from the other end, waiting for one (journaled as {@link
 * TaskState#WAITING} on this end), {@link #poll(double)} says whether a message is there to take,
 * and {@link #close()} closes this end: the other end still receives what was sent before, then
 * {@link EOFError}.
 *
 * <p>Thread-safe: its state is the pipe's, guarded by the pipe's lock. Within one process a message
 * is handed over as it is, not copied, as a queue hands its items.
 */
public final class PipeEnd {
  private final Pipe pipe;
  private final int index;
  private final boolean sends;
  private final boolean receives;

  PipeEnd(Pipe pipe, int index, boolean sends, boolean receives) {
    this.pipe = pipe;
    this.index = index;
    this.sends = sends;
    this.receives = receives;
  }

  /**
   * Sends {@code message} to the other end; never waits.
   *
   * @throws MisuseError when this end is closed or only receives, or the other end is closed
   */
  public void send(Object message) {
    pipe.guard.lock();
    try {
      requireOpen();
      if (!sends) {
        throw new OSError(
            "pipe.recvonly", "%s: this end only receives; send from the other", label());
      }
      if (pipe.closed[other()]) {
        throw new BrokenPipeError(
            "pipe.broken", "%s: the other end is closed, so nothing sent can arrive", label());
      }
      pipe.raceClock.release(Task.current());
      pipe.boxes.get(other()).add(message == null ? Pipe.NULL : message);
      pipe.changed.signalAll();
    } finally {
      pipe.guard.unlock();
    }
  }

  /**
   * Takes the next message the other end sent, waiting as long as it takes for one.
   *
   * @throws EOFError when the other end is closed and every message it sent was received
   * @throws MisuseError when this end is closed or only sends
   */
  public Object recv() throws InterruptedException {
    pipe.guard.lock();
    try {
      requireReceiving();
      ArrayDeque<Object> box = pipe.boxes.get(index);
      GuardedWait.await(
          this, pipe.guard, pipe.changed, () -> box.isEmpty() && !pipe.closed[other()], true, -1);
      if (box.isEmpty()) {
        throw new EOFError(label());
      }
      Object message = box.poll();
      pipe.raceClock.acquire(Task.current());
      return message == Pipe.NULL ? null : message;
    } finally {
      pipe.guard.unlock();
    }
  }

  /** Whether a message (or the end of the messages) is there now, so that recv() won't wait. */
  public boolean poll() throws InterruptedException {
    return poll(0);
  }

  /**
   * Waits at most {@code timeoutSeconds} (seconds; a negative number waits not at all, as in
   * Python; infinity, Python's None, as long as it takes) until a message is there to take, or the
   * other end is closed; returns whether {@link #recv()} would return at once.
   *
   * @throws MisuseError when this end is closed or only sends
   */
  public boolean poll(double timeoutSeconds) throws InterruptedException {
    double wait = Double.isInfinite(timeoutSeconds) ? -1 : Math.max(0, timeoutSeconds);
    pipe.guard.lock();
    try {
      requireReceiving();
      ArrayDeque<Object> box = pipe.boxes.get(index);
      boolean block = wait != 0;
      return GuardedWait.await(
          this,
          pipe.guard,
          pipe.changed,
          () -> box.isEmpty() && !pipe.closed[other()],
          block,
          wait);
    } finally {
      pipe.guard.unlock();
    }
  }

  /** Closes this end: the other end receives what is left, then {@link EOFError}. Idempotent. */
  public void close() {
    pipe.guard.lock();
    try {
      pipe.closed[index] = true;
      pipe.boxes.get(index).clear();
      pipe.changed.signalAll();
    } finally {
      pipe.guard.unlock();
    }
  }

  /** Whether this end is closed. */
  public boolean isClosed() {
    pipe.guard.lock();
    try {
      return pipe.closed[index];
    } finally {
      pipe.guard.unlock();
    }
  }

  private void requireReceiving() {
    requireOpen();
    if (!receives) {
      throw new OSError("pipe.sendonly", "%s: this end only sends; receive at the other", label());
    }
  }

  private void requireOpen() {
    if (pipe.closed[index]) {
      throw new OSError("pipe.closed", "%s: this end is closed", label());
    }
  }

  private int other() {
    return 1 - index;
  }

  /** How the pipe is named in messages: {@code pipe p}. */
  public String label() {
    return pipe.label();
  }

  /** {@code pipe p (end 1, 2 messages waiting)}, or {@code pipe p (end 2, closed)}. */
  @Override
  public String toString() {
    pipe.guard.lock();
    try {
      String end = "end " + (index + 1);
      if (pipe.closed[index]) {
        return label() + " (" + end + ", closed)";
      }
      int n = pipe.boxes.get(index).size();
      return label() + " (" + end + ", " + n + (n == 1 ? " message" : " messages") + " waiting)";
    } finally {
      pipe.guard.unlock();
    }
  }
}
