package dev.conch.shell;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.ScriptHost;
import dev.conch.i18n.Messages;
import dev.conch.runtime.Errors;
import dev.conch.runtime.Task;
import dev.conch.runtime.TaskState;

/** Shows what a line gave: its value, its error, or that it was interrupted. Stateless. */
final class OutcomeReport {
  private final Session session;

  OutcomeReport(Session session) {
    this.session = session;
  }

  void show(Outcome outcome) {
    Messages messages = session.messages();
    if (outcome.failed()) {
      session.setLastError(outcome.error());
      if (Errors.isInterruption(outcome.error())) {
        long stopped =
            outcome.run().spawned().stream()
                .filter(t -> t.getState() != TaskState.DONE && t.getState() != TaskState.FAILED)
                .count();
        session.print(
            stopped == 0
                ? messages.get("interrupted")
                : messages.get("interrupted.tasks", stopped));
      } else {
        session.print(ErrorText.lines(outcome.error(), "main", messages));
      }
    } else if (outcome.showValue()) {
      session.print(messages.get("value", render(outcome.value())));
    }
  }

  static String render(Object value) {
    if (value instanceof Task task) {
      return task + " (" + task.getState() + ")";
    }
    return ScriptHost.inspect(value);
  }
}
