package dev.conch.runtime;

import java.util.Locale;

/**
 * An error of the runtime whose words the shell can translate: a {@link Misuse} of an object, or
 * one a learner may meet in normal use (a wait that timed out, a job cancelled). Its message is the
 * English line; {@link #key()} and {@link #args()} let the shell say it in the learner's language
 * from the bundle entry {@code runtime.<key>}. Immutable.
 */
public abstract class KeyedError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;

  /** An error whose English message is {@code String.format(english, args)}. */
  protected KeyedError(String key, Throwable cause, String english, Object... args) {
    super(String.format(Locale.ROOT, english, args), cause);
    this.key = key;
    this.args = args.clone();
  }

  /** The message key, without the {@code runtime.} prefix. */
  public String key() {
    return key;
  }

  /** The values the message is filled in with. */
  public Object[] args() {
    return args.clone();
  }
}
