package dev.conch.runtime;

/**
 * A runtime object used the wrong way (joining oneself, a negative sleep, setting a daemon too
 * late). Its message is the English line; {@link #key()} and {@link #args()} let the shell say it
 * in the learner's language from the bundle entry {@code runtime.<key>}. Immutable.
 */
public final class Misuse extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;

  /** A misuse whose English message is {@code String.format(english, args)}. */
  public Misuse(String key, String english, Object... args) {
    super(String.format(java.util.Locale.ROOT, english, args));
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
