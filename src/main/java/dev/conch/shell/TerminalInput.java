package dev.conch.shell;

import dev.conch.runtime.LineInput;
import dev.conch.runtime.errors.RuntimeError;
import java.util.concurrent.locks.ReentrantLock;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * {@code input()} at the prompt: a plain reader on the shell's terminal (no history, completion or
 * colours: the answer is not code), used only while a line runs, since the prompt has the keyboard
 * otherwise. Ctrl-C while it waits ends the line, as it does anywhere else; Ctrl-D ends the input.
 * Thread-safe: one task reads at a time (the reader is guarded by the keyboard lock), and the
 * prompt waits until it has read.
 */
final class TerminalInput implements LineInput {
  private final Terminal terminal;
  private final Evaluator evaluator;
  private final ReentrantLock keyboard = new ReentrantLock();
  private LineReader reader; // made at the first input(): the shell's start need not pay for it

  TerminalInput(Terminal terminal, Evaluator evaluator) {
    this.terminal = terminal;
    this.evaluator = evaluator;
  }

  /** The reader, made the first time; called holding the keyboard. */
  private LineReader reader() {
    if (reader == null) {
      reader = LineReaderBuilder.builder().terminal(terminal).appName("conch-input").build();
      reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
    }
    return reader;
  }

  @Override
  public String readLine(String prompt) throws InterruptedException {
    keyboard.lockInterruptibly();
    try {
      if (!evaluator.busy()) {
        throw new RuntimeError(
            "input.idle",
            "input(): the prompt has the keyboard now: call input() in a line, or in a task that"
                + " line waits for");
      }
      return reader().readLine(prompt);
    } catch (UserInterruptException e) {
      evaluator.interrupt(); // Ctrl-C ends the line, as it would were the line not reading
      throw new InterruptedException("input() was interrupted");
    } catch (EndOfFileException e) {
      throw LineInput.ended();
    } finally {
      keyboard.unlock();
    }
  }

  /** Waits until no task is reading a line, before the prompt takes the keyboard back. */
  void awaitIdle() {
    keyboard.lock();
    keyboard.unlock();
  }
}
