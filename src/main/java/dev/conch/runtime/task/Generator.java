package dev.conch.runtime.task;

import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.StopIteration;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.SynchronousQueue;

/**
 * A generator: a body that hands out values one at a time with {@code yield value}, and runs only
 * while its caller waits in {@link #next()}, from one yield to the next, as Python's generators do.
 * The body runs on a virtual thread of its own acting as the caller's task, so its output and waits
 * are the caller's. Also an {@link Iterator}, so {@code for (x in g)} works.
 *
 * <p>Thread-safe: the caller and the body hand over to each other through two synchronous queues,
 * so only one of them runs at a time; each hand-over happens-before the other side goes on.
 */
public final class Generator implements Iterator<Object> {
  private static final ThreadLocal<Generator> INSIDE = new ThreadLocal<>();
  private static final Object END = new Object();

  private final String name;
  private final Callable<?> body;
  private final SynchronousQueue<Boolean> go = new SynchronousQueue<>();
  private final SynchronousQueue<Object> out = new SynchronousQueue<>();
  private Thread thread; // guarded by this
  private Object buffered; // a value fetched by hasNext(), not yet given; guarded by this
  private boolean hasBuffered; // guarded by this
  private boolean ended; // guarded by this

  private record Failure(Throwable error) {}

  public Generator(String name, Callable<?> body) {
    this.name = name;
    this.body = body;
  }

  /** The generator whose body runs on this thread, or null. */
  public static Generator inside() {
    return INSIDE.get();
  }

  /**
   * Hands {@code value} to the caller of {@link #next()} and waits until the next one is wanted.
   */
  public void emit(Object value) throws InterruptedException {
    out.put(value == null ? NULL : value);
    go.take();
  }

  private static final Object NULL = new Object();

  /** Whether another value comes: runs the body up to its next yield, if it has not ended. */
  @Override
  public synchronized boolean hasNext() {
    if (!hasBuffered && !ended) {
      Object v = advance();
      if (v != END) {
        buffered = v;
        hasBuffered = true;
      }
    }
    return hasBuffered;
  }

  /**
   * The next value: runs the body until it yields one.
   *
   * @throws MisuseError when the body has ended (Python's {@code StopIteration})
   */
  @Override
  public synchronized Object next() {
    if (!hasNext()) {
      throw new StopIteration(
          "generator.ended", "generator %s has no more values: its body has ended", name);
    }
    hasBuffered = false;
    Object v = buffered;
    buffered = null;
    return v;
  }

  private Object advance() {
    try {
      if (thread == null) {
        Task caller = Task.current();
        thread = Thread.ofVirtual().name("generator-" + name).start(() -> runBody(caller));
      }
      go.put(Boolean.TRUE);
      Object v = out.take();
      if (v == END || v instanceof Failure) {
        ended = true;
      }
      if (v instanceof Failure f) {
        throw f.error instanceof RuntimeException r ? r : new IllegalStateException(f.error);
      }
      return v == NULL ? null : v;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      thread.interrupt();
      ended = true;
      throw new IllegalStateException("generator " + name + ": interrupted", e);
    }
  }

  private void runBody(Task caller) {
    INSIDE.set(this);
    Object last = END;
    try {
      go.take();
      if (caller == null) {
        body.call();
      } else {
        Task.actingAs(caller, body);
      }
    } catch (InterruptedException e) {
      return; // the caller went away
    } catch (Throwable t) {
      last = new Failure(t);
    }
    try {
      out.put(last);
    } catch (InterruptedException e) {
      // the caller went away
    }
  }

  @Override
  public String toString() {
    return "generator " + name;
  }
}
