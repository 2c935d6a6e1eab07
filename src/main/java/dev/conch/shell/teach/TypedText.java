package dev.conch.shell.teach;

import dev.conch.shell.Highlighter;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Code shown as if typed at the prompt: {@code conch> } before its first line, {@code ...> } before
 * the others, highlighted as the REPL highlights typed code. What /demo shows before it runs a step
 * and /replay shows for a recorded line. Stateless.
 */
final class TypedText {
  static final String PROMPT = "conch> ";
  static final String MORE = "  ...> ";

  private TypedText() {}

  /** {@code code} behind the prompts, as text for {@code terminal} (plain when colour is off). */
  static String of(String code, boolean color, Terminal terminal) {
    AttributedString highlighted = new Highlighter(color).highlight(null, code);
    AttributedStringBuilder out = new AttributedStringBuilder();
    int start = 0;
    boolean first = true;
    while (start <= code.length()) {
      int end = code.indexOf('\n', start);
      end = end < 0 ? code.length() : end;
      if (!first) {
        out.append('\n');
      }
      prompt(out, first ? PROMPT : MORE, color);
      out.append(highlighted.subSequence(start, end));
      first = false;
      start = end + 1;
    }
    return out.toAnsi(terminal);
  }

  private static void prompt(AttributedStringBuilder out, String prompt, boolean color) {
    if (color && prompt.equals(PROMPT)) {
      out.styled(AttributedStyle.BOLD.foreground(AttributedStyle.GREEN), "conch").append("> ");
    } else {
      out.append(prompt);
    }
  }
}
