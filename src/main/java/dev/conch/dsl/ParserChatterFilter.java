package dev.conch.dsl;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps Groovy's parser from talking past the error it reports: on some broken strings ({@code
 * "$]}) its ANTLR runtime prints {@code unknown recognition error type: …} to {@code System.err}
 * before the syntax error the learner is shown anyway. Put in place around one compilation; every
 * other line written meanwhile passes through. Thread-safe as {@link PrintStream} is.
 */
final class ParserChatterFilter extends PrintStream {
  private static final String CHATTER = "unknown recognition error type: ";

  private ParserChatterFilter(PrintStream target) {
    super(target, true, StandardCharsets.UTF_8);
  }

  @Override
  public void println(String line) {
    if (line == null || !line.startsWith(CHATTER)) {
      super.println(line);
    }
  }

  /** Runs {@code work} with the chatter kept off {@code System.err}. */
  static <T, E extends Exception> T during(Work<T, E> work) throws E {
    PrintStream err = System.err;
    System.setErr(new ParserChatterFilter(err));
    try {
      return work.run();
    } finally {
      System.setErr(err);
    }
  }

  /** Work that may throw a checked {@code E}. */
  @FunctionalInterface
  interface Work<T, E extends Exception> {
    T run() throws E;
  }
}
