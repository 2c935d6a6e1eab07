package dev.conch.dsl;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;

/**
 * A built-in called the wrong way. The problem is a message key with its arguments, so the shell
 * can say it in the learner's language ({@link #problem}); the exception's own message is the
 * English line, such as {@code spawn: unknown option 'demon'}. Immutable.
 */
public final class UsageError extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Builtin builtin;
  private final String key;
  private final transient Object[] args;

  public UsageError(Builtin builtin, String key, Object... args) {
    super(builtin.name() + ": " + Messages.of(Lang.EN).get(key, args));
    this.builtin = builtin;
    this.key = key;
    this.args = args.clone();
  }

  public Builtin builtin() {
    return builtin;
  }

  public String synopsis() {
    return builtin.synopsis();
  }

  /** The one-line problem in the language of {@code messages}, with the built-in's name first. */
  public String problem(Messages messages) {
    return builtin.name() + ": " + messages.get(key, args);
  }
}
