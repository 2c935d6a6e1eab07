package dev.conch.runtime.errors;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Locale;

/**
 * An error of the runtime whose words the shell can translate: a {@link MisuseError} of an object,
 * or one a learner may meet in normal use (a wait that timed out, a job cancelled). Its message is
 * the English line; {@link #key()} and {@link #args()} let the shell say it in the learner's
 * language from the bundle entry {@code runtime.<key>}. Immutable.
 *
 * <p>It travels to child processes by serialization with its key and its values; a value that
 * cannot be serialized travels as its text, which is how the message shows it anyway.
 */
public abstract class KeyedError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private transient Object[] args; // written only by the constructor and readObject

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

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    Object[] copyable = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      copyable[i] =
          args[i] == null || args[i] instanceof Serializable ? args[i] : args[i].toString();
    }
    out.writeObject(copyable);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    Object read = in.readObject();
    args = read instanceof Object[] values ? values : new Object[0];
  }
}
