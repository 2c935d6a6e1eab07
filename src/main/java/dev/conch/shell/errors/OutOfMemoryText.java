package dev.conch.shell.errors;

import dev.conch.i18n.Messages;
import dev.conch.runtime.MemoryHolder;
import dev.conch.runtime.errors.MemoryError;
import dev.conch.view.ByteSize;
import java.util.stream.Collectors;

/**
 * The one line that says memory ran out: what the JVM said, and the session variables that held the
 * most with roughly how much ({@code ≈}, or {@code ≥} when the count stopped early). Stateless.
 */
final class OutOfMemoryText {
  private OutOfMemoryText() {}

  /** The line for {@code error}. */
  static String line(MemoryError error, Messages messages) {
    String what = error.what().isEmpty() ? "OutOfMemoryError" : error.what();
    if (error.holders().isEmpty()) {
      return messages.get("memory.out", what);
    }
    String holders =
        error.holders().stream().map(OutOfMemoryText::holder).collect(Collectors.joining(", "));
    return messages.get("memory.out.held", what, holders, error.holders().get(0).name());
  }

  /** The line for a JVM error no reserve was released for: it names nobody. */
  static String line(OutOfMemoryError error, Messages messages) {
    String what = error.getMessage() == null ? "OutOfMemoryError" : error.getMessage();
    return messages.get("memory.out", what);
  }

  private static String holder(MemoryHolder holder) {
    return holder.name() + (holder.complete() ? " ≈ " : " ≥ ") + ByteSize.text(holder.bytes());
  }
}
