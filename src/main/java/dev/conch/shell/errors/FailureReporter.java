package dev.conch.shell.errors;

import dev.conch.i18n.Messages;
import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskListener;
import dev.conch.runtime.task.TaskState;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Says in one line when a task other than a main one fails, since nobody may be joining it (with a
 * line above in the learner's language when the words are Groovy's own English). Thread-safe if
 * {@code out} is.
 */
public final class FailureReporter implements TaskListener {
  private final Supplier<Messages> messages;
  private final Consumer<String> out;

  /** Reports in the language {@code messages} gives at the time of the failure. */
  public FailureReporter(Supplier<Messages> messages, Consumer<String> out) {
    this.messages = messages;
    this.out = out;
  }

  @Override
  public void ended(Task task) {
    Throwable error = task.getError();
    if (task.getState() == TaskState.FAILED
        && error != null
        && task.getRun() != null
        && task != task.getRun().main()) {
      Messages now = messages.get();
      String problem = ErrorText.oneLine(error, now);
      String line = now.get("failed.task", task.getName(), problem);
      boolean groovysWords = problem.equals(Errors.oneLine(error));
      out.accept(
          GroovyErrorWords.above(error, now)
              .filter(above -> groovysWords)
              .map(above -> above + "\n" + line)
              .orElse(line));
    }
  }
}
