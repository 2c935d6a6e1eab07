package dev.conch.runtime;

import dev.conch.runtime.errors.RuntimeError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where {@code input(prompt)} reads its line: the shell's terminal at the prompt, standard input in
 * a script, {@code -e} code or a child process. Implementations are thread-safe.
 */
public interface LineInput {
  /** The session's source of lines, when the shell set one. */
  Slots.Key<LineInput> KEY = new Slots.Key<>("input", LineInput.class);

  /**
   * Shows {@code prompt} and reads one line, without its line break.
   *
   * @throws RuntimeError when the input has ended (Python's EOFError)
   * @throws InterruptedException when Ctrl-C ends the wait
   */
  String readLine(String prompt) throws InterruptedException;

  /** The session's source of lines: the one the shell set, else standard input. */
  static LineInput of(ConchRuntime runtime) {
    LineInput set = runtime.slots().get(KEY);
    return set != null ? set : runtime.slots().computeIfAbsent(KEY, StandardInput::new);
  }

  /** The end of the input, as Python's EOFError says it. */
  static RuntimeError ended() {
    return new RuntimeError("input.eof", "input(): the input ended (EOF) before a line came");
  }

  /** Lines from the process's standard input; the prompt goes to standard output. */
  final class StandardInput implements LineInput {
    private final BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    @Override
    public synchronized String readLine(String prompt) {
      PrintStream out = System.out;
      out.print(prompt);
      out.flush();
      try {
        String line = in.readLine();
        if (line == null) {
          throw ended();
        }
        return line;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
