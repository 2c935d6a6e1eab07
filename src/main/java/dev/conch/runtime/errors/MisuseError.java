package dev.conch.runtime.errors;

/**
 * A runtime object used the wrong way (joining oneself, a negative sleep, setting a daemon too
 * late). Each is thrown as the error CPython raises in its place ({@link ValueError}, {@link
 * RuntimeError}, {@link TypeError}, {@link OSError}, {@link StopIteration}), so that a learner
 * catches it by that name, or as a plain misuse where Python has no such call. Its message is the
 * English line; {@link #key()} and {@link #args()} let the shell say it in the learner's language
 * from the bundle entry {@code runtime.<key>}. Immutable.
 */
public class MisuseError extends KeyedError {
  private static final long serialVersionUID = 1L;

  /** A misuse whose English message is {@code String.format(english, args)}. */
  public MisuseError(String key, String english, Object... args) {
    super(key, null, english, args);
  }
}
