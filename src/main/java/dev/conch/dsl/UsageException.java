package dev.conch.dsl;

/**
 * A built-in called the wrong way. Its message is one line ({@code spawn: unknown option 'demon'});
 * {@link #synopsis()} and {@link #builtin()} let the shell add how to call it.
 */
public final class UsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Builtin builtin;

  public UsageException(Builtin builtin, String problem) {
    super(builtin.name() + ": " + problem);
    this.builtin = builtin;
  }

  public Builtin builtin() {
    return builtin;
  }

  public String synopsis() {
    return builtin.synopsis();
  }
}
