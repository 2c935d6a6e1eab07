package dev.conch.dsl;

import dev.conch.runtime.ConchRuntime;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Says once per session that {@code sleep} takes milliseconds, the first time a task sleeps for
 * more than 0 and less than 5 ms: Python's {@code time.sleep(1)} typed as {@code sleep(1)} is over
 * before anyone sees it. {@code sleep 0}, which only hands the turn on, says nothing; nor does a
 * child process, whose runtime has no session. Thread-safe.
 */
final class ShortSleeps {
  /** The shortest sleep a learner is taken to mean in milliseconds. */
  private static final double MEANT_AT_LEAST_MS = 5;

  /** The sessions already told; a runtime no longer used is forgotten. */
  private static final Set<ConchRuntime> TOLD =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

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
        || !TOLD.add(runtime)) {
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
