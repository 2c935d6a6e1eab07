package dev.conch.runtime.errors;

import dev.conch.runtime.MemoryHolder;
import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Memory ran out while a line, a task or a pool job ran: Python's {@code MemoryError}. It stands in
 * for the JVM's {@link OutOfMemoryError} once the shell's reserve is released, and says which
 * session variables held the most at that moment, largest first. Immutable.
 */
public final class MemoryError extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final String what;
  private final MemoryHolder[] holders;

  public MemoryError(OutOfMemoryError cause, List<MemoryHolder> holders) {
    super(english(cause.getMessage(), holders), cause);
    this.what = cause.getMessage() == null ? "" : cause.getMessage();
    this.holders = holders.toArray(new MemoryHolder[0]);
  }

  /** What the JVM said ran out, such as {@code Java heap space}; may be empty. */
  public String what() {
    return what;
  }

  /** The session variables that held the most, largest first; may be empty. */
  public List<MemoryHolder> holders() {
    return List.of(holders);
  }

  private static String english(String what, List<MemoryHolder> holders) {
    String said = "memory ran out" + (what == null ? "" : " (" + what + ")");
    if (holders.isEmpty()) {
      return said;
    }
    return said
        + "; held most by "
        + holders.stream()
            .map(h -> h.name() + " (" + h.bytes() + " bytes)")
            .collect(Collectors.joining(", "));
  }
}
