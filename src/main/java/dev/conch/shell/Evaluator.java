package dev.conch.shell;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.ScriptHost;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.wait.Interrupts;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs each line on the session's evaluating thread, "main", while the REPL thread waits, so that
 * Ctrl-C can always give the prompt back: {@link #interrupt()} interrupts the line (typed code is
 * compiled with interrupt checks) and, should it not stop within a second, the REPL stops waiting
 * for it and later lines get a new evaluating thread. Lines run on one thread otherwise, so a lock
 * taken by one line is still held by "main" on the next, as in Python's REPL.
 *
 * <p>Thread-safe: {@link #interrupt()} is called from the terminal's signal thread; the rest is
 * called from the REPL thread.
 */
public final class Evaluator {
  private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(900);
  private static final Runnable STOP = Worker::stop;

  private final ConchRuntime runtime;
  private Worker worker; // confined to the REPL thread
  private volatile Thread running;
  private volatile long interruptedAt;

  Evaluator(ConchRuntime runtime) {
    this.runtime = runtime;
  }

  /** The evaluating thread and the lines waiting for it. */
  private record Worker(Thread thread, BlockingQueue<Runnable> lines) {
    /** Marks the end of the lines: the thread ends once it has finished the one it runs. */
    static void stop() {}
  }

  /**
   * Evaluates {@code code} and returns its outcome, or null when it was interrupted and did not
   * stop in time (it then goes on in the background).
   */
  Outcome evaluate(ScriptHost host, String code, String label, boolean wholeScript) {
    return perform(() -> host.evaluate(code, label, wholeScript));
  }

  /**
   * Does {@code work} on the evaluating thread as a line is evaluated, so that Ctrl-C interrupts it
   * (a demo waiting for its tasks, a replay pausing); returns what it gave, or null when it was
   * interrupted and did not stop in time.
   */
  public <T> T perform(Supplier<T> work) {
    Worker current = worker();
    CompletableFuture<T> outcome = new CompletableFuture<>();
    interruptedAt = 0;
    running = current.thread();
    current.lines().add(() -> deliver(work, outcome));
    try {
      while (true) {
        try {
          return outcome.get(50, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
          long since = interruptedAt;
          if (since != 0 && System.nanoTime() - since > GRACE_NANOS) {
            worker = null;
            current.lines().add(STOP);
            return null;
          }
        } catch (OutOfMemoryError full) {
          // the line filled the heap and will fail with a MemoryError: wait for it to say so
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Interrupts.interrupt(current.thread());
      return null;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error; // out of memory: the REPL says so and goes on
      }
      throw new IllegalStateException("evaluation failed outside the session", e.getCause());
    } finally {
      running = null;
    }
  }

  /** Does {@code work} and hands what it gave, or what it threw, to the waiting REPL thread. */
  private static <T> void deliver(Supplier<T> work, CompletableFuture<T> outcome) {
    try {
      outcome.complete(work.get());
    } catch (RuntimeException | Error e) {
      outcome.completeExceptionally(e);
    }
  }

  private Worker worker() {
    if (worker == null) {
      BlockingQueue<Runnable> lines = new LinkedBlockingQueue<>();
      Thread thread = runtime.tasks().serviceThread("main", () -> serve(lines));
      worker = new Worker(thread, lines);
      thread.start();
    }
    return worker;
  }

  /** The evaluating thread's loop: one line after another until told to stop. */
  private static void serve(BlockingQueue<Runnable> lines) {
    while (true) {
      Runnable line;
      try {
        line = lines.take();
      } catch (InterruptedException idle) {
        continue; // a Ctrl-C that came after its line had ended: nothing to stop
      }
      if (line == STOP) {
        return;
      }
      line.run();
      Thread.interrupted(); // an interrupt meant for this line must not reach the next one
    }
  }

  /** Interrupts the line being evaluated, if any. */
  public void interrupt() {
    Thread thread = running;
    if (thread != null) {
      interruptedAt = System.nanoTime();
      Interrupts.interrupt(thread);
    }
  }

  /** Lets the evaluating thread end once its line, if any, is over. */
  public void close() {
    if (worker != null) {
      worker.lines().add(STOP);
      worker = null;
    }
  }

  /** Whether a line is being evaluated now. */
  boolean busy() {
    return running != null;
  }
}
