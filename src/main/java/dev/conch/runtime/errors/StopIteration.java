package dev.conch.runtime.errors;

/**
 * A generator asked for a value after its body ended (Python's {@code StopIteration}). A learner
 * catches it by its Python name; the shell says it in the learner's language. Immutable.
 */
public final class StopIteration extends MisuseError {
  private static final long serialVersionUID = 1L;

  /** An error whose English message is {@code String.format(english, args)}. */
  public StopIteration(String key, String english, Object... args) {
    super(key, english, args);
  }
}
