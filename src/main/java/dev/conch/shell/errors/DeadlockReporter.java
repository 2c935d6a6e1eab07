package dev.conch.shell.errors;

import dev.conch.i18n.Messages;
import dev.conch.runtime.deadlock.Deadlock;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.view.DeadlockView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Says a deadlock as it forms. At the prompt it offers the cure ({@code /cure}); in a script, or
 * while the line that started the tasks still waits for them, it cures at once, so nothing hangs.
 * Thread-safe (called on the watcher's thread).
 */
public final class DeadlockReporter implements Consumer<Deadlock> {
  private final Supplier<Messages> messages;
  private final Consumer<String> out;
  private final boolean cureAtOnce;
  private volatile Deadlock latest;
  private volatile Predicate<Run> waitedFor = run -> false;

  public DeadlockReporter(Supplier<Messages> messages, Consumer<String> out, boolean cureAtOnce) {
    this.messages = messages;
    this.out = out;
    this.cureAtOnce = cureAtOnce;
  }

  @Override
  public void accept(Deadlock deadlock) {
    latest = deadlock;
    Messages m = messages.get();
    // while the line that started them still waits (a /run, a join), the prompt is not there to
    // offer /cure at: cure at once, as a script does
    boolean now =
        cureAtOnce || deadlock.links().stream().anyMatch(l -> foregroundWaits(l.waiter()));
    List<String> lines = new ArrayList<>(DeadlockView.render(deadlock, words(m)));
    String cure =
        cureAtOnce ? "deadlock.cure.batch" : now ? "deadlock.cure.now" : "deadlock.cure.offer";
    lines.add("  " + m.get(cure));
    if (deadlock.throughJavaLocks()) {
      lines.add("  " + m.get("deadlock.monitor"));
    }
    out.accept(String.join("\n", lines));
    if (now) {
      deadlock.cure();
      if (deadlock.throughJavaLocks()) {
        // the tasks cannot end, so neither can a line or script waiting for them: end that
        deadlock.links().stream()
            .map(l -> l.waiter().getRun())
            .filter(r -> r != null)
            .forEach(r -> r.main().cancel());
      }
    }
  }

  private boolean foregroundWaits(Task task) {
    Run run = task.getRun();
    return run != null && (run.main().isAlive() || waitedFor.test(run));
  }

  /**
   * Counts the runs that {@code runs} accepts as waited for even after their line ended, as the
   * steps of a demo are until it ends: a deadlock among their tasks is cured at once, as in a
   * script. Null forgets them.
   */
  public void waitFor(Predicate<Run> runs) {
    waitedFor = runs == null ? run -> false : runs;
  }

  /** The last deadlock seen, or null. */
  public Deadlock latest() {
    return latest;
  }

  static DeadlockView.Words words(Messages m) {
    return new DeadlockView.Words(
        m.get("deadlock.title"),
        m.get("deadlock.link"),
        m.get("deadlock.arrow"),
        label -> RuntimeWords.localized(label, m));
  }
}
