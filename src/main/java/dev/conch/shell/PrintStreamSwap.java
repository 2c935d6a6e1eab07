package dev.conch.shell;

import dev.conch.runtime.ConchRuntime;
import java.io.PrintStream;

/**
 * Sends {@code System.out} and {@code System.err} through the runtime's router while the shell
 * runs, so that Java code printing directly is tagged and kept off the prompt too; restores them on
 * close. Confined to the REPL thread.
 */
final class PrintStreamSwap implements AutoCloseable {
  private final PrintStream out;
  private final PrintStream err;

  private PrintStreamSwap(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  static PrintStreamSwap install(ConchRuntime runtime) {
    PrintStreamSwap swap = new PrintStreamSwap(System.out, System.err);
    System.setOut(runtime.output().out());
    System.setErr(runtime.output().err());
    return swap;
  }

  @Override
  public void close() {
    System.setOut(out);
    System.setErr(err);
  }
}
