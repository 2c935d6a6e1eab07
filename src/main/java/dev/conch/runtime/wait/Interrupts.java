package dev.conch.runtime.wait;

/**
 * Interrupts on behalf of the runtime, and tells learners' compiled loops whether any interrupt was
 * ever sent. Each loop iteration of typed code checks for Ctrl-C; reading one static flag first
 * keeps that check nearly free until the first interrupt, after which loops also ask their thread.
 * Thread-safe: the flag is volatile and only ever goes from false to true.
 */
public final class Interrupts {
  private static volatile boolean raised;

  private Interrupts() {}

  /** Whether any thread was interrupted through {@link #interrupt(Thread)} in this JVM. */
  public static boolean raised() {
    return raised;
  }

  /** Interrupts {@code thread}, having first raised the flag that compiled loops read. */
  public static void interrupt(Thread thread) {
    raised = true;
    thread.interrupt();
  }
}
