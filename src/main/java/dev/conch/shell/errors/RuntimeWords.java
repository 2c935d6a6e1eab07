package dev.conch.shell.errors;

import dev.conch.i18n.Messages;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says the runtime's own words inside a message's values in the learner's language. A task's state
 * is said as the task list says it ({@code 已完成}); the labels of runtime objects ({@code queue
 * jobs}, {@code lock a}, {@code task main}) with their kind word in the learner's language ({@code
 * 队列 jobs}, {@code 锁 a}, {@code 任务 main}), and so are the jobs of one call to a pool; the object's
 * own name stays as the learner wrote it. The words are the bundle entries {@code label.<kind>},
 * spaces as dots. Stateless.
 */
public final class RuntimeWords {
  /** Every kind word the runtime's labels begin with, longer first where one starts another. */
  private static final List<String> KINDS =
      List.of(
          "bounded semaphore",
          "semaphore",
          "lifo queue",
          "priority queue",
          "queue",
          "rlock",
          "lock",
          "event",
          "condition",
          "barrier",
          "pipe",
          "value",
          "manager",
          "dict",
          "list",
          "task",
          "pool",
          "executor",
          "generator",
          "variable");

  private static final String RUNTIME = "dev.conch.runtime";

  /** The label of the jobs of one call to a pool: {@code jobs of pool pool-1 (3 of 10 done)}. */
  private static final Pattern JOBS =
      Pattern.compile("jobs of (\\S+ \\S+) \\((\\d+) of (\\d+) done\\)");

  /**
   * Labels that are a whole phrase: the thread a task-less caller runs on, and what of a process's
   * work could not be copied to it.
   */
  private static final List<String> PHRASES = List.of("this thread", "a thread", "its arguments");

  private RuntimeWords() {}

  /**
   * {@code values} with each label and task state said in {@code messages}' language; other values
   * as they are.
   */
  public static Object[] localized(Object[] values, Messages messages) {
    Object[] said = values.clone();
    for (int i = 0; i < said.length; i++) {
      if (said[i] instanceof String text) {
        said[i] = localized(text, messages);
      } else if (said[i] instanceof Task task) {
        said[i] = localized(task.toString(), messages);
      } else if (said[i] instanceof TaskState state) {
        said[i] = messages.get("state." + state.name().toLowerCase(Locale.ROOT));
      } else if (said[i] != null && said[i].getClass().getPackageName().startsWith(RUNTIME)) {
        said[i] = localized(said[i].toString(), messages); // a pool or queue given as itself
      }
    }
    return said;
  }

  /** {@code label} with its kind word in {@code messages}' language, or as it is if none. */
  public static String localized(String label, Messages messages) {
    Matcher jobs = JOBS.matcher(label);
    if (jobs.matches()) {
      return messages.get(
          "label.jobs",
          localized(jobs.group(1), messages),
          Integer.parseInt(jobs.group(2)),
          Integer.parseInt(jobs.group(3)));
    }
    if (PHRASES.contains(label)) {
      return word(label, label, messages);
    }
    for (String kind : KINDS) {
      if (label.startsWith(kind + " ") && label.indexOf(' ', kind.length() + 1) < 0) {
        return word(kind, kind, messages) + label.substring(kind.length());
      }
    }
    return label;
  }

  private static String word(String kind, String fallback, Messages messages) {
    String key = "label." + kind.replace(' ', '.');
    return messages.has(key) ? messages.get(key) : fallback;
  }
}
