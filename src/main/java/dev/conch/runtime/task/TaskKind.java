package dev.conch.runtime.task;

import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.ValueError;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a task runs. Immutable. */
public enum TaskKind {
  /** A platform thread of the operating system. */
  THREAD,
  /** A virtual thread: cheap, scheduled by the JVM onto a few carrier threads. */
  VIRTUAL,
  /**
   * A child process (another JVM) of its own: its body is an {@link OsProcess}, which the runtime
   * supervises from a virtual thread of the parent.
   */
  PROCESS,
  /**
   * A coroutine: a virtual thread that runs only in its turn, one coroutine at a time, and gives
   * the turn away only at a cooperative point (a runtime wait, {@code sleep}, {@code yield}, a
   * switch).
   */
  COROUTINE;

  /** Worked out once: {@link #parse} compares it for every task a line spawns. */
  private final String word = name().toLowerCase(Locale.ROOT);

  /** The word a learner types, such as {@code virtual}. */
  public String word() {
    return word;
  }

  /** The kinds a learner may type, as {@code thread|virtual}. */
  public static String choices() {
    return Arrays.stream(values()).map(TaskKind::word).collect(Collectors.joining("|"));
  }

  /**
   * The kind a learner typed.
   *
   * @throws MisuseError naming the word and the kinds that exist
   */
  public static TaskKind parse(String word) {
    for (TaskKind kind : values()) {
      if (kind.word().equals(word)) {
        return kind;
      }
    }
    throw new ValueError("kind.unknown", "unknown kind '%s', expected %s", word, choices());
  }
}
