package dev.conch.net.sweep;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;

/**
 * A sweep asked for something that cannot be swept: a malformed address, range or prefix, a host
 * name that does not resolve, too many addresses, an option out of range. Its words are the bundle
 * entry {@code usage.<key>}, so the shell can say it in the learner's language; the exception's own
 * message is the English line. Immutable.
 */
public final class SweepInputError extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;

  /** The problem {@code usage.<key>} filled in with {@code args}. */
  public SweepInputError(String key, Object... args) {
    super(Messages.of(Lang.EN).get("usage." + key, args));
    this.key = "usage." + key;
    this.args = args.clone();
  }

  /** The bundle key of the problem, {@code usage.} included. */
  public String key() {
    return key;
  }

  /** The values the problem is filled in with. */
  public Object[] args() {
    return args.clone();
  }
}
