package dev.conch.dsl;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.Slots;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;

/**
 * Says once per session that {@code sleep} takes milliseconds, the first time a task sleeps for
 * more than 0 and less than 5 ms: Python's {@code time.sleep(1)} typed as {@code sleep(1)} is over
 * before anyone sees it. {@code sleep 0}, which only hands the turn on, says nothing; nor does a
 * child process, whose runtime has no session. Thread-safe.
 */
final class ShortSleeps {
  /** The shortest sleep a learner is taken to mean in milliseconds. */
  private static final double MEANT_AT_LEAST_MS = 5;

  /** Set in a session's runtime once it was told. */
  private static final Slots.Key<Boolean> TOLD =
      new Slots.Key<>("told of short sleeps", Boolean.class);

  /** The session told last: most JVMs have one, and its sleeps then skip the locks above. */
  private static volatile WeakReference<ConchRuntime> lastTold = new WeakReference<>(null);

  private ShortSleeps() {}

  /** Notes a sleep of {@code ms} milliseconds by the calling task of {@code runtime}. */
  static void check(ConchRuntime runtime, Number ms) {
    double millis = ms.doubleValue();
    if (millis <= 0
        || millis >= MEANT_AT_LEAST_MS
        || runtime == lastTold.get()
        || !CurrentRuntime.hasSession(runtime)
        || !runtime.slots().putIfAbsent(TOLD, Boolean.TRUE)) {
      return;
    }
    lastTold = new WeakReference<>(runtime);
    String amount = new BigDecimal(ms.toString()).stripTrailingZeros().toPlainString();
    runtime
        .output()
        .out()
        .println(CurrentRuntime.look(runtime).messages().get("sleep.short", amount));
  }
}
