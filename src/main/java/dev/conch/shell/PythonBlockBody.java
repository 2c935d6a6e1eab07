package dev.conch.shell;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.compile.CompileError;
import dev.conch.dsl.python.PythonAdvice;

/**
 * The indented lines under a Python block that was refused ({@code def worker(n):}, {@code for i in
 * range(3):}, {@code with mutex:}), as they come when a seed's example is pasted at the prompt:
 * each is skipped with a note rather than run on its own, out of its block ({@code print(n)} would
 * say n is not defined, {@code t.start()} that t is). The first line indented no deeper than the
 * block's own ends it. Confined to the REPL thread.
 */
final class PythonBlockBody {
  private int indent = -1; // the refused block's own indent; -1 when no block is open

  /** Whether {@code line}, read now, belongs to the refused block above and is to be skipped. */
  boolean skips(String line) {
    if (indent < 0 || line.isBlank()) {
      return false;
    }
    if (indentOf(line) > indent && !line.strip().startsWith("/")) {
      return true;
    }
    indent = -1;
    return false;
  }

  /** Notes what {@code line} gave: a refused Python block opens, anything else closes. */
  void after(String line, Outcome outcome) {
    boolean opens =
        outcome != null
            && outcome.error() instanceof CompileError error
            && error.hint().filter(PythonAdvice::opensBlock).isPresent();
    indent = opens ? indentOf(line.lines().findFirst().orElse("")) : -1;
  }

  /** The width of {@code line}'s leading blanks, a tab counting as one. */
  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
