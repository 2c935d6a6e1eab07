package dev.conch.runtime;

import dev.conch.runtime.errors.RuntimeError;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

  /**
   * The session's source of lines: the one the shell set, else the process's standard input, with
   * the question written to its standard output itself.
   */
  static LineInput of(ConchRuntime runtime) {
    return runtime
        .slots()
        .computeIfAbsent(
            KEY,
            () ->
                new StandardInput(
                    System.in,
                    new PrintStream(
                        new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8)));
  }

  /** The end of the input, as Python's EOFError says it. */
  static RuntimeError ended() {
    return new RuntimeError("input.eof", "input(): the input ended (EOF) before a line came");
  }

  /**
   * Lines from a stream, questions to another: a script's standard input and output. The questions
   * go to the output stream itself, not through {@code System.out}, which holds a line without its
   * newline until the line ends (a script's question would show only after its answer).
   */
  final class StandardInput implements LineInput {
    private final BufferedReader in;
    private final PrintStream out;

    /** Reads lines from {@code in}, writing each question to {@code out}. */
    public StandardInput(InputStream in, PrintStream out) {
      this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      this.out = out;
    }

    @Override
    public synchronized String readLine(String prompt) {
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
