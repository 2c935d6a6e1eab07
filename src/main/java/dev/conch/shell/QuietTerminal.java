package dev.conch.shell;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Turns the terminal's echo off while a line runs, so that what the learner types ahead is not
 * echoed into the output; JLine shows it as the next line's buffer once the prompt is back. Ctrl-C
 * still raises a signal. Confined to the REPL thread.
 */
final class QuietTerminal implements AutoCloseable {
  private final Terminal terminal;
  private final Attributes saved;

  private QuietTerminal(Terminal terminal) {
    this.terminal = terminal;
    this.saved = terminal.getAttributes();
    Attributes quiet = new Attributes(saved);
    quiet.setLocalFlag(Attributes.LocalFlag.ECHO, false);
    terminal.setAttributes(quiet);
  }

  static QuietTerminal during(Terminal terminal) {
    return new QuietTerminal(terminal);
  }

  @Override
  public void close() {
    terminal.setAttributes(saved);
  }
}
