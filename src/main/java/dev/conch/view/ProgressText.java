package dev.conch.view;

import dev.conch.runtime.task.Progress;
import java.util.List;
import java.util.Optional;

/**
 * The progress bar of a long call to a pool, for the status line: {@code pool-1 map
 * [######----------] 3120/10000}. Only calls that have run for a while get one, so quick maps never
 * make the line flicker.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProgressText {
  /** How long a call runs before it gets a bar: half a second, in nanoseconds. */
  public static final long AFTER_NANOS = 500_000_000L;

  private ProgressText() {}

  /**
   * The bar of the oldest call in {@code calls} that has run for {@link #AFTER_NANOS} at runtime
   * time {@code now}, with {@code width} cells; empty when there is none.
   */
  public static Optional<String> oldest(List<Progress> calls, long now, int width) {
    return calls.stream()
        .filter(p -> now - p.since() >= AFTER_NANOS)
        .findFirst()
        .map(p -> render(p, width));
  }

  /** {@code pool-1 map [######----] 3120/10000}, the bar {@code width} cells wide. */
  public static String render(Progress progress, int width) {
    int total = Math.max(1, progress.total());
    int filled = (int) ((long) Math.min(progress.done(), total) * width / total);
    return progress.pool()
        + " "
        + progress.what()
        + " ["
        + "#".repeat(filled)
        + "-".repeat(width - filled)
        + "] "
        + progress.done()
        + "/"
        + progress.total();
  }
}
