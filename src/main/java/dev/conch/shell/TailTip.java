package dev.conch.shell;

import dev.conch.dsl.Builtin;
import dev.conch.dsl.Builtins;
import java.util.Optional;

/**
 * The tip for the line being typed: when the cursor is inside a call of a built-in ({@code
 * spawn(na…}) or right after its name, how that built-in is called. Stateless.
 */
final class TailTip {
  private TailTip() {}

  /** The built-in being called at the end of {@code line}, if any. */
  static Optional<Builtin> of(String line) {
    int depth = 0;
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(' && depth > 0) {
        depth--;
      } else if (c == '(') {
        return Builtins.find(identifierBefore(line, i));
      }
    }
    return Builtins.find(identifierBefore(line, line.length()));
  }

  private static String identifierBefore(String line, int end) {
    int stop = end;
    while (stop > 0 && line.charAt(stop - 1) == ' ') {
      stop--;
    }
    int start = stop;
    while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) {
      start--;
    }
    return line.substring(start, stop);
  }
}
