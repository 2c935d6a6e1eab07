package dev.conch.dsl.compile;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps Groovy's parser from talking past the error it reports: on some broken strings ({@code
 * "$]}) its ANTLR runtime prints {@code unknown recognition error type: …} to {@code System.err}
 * before the syntax error the learner is shown anyway. Put in place while any compilation runs;
 * every other line written meanwhile passes through. Thread-safe.
 */
public final class ParserChatterFilter extends PrintStream {
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

  private static final Object LOCK = new Object();
  private static int compiling; // guarded by LOCK: compilations under way, on any thread
  private static PrintStream saved; // guarded by LOCK: System.err before the first of them

  /**
   * Runs {@code work} with the chatter kept off {@code System.err}. Compilations may overlap (the
   * shell's warm-up compiles beside the learner's first line): the first puts the filter in place,
   * the last takes it away, so that none ends it under another.
   */
  public static <T, E extends Exception> T during(Work<T, E> work) throws E {
    synchronized (LOCK) {
      if (compiling++ == 0) {
        saved = System.err;
        System.setErr(new ParserChatterFilter(saved));
      }
    }
    try {
      return work.run();
    } finally {
      synchronized (LOCK) {
        if (--compiling == 0) {
          System.setErr(saved);
          saved = null;
        }
      }
    }
  }

  /** Work that may throw a checked {@code E}. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }
}
