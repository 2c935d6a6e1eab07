package dev.conch.shell;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.ScriptHost;
import dev.conch.runtime.Runtime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs each line on its own service thread while the REPL thread waits, so that Ctrl-C can always
 * give the prompt back: {@link #interrupt()} interrupts the line (typed code is compiled with
 * interrupt checks) and, should it not stop within a second, the REPL stops waiting for it.
 *
 * <p>Thread-safe: {@link #interrupt()} is called from the terminal's signal thread.
 */
final class Evaluator {
  private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(900);

  private final Runtime runtime;
  private volatile Thread running;
  private volatile long interruptedAt;

  Evaluator(Runtime runtime) {
    this.runtime = runtime;
  }

  /**
   * Evaluates {@code code} and returns its outcome, or null when it was interrupted and did not
   * stop in time (it then goes on in the background).
   */
  Outcome evaluate(ScriptHost host, String code, String label, boolean wholeScript) {
    AtomicReference<Outcome> outcome = new AtomicReference<>();
    Thread thread =
        runtime
            .tasks()
            .serviceThread("main", () -> outcome.set(host.evaluate(code, label, wholeScript)));
    interruptedAt = 0;
    running = thread;
    thread.start();
    try {
      while (thread.isAlive()) {
        thread.join(50);
        long since = interruptedAt;
        if (since != 0 && System.nanoTime() - since > GRACE_NANOS && thread.isAlive()) {
          return null;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      thread.interrupt();
      return null;
    } finally {
      running = null;
    }
    return outcome.get();
  }

  /** Interrupts the line being evaluated, if any. */
  void interrupt() {
    Thread thread = running;
    if (thread != null) {
      interruptedAt = System.nanoTime();
      thread.interrupt();
    }
  }

  /** Whether a line is being evaluated now. */
  boolean busy() {
    return running != null;
  }
}
