package dev.conch.shell;

import java.util.List;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Status;

/**
 * The status line at the bottom of the terminal: how many tasks run, sleep, wait or are blocked,
 * and how far a pool's long map has got. Refreshed four times a second by its own service thread,
 * redrawn only when the text changes, under the reader's lock so that no printed line interleaves
 * with it (the reader redraws it after each line and on a resize). Thread-safe; absent on terminals
 * that cannot keep a status line.
 */
final class StatusBar implements AutoCloseable {
  private final Status status;
  private final ResizeAwareReader reader;
  private final Supplier<String> text;
  private final boolean color;
  private volatile boolean closed;
  private String shown = ""; // confined to the opening thread, then to the refresh thread

  private StatusBar(Status status, ResizeAwareReader reader, Supplier<String> text, boolean color) {
    this.status = status;
    this.reader = reader;
    this.text = text;
    this.color = color;
  }

  /** A status bar below {@code reader}'s lines, or null when the terminal has no room for one. */
  static StatusBar open(ResizeAwareReader reader, Supplier<String> text, boolean color) {
    Terminal terminal = reader.getTerminal();
    if (Terminal.TYPE_DUMB.equals(terminal.getType())
        || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
      return null;
    }
    Status status = Status.getStatus(terminal, true);
    if (status == null) {
      return null;
    }
    StatusBar bar = new StatusBar(status, reader, text, color);
    bar.refresh();
    return bar;
  }

  /** Refreshes until closed; run it on a service thread. */
  void refreshLoop() {
    while (!closed) {
      try {
        refresh();
      } catch (OutOfMemoryError | LinkageError full) {
        // a line or a task filled the heap and will say so: the bar catches up on the next turn.
        // A call site linked while the heap was full fails with a BootstrapMethodError instead;
        // uncaught, it printed its trace over the learner's screen and the bar stopped for good
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void refresh() {
    String now = text.get();
    if (!now.equals(shown) && !closed) {
      shown = now;
      AttributedStyle style = color ? AttributedStyle.INVERSE : AttributedStyle.DEFAULT;
      reader.paint(() -> status.update(List.of(new AttributedString(now, style))));
    }
  }

  @Override
  public void close() {
    closed = true;
    reader.paint(
        () -> {
          status.update(List.of());
          status.close();
        });
  }
}
