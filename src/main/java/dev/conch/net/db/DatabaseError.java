package dev.conch.net.db;

import dev.conch.runtime.errors.KeyedError;

/**
 * A database that could not do what it was asked: one line, {@code database: NAME: problem}, the
 * name being the URL without its password. The shell says it in the learner's language from the
 * bundle entry {@code runtime.<key>}; the driver's exception is the cause. Immutable.
 */
public final class DatabaseError extends KeyedError {
  private static final long serialVersionUID = 1L;

  /** The problem {@code key}, in English {@code String.format(english, args)}. */
  public DatabaseError(String key, Throwable cause, String english, Object... args) {
    super(key, cause, english, args);
  }
}
