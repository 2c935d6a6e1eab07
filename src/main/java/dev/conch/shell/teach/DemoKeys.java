package dev.conch.shell.teach;

import java.io.IOException;
import java.util.Locale;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Reads what the teacher presses between two steps of a demo. On a real terminal one key is enough
 * (the terminal is raw meanwhile; Ctrl-C still raises its signal), and the arrows and Page Up/Down
 * of a presentation remote work too; on a dumb terminal, piped input included, a whole line is
 * read: an empty line is Enter, {@code b}, {@code r}, {@code q}, {@code ?} the other keys. Confined
 * to the REPL thread.
 */
final class DemoKeys {
  /** What a key asks for. */
  enum Key {
    RUN("Enter"),
    BACK("b"),
    RERUN("r"),
    QUIT("q"),
    HELP("?"),
    OTHER("…");

    private final String label;

    Key(String label) {
      this.label = label;
    }

    /** How a recording names it. */
    String label() {
      return label;
    }
  }

  private static final int ESCAPE = 27;
  private static final int CTRL_D = 4;

  /**
   * How long the rest of an escape sequence may take after its ESC. A remote or a terminal sends a
   * sequence at once, but over ssh, or on a loaded machine, its bytes can come tens of milliseconds
   * apart: at 30 ms a Page Down was read as ESC and three other keys under load. A lone ESC (a key
   * that means nothing here) waits this long.
   */
  private static final long SEQUENCE_MILLIS = 200;

  private final Terminal terminal;
  private final boolean oneKey;

  DemoKeys(Terminal terminal) {
    this.terminal = terminal;
    this.oneKey = !terminal.getType().startsWith(Terminal.TYPE_DUMB);
  }

  /** The next key; {@link Key#QUIT} when the input has ended. */
  Key next() throws IOException {
    return oneKey ? nextKey() : nextLine();
  }

  /** What {@code typed} (a key, or a line of piped input) asks for. */
  static Key of(String typed) {
    return switch (typed.strip().toLowerCase(Locale.ROOT)) {
      case "" -> Key.RUN;
      case "b" -> Key.BACK;
      case "r" -> Key.RERUN;
      case "q" -> Key.QUIT;
      case "?", "h" -> Key.HELP;
      default -> Key.OTHER;
    };
  }

  private Key nextKey() throws IOException {
    Attributes saved = terminal.enterRawMode();
    try {
      NonBlockingReader in = terminal.reader();
      int c = in.read();
      if (c < 0 || c == CTRL_D) {
        return Key.QUIT;
      }
      if (c == ESCAPE) {
        return escaped(in);
      }
      return of(c == '\r' || c == '\n' ? "" : Character.toString(c));
    } finally {
      terminal.setAttributes(saved);
    }
  }

  /**
   * The key of an escape sequence: the arrows and Page Up/Down that presentation remotes send step
   * forward (right, down, Page Down) and back (left, up, Page Up); any other key means nothing.
   */
  private static Key escaped(NonBlockingReader in) throws IOException {
    int kind = in.read(SEQUENCE_MILLIS);
    if (kind != '[' && kind != 'O') {
      return Key.OTHER; // Escape alone, or Alt with a key
    }
    StringBuilder sequence = new StringBuilder();
    int c = in.read(SEQUENCE_MILLIS);
    while (c >= 0 && (c < 0x40 || c > 0x7e)) {
      sequence.append((char) c); // parameters, up to the final character
      c = in.read(SEQUENCE_MILLIS);
    }
    if (c >= 0) {
      sequence.append((char) c);
    }
    return switch (sequence.toString()) {
      case "C", "B", "6~" -> Key.RUN;
      case "D", "A", "5~" -> Key.BACK;
      default -> Key.OTHER;
    };
  }

  private Key nextLine() throws IOException {
    NonBlockingReader in = terminal.reader();
    StringBuilder line = new StringBuilder();
    int c = in.read();
    if (c < 0) {
      return Key.QUIT;
    }
    while (c >= 0 && c != '\n') {
      if (c != '\r') {
        line.append((char) c);
      }
      c = in.read();
    }
    return of(line.toString());
  }
}
