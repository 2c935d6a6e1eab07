package dev.conch.shell;

import dev.conch.view.TextWidth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * Elsewhere (a pipe, a script, {@code -e}, a dumb terminal) everything is printed at once. One
 * instance pages one text; confined to the REPL thread.
 */
public final class Pager {
  private static final int CTRL_C = 3;
  private static final int CTRL_D = 4;

  private final Session session;
  private final Terminal terminal;
  private final List<String> lines;
  private final Deque<String> rows = new ArrayDeque<>(); // of the line being shown, not shown yet
  private int next; // the next line to wrap into rows

  private Pager(Session session, List<String> lines) {
    this.session = session;
    this.terminal = session.reader().getTerminal();
    this.lines = List.copyOf(lines);
  }

  /**
   * Prints {@code lines}, paged; plain lines are wrapped at word boundaries to the terminal's width
   * as they come, so a screenful shown after a resize fits the new width. Lines carrying colours
   * are left for the terminal to wrap.
   */
  public static void print(Session session, List<String> lines) {
    new Pager(session, lines).show();
  }

  /** {@code line} as rows of the terminal's width now. */
  private List<String> wrap(String line) {
    return Views.wrapped(session, line);
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

  /** Whether all the lines fit on the screen at once. */
  private boolean fits() {
    int rows = 0;
    for (String line : lines) {
      for (String row : wrap(line)) {
        rows += rowsOf(row);
      }
    }
    return rows <= pageRows() + 1;
  }

  /** The rows {@code line} takes once the terminal wraps it. */
  private int rowsOf(String line) {
    int width = terminal.getWidth();
    if (width <= 0) {
      return 1;
    }
    int cells = AttributedString.fromAnsi(line).columnLength();
    return Math.max(1, (cells + width - 1) / width);
  }

  private void show() {
    int page = interactive() && !fits() ? pageRows() : Integer.MAX_VALUE;
    while (page >= 0) {
      List<String> shown = takeRows(page);
      if (!shown.isEmpty()) {
        session.print(shown);
      }
      if (rows.isEmpty() && next == lines.size()) {
        return;
      }
      page = rowsAsked(ask(100 * (next - (rows.isEmpty() ? 0 : 1)) / lines.size()));
    }
  }

  /** The rows {@code key} asks for: a screenful, a line, none (a key that means nothing), or -1. */
  private int rowsAsked(int key) {
    return switch (key) {
      case ' ' -> pageRows();
      case '\r', '\n' -> 1;
      case 'q', 'Q', CTRL_C, CTRL_D, -1 -> -1;
      default -> 0;
    };
  }

  /** The next rows to show that fill {@code page} rows of the screen, one at least if any. */
  private List<String> takeRows(int page) {
    List<String> shown = new ArrayList<>();
    int used = 0;
    while (used < page && (!rows.isEmpty() || next < lines.size())) {
      if (rows.isEmpty()) {
        rows.addAll(wrap(lines.get(next++)));
      }
      int height = rowsOf(rows.peekFirst());
      if (used > 0 && used + height > page) {
        break;
      }
      shown.add(rows.pollFirst());
      used += height;
    }
    return shown;
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
