package dev.conch.shell;

import java.util.Map;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.Status;

/**
 * JLine's reader, made to survive a resize with a status line at the bottom. When a full screen
 * gets shorter, the terminal leaves the cursor on its last row, below the status line's scroll
 * region, where a line feed no longer scrolls: every later line would overwrite that row and the
 * prompt would paint over the status line; when it gets taller, some terminals (tmux) bring back
 * rows of history where JLine then erases what it takes for its old status line. On each resize
 * this reader first lifts the cursor above both, scrolling the screen if it must, then lets JLine
 * redraw the status line and the line being typed. It handles the resize whether or not a line is
 * being read, and lets the status bar paint under the same lock as printing above the prompt, so
 * the two never interleave. Thread-safe: printing, painting and resizing hold the reader's lock.
 */
final class ResizeAwareReader extends LineReaderImpl {

  private Size lastSize; // guarded by lock

  ResizeAwareReader(Terminal terminal, String appName, Map<String, Object> variables) {
    super(terminal, appName, variables);
    lastSize = terminal.getBufferSize();
  }

  /** Handles resizes between reads too: JLine's own handler only listens while it reads. */
  void listenForResize() {
    terminal.handle(Signal.WINCH, this::handleSignal);
  }

  /** Runs {@code paint} (a status line update) so that no printing interleaves with it. */
  void paint(Runnable paint) {
    lock.lock();
    try {
      paint.run();
    } finally {
      lock.unlock();
    }
  }

  // synchronized, as JLine's handler is, so every path takes the monitor before the lock
  @Override
  protected synchronized void handleSignal(Signal signal) {
    if (signal != Signal.WINCH) {
      super.handleSignal(signal);
      return;
    }
    lock.lock();
    try {
      Size now = terminal.getBufferSize();
      if (now.equals(lastSize)) {
        return; // a change of pixels only
      }
      Status status = Status.getStatus(terminal, false);
      int statusRows = status == null ? 0 : status.size();
      if (statusRows > 0) {
        liftCursor(now.getRows(), lowestSafeRow(lastSize, now, statusRows), statusRows);
      }
      lastSize = now;
      if (reading) {
        super.handleSignal(signal);
      } else if (status != null) {
        status.resize(now);
        status.redraw();
      }
      terminal.flush();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The lowest row the cursor may stand on after a resize from {@code old} to {@code now} with a
   * status of {@code statusRows} rows: above the status's scroll region, and above the rows JLine's
   * status clears of its old remnants (those its old text may have wrapped or moved to), so that
   * none of the text above the cursor is erased.
   */
  static int lowestSafeRow(Size old, Size now, int statusRows) {
    int rows = now.getRows();
    // the first row JLine's Status.resize clears, worked out as it does
    int cleared = rows - statusRows;
    if (rows > old.getRows()) {
      cleared = Math.min(cleared, old.getRows() - statusRows);
    } else if (rows < old.getRows()) {
      cleared = Math.min(cleared, rows - 2 * statusRows);
    }
    if (now.getColumns() < old.getColumns()) {
      int wrapped = (old.getColumns() + now.getColumns() - 1) / now.getColumns();
      cleared -= (wrapped - 1) * statusRows;
    }
    // the cursor's own row may be cleared: it holds nothing yet, or the line JLine draws again
    return Math.max(0, Math.min(rows - 1 - statusRows, cleared));
  }

  /**
   * Moves the cursor up to {@code lowest} at most, keeping it on the same text: line feeds from
   * where it stands scroll the screen only if it stood too low, and as many rows up bring it back
   * to its text. Ends with the scroll region above a status of {@code statusRows} rows.
   */
  private void liftCursor(int rows, int lowest, int statusRows) {
    int feeds = rows - 1 - lowest;
    terminal.puts(Capability.save_cursor);
    terminal.puts(Capability.change_scroll_region, 0, rows - 1);
    terminal.puts(Capability.restore_cursor);
    for (int i = 0; i < feeds; i++) {
      terminal.writer().write('\n');
    }
    for (int i = 0; i < feeds; i++) {
      terminal.puts(Capability.cursor_up);
    }
    terminal.puts(Capability.save_cursor);
    terminal.puts(Capability.change_scroll_region, 0, Math.max(0, rows - 1 - statusRows));
    terminal.puts(Capability.restore_cursor);
  }
}
