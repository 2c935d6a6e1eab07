package dev.conch.net.geo;

import dev.conch.runtime.errors.KeyedError;

/**
 * A {@code geo} call that could not be done at all: no addresses, no source of data, a database
 * file that is not one, a fetch that failed. One line, {@code geo: …}; the shell says it in the
 * learner's language from the bundle entry {@code runtime.<key>}. A single address that cannot be
 * located is not an error but a failed {@link GeoRow}. Immutable.
 */
public final class GeoError extends KeyedError {
  private static final long serialVersionUID = 1L;

  /** The problem {@code key}, in English {@code String.format(english, args)}. */
  public GeoError(String key, String english, Object... args) {
    super(key, null, english, args);
  }

  /** The same, with the exception that caused it. */
  public GeoError(String key, Throwable cause, String english, Object... args) {
    super(key, cause, english, args);
  }
}
