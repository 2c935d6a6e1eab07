package dev.conch.process;

import dev.conch.runtime.errors.RemoteError;
import java.io.NotSerializableException;
import java.io.Serial;
import java.io.Serializable;

/**
 * How one job of a batch failed in a child, as it travels back: the error in one line, and the
 * error itself when it can be copied, so that the caller in the parent meets the same class, as
 * Python's pools re-raise the job's own exception. Immutable.
 *
 * @param text the error, such as {@code ArithmeticException: Division by zero}
 * @param error the job's own error, or null when it cannot be copied to the parent
 */
record JobError(String text, Throwable error) implements Serializable {
  @Serial private static final long serialVersionUID = 2L;

  /** The failure {@code error}, carried itself when it copies, else as its line {@code text}. */
  static JobError of(String text, Throwable error) {
    try {
      JvmCopies.write(error, ChildWork::outgoing);
      return new JobError(text, error);
    } catch (NotSerializableException | RuntimeException e) {
      return new JobError(text, null);
    }
  }

  /** A failure known only by its line. */
  static JobError of(String text) {
    return new JobError(text, null);
  }

  /** What the parent's caller meets: the job's own error, else a RemoteError naming it. */
  Throwable toParent() {
    return error != null ? error : new RemoteError(text);
  }
}
