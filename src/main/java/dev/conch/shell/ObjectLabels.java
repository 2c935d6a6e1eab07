package dev.conch.shell;

import dev.conch.i18n.Messages;
import java.util.List;

/**
 * Says the labels of runtime objects in a message's values ({@code queue jobs}, {@code lock a},
 * {@code task main}) with their kind word in the learner's language ({@code 队列 jobs}, {@code 锁 a},
 * {@code 任务 main}); the object's own name stays as the learner wrote it. The words are the bundle
 * entries {@code label.<kind>}, spaces as dots. Stateless.
 */
final class ObjectLabels {
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
          "generator");

  /** Labels that are a whole phrase: the thread a task-less caller runs on. */
  private static final List<String> PHRASES = List.of("this thread", "a thread");

  private ObjectLabels() {}

  /**
   * {@code values} with each label said in {@code messages}' language; other values as they are.
   */
  static Object[] localized(Object[] values, Messages messages) {
    Object[] said = values.clone();
    for (int i = 0; i < said.length; i++) {
      if (said[i] instanceof String text) {
        said[i] = localized(text, messages);
      }
    }
    return said;
  }

  /** {@code label} with its kind word in {@code messages}' language, or as it is if none. */
  static String localized(String label, Messages messages) {
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
