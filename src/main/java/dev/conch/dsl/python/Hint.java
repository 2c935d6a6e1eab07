package dev.conch.dsl.python;

import java.util.List;

/**
 * Advice for a learner, said in their language: the bundle entry {@code key} filled with {@code
 * args}. Immutable.
 */
public record Hint(String key, List<Object> args) {
  public Hint {
    args = List.copyOf(args);
  }

  /** A hint from the entry {@code key} with {@code args}. */
  public static Hint of(String key, Object... args) {
    return new Hint(key, List.of(args));
  }

  /** The values as the bundle's format wants them. */
  public Object[] values() {
    return args.toArray();
  }
}
