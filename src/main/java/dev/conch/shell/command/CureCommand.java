package dev.conch.shell.command;

import dev.conch.i18n.Messages;
import dev.conch.runtime.deadlock.CureOutcome;
import dev.conch.runtime.deadlock.Deadlock;
import dev.conch.runtime.task.Task;
import dev.conch.shell.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /cure}: ends the tasks of the last deadlock, each letting go of what it holds as it ends,
 * waits a little for them, and says what came of it: that what they held is free only when it is.
 */
final class CureCommand extends Command {
  /** How long to wait for the tasks to end: a child process is given a second to go. */
  private static final Duration PATIENCE = Duration.ofSeconds(3);

  CureCommand() {
    super("cure", "/cure");
  }

  @Override
  public void execute(Session session, List<String> args) {
    Deadlock deadlock = session.deadlocks().latest();
    if (deadlock == null || deadlock.links().stream().noneMatch(l -> l.waiter().isAlive())) {
      session.print(session.messages().get("deadlock.none"));
      return;
    }
    try {
      session.print(report(deadlock.cureAndWait(PATIENCE), session.messages()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // Ctrl-C while waiting: the cure goes on without us
    }
  }

  /** What the cure came to: one line when all is free, else a line for each thing that is not. */
  static String report(CureOutcome outcome, Messages m) {
    String ended = names(outcome.ended());
    if (outcome.complete()) {
      return m.get("deadlock.cured", ended);
    }
    List<String> lines = new ArrayList<>();
    if (!outcome.ended().isEmpty()) {
      lines.add(m.get("deadlock.cure.ended", ended));
    }
    outcome.stuck().forEach(t -> lines.add(m.get("deadlock.cure.stuck", t.getName())));
    outcome
        .stillHeld()
        .forEach(
            h -> lines.add(m.get("deadlock.cure.held", h.guard().label(), h.holder().getName())));
    return String.join("\n", lines);
  }

  private static String names(List<Task> tasks) {
    return tasks.stream().map(Task::getName).collect(Collectors.joining(", "));
  }
}
