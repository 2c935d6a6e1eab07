package dev.conch.shell;

import dev.conch.i18n.Messages;
import dev.conch.runtime.Deadlock;
import dev.conch.view.DeadlockView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Says a deadlock as it forms. At the prompt it offers the cure ({@code /cure}); in a script it
 * cures at once, so the script ends instead of hanging, and remembers that it did. Thread-safe
 * (called on the watcher's thread).
 */
final class DeadlockReporter implements Consumer<Deadlock> {
  private final Supplier<Messages> messages;
  private final Consumer<String> out;
  private final boolean cureAtOnce;
  private volatile Deadlock latest;

  DeadlockReporter(Supplier<Messages> messages, Consumer<String> out, boolean cureAtOnce) {
    this.messages = messages;
    this.out = out;
    this.cureAtOnce = cureAtOnce;
  }

  @Override
  public void accept(Deadlock deadlock) {
    latest = deadlock;
    Messages m = messages.get();
    List<String> lines = new ArrayList<>(DeadlockView.render(deadlock, words(m)));
    lines.add("  " + m.get(cureAtOnce ? "deadlock.cure.batch" : "deadlock.cure.offer"));
    out.accept(String.join("\n", lines));
    if (cureAtOnce) {
      deadlock.cure();
    }
  }

  /** The last deadlock seen, or null. */
  Deadlock latest() {
    return latest;
  }

  static DeadlockView.Words words(Messages m) {
    return new DeadlockView.Words(
        m.get("deadlock.title"), m.get("deadlock.link"), m.get("deadlock.arrow"));
  }
}
