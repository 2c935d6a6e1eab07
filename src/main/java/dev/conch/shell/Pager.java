package dev.conch.shell;

import dev.conch.view.TextWidth;
import dev.conch.view.WordWrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;
import org.jline.utils.Status;

/**
 * Shows output longer than the screen a screenful at a time on an interactive terminal, as {@code
 * more} does: Space shows the next screenful, Enter one more line, q (or Ctrl-C, Ctrl-D) stops.
 * Elsewhere (a pipe, a script, {@code -e}, a dumb terminal) everything is printed at once. Confined
 * to the REPL thread.
 */
final class Pager {
  private static final int CTRL_C = 3;
  private static final int CTRL_D = 4;

  private final Session session;
  private final Terminal terminal;

  private Pager(Session session) {
    this.session = session;
    this.terminal = session.reader().getTerminal();
  }

  /** Prints plain {@code lines}, wrapped at word boundaries to the terminal's width, paged. */
  static void printWrapped(Session session, List<String> lines) {
    print(session, WordWrap.lines(lines, Views.width(session)));
  }

  /** Prints {@code lines} (which may carry colours) as they are, paged. */
  static void print(Session session, List<String> lines) {
    new Pager(session).show(lines);
  }

  private boolean interactive() {
    return !terminal.getType().startsWith(Terminal.TYPE_DUMB)
        && terminal.getWidth() > 0
        && terminal.getHeight() > 0;
  }

  /** The rows of text one screen holds, leaving room for the status line and the prompt. */
  private int pageRows() {
    int status = Status.getExistingStatus(terminal).map(Status::size).orElse(0);
    return Math.max(1, terminal.getHeight() - status - 1);
  }

  /** The rows {@code line} takes once the terminal wraps it. */
  private int rowsOf(String line) {
    int cells = AttributedString.fromAnsi(line).columnLength();
    return Math.max(1, (cells + terminal.getWidth() - 1) / terminal.getWidth());
  }

  private void show(List<String> lines) {
    if (!interactive() || rows(lines) <= pageRows()) {
      session.print(lines);
      return;
    }
    int next = printRows(lines, 0, pageRows());
    while (next < lines.size()) {
      int key = ask(100 * next / lines.size());
      if (key == ' ') {
        next = printRows(lines, next, pageRows());
      } else if (key == '\r' || key == '\n') {
        next = printRows(lines, next, 1);
      } else if (key < 0 || key == 'q' || key == 'Q' || key == CTRL_C || key == CTRL_D) {
        return;
      }
    }
  }

  private int rows(List<String> lines) {
    return lines.stream().mapToInt(this::rowsOf).sum();
  }

  /**
   * Prints lines from {@code from} that fill {@code rows} rows (one at least); returns the next.
   */
  private int printRows(List<String> lines, int from, int rows) {
    List<String> page = new ArrayList<>();
    int used = 0;
    int next = from;
    while (next < lines.size() && (page.isEmpty() || used + rowsOf(lines.get(next)) <= rows)) {
      used += rowsOf(lines.get(next));
      page.add(lines.get(next));
      next++;
    }
    session.print(page);
    return next;
  }

  /** Shows the "more" line, reads one key in raw mode and wipes the line again. */
  private int ask(int percent) {
    String more =
        TextWidth.fit(session.messages().get("pager.more", percent), terminal.getWidth() - 1);
    terminal
        .writer()
        .print(
            session.color()
                ? new AttributedString(more, AttributedStyle.INVERSE).toAnsi(terminal)
                : more);
    terminal.flush();
    Attributes saved = terminal.enterRawMode();
    try {
      Attributes raw = terminal.getAttributes();
      raw.setLocalFlag(Attributes.LocalFlag.ISIG, false); // Ctrl-C stops the paging, as q does
      terminal.setAttributes(raw);
      NonBlockingReader in = terminal.reader();
      return in.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      terminal.setAttributes(saved);
      terminal.writer().print('\r');
      terminal.puts(Capability.clr_eol);
      terminal.flush();
    }
  }
}
