package dev.conch.shell.errors;

import dev.conch.i18n.Messages;
import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskListener;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.task.UnheardFailure;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Says in one line when a task other than a main one fails, since nobody may be joining it, and
 * when a pool's job fails with no error callback and the task that handed it off ends without
 * asking for its result (with a line above in the learner's language when the words are Groovy's
 * own English). Thread-safe if {@code out} is.
 */
public final class FailureReporter implements TaskListener {
  private final Supplier<Messages> messages;
  private final Consumer<String> out;
  private final Queue<UnheardFailure> pending = new ConcurrentLinkedQueue<>();

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
      report(task, error);
    }
    unheardOf(task);
  }

  /**
   * A pool job's failure that no error callback hears, as its worker's line: once the task that
   * handed the job off has ended, unless it asked for the result by then (and so saw the error).
   */
  @Override
  public void jobFailed(UnheardFailure failure) {
    Task caller = failure.caller();
    if (caller == null || !caller.isAlive()) {
      if (!failure.heard().getAsBoolean()) {
        report(failure.worker(), failure.error());
      }
      return;
    }
    pending.add(failure);
    if (!caller.isAlive()) { // it ended while this was added: its own look may have missed it
      unheardOf(caller);
    }
  }

  /** Says each failure {@code caller}'s work had that it never asked about. */
  private void unheardOf(Task caller) {
    for (UnheardFailure failure : pending) {
      if (failure.caller() == caller
          && pending.remove(failure)
          && !failure.heard().getAsBoolean()) {
        report(failure.worker(), failure.error());
      }
    }
  }

  private void report(Task task, Throwable error) {
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
