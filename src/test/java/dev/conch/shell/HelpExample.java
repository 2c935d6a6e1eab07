package dev.conch.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The runnable example of a help page, read by the marker convention that {@link
 * dev.conch.i18n.HelpTopics} describes: {@code conch> } lines (with {@code ...> } continuations)
 * are typed at the prompt, and the indented block under a {@code // NAME.groovy} line is a script
 * run whole, as {@code /run} does. After a step, {@code => VALUE} is the value the shell shows (a
 * {@code ~} before it: a value that differs from run to run, such as a time or a pid), a line
 * starting with the shell's error prefix is the error it shows, and the other indented lines up to
 * a blank or unindented one are what it prints. Immutable.
 */
record HelpExample(List<Step> steps) {
  /**
   * One thing the learner does: {@code code}, typed as a line or run as a whole script; {@code
   * shown} the value the page says the shell shows (null: none), {@code error} the error line it
   * shows (null: none), {@code printed} the other lines it shows, without their comments.
   */
  record Step(String code, boolean wholeScript, String shown, String error, List<String> printed) {
    Step(String code, boolean wholeScript) {
      this(code, wholeScript, null, null, List.of());
    }

    Step withShown(String value) {
      return new Step(code, wholeScript, value, error, printed);
    }

    Step withError(String line) {
      return new Step(code, wholeScript, shown, line, printed);
    }

    Step withPrinted(String line) {
      List<String> more = new ArrayList<>(printed);
      more.add(line);
      return new Step(code, wholeScript, shown, error, List.copyOf(more));
    }

    /** A /-command such as {@code /tasks}: not Groovy, so the examples test skips it. */
    boolean isCommand() {
      return !wholeScript && code.startsWith("/");
    }
  }

  static final String PROMPT = "conch> ";
  static final String MORE = "...> ";
  static final String VALUE = "=> ";

  /** The example of {@code page}; {@code errorPrefix} starts an error line in its language. */
  static HelpExample parse(String page, String errorPrefix) {
    List<Step> steps = new ArrayList<>();
    List<String> lines = page.lines().toList();
    boolean output = false;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty() || !lines.get(i).startsWith(" ")) {
        output = false;
      } else if (text.startsWith(PROMPT)) {
        output = true;
        StringBuilder code = new StringBuilder(text.substring(PROMPT.length()));
        while (i + 1 < lines.size() && lines.get(i + 1).strip().startsWith(MORE)) {
          code.append('\n').append(lines.get(++i).strip().substring(MORE.length()));
        }
        steps.add(new Step(code.toString(), false));
      } else if (text.startsWith("// ") && text.endsWith(".groovy")) {
        int end = scriptEnd(lines, i);
        steps.add(new Step(script(lines.subList(i, end)), true));
        i = end - 1;
      } else if (output && text.startsWith(VALUE)) {
        steps.set(steps.size() - 1, last(steps).withShown(beforeComment(text, VALUE.length())));
      } else if (output && text.startsWith(errorPrefix)) {
        steps.set(steps.size() - 1, last(steps).withError(beforeComment(text, 0)));
      } else if (output) {
        steps.set(steps.size() - 1, last(steps).withPrinted(beforeComment(text, 0)));
      }
    }
    return new HelpExample(List.copyOf(steps));
  }

  /** Where the script block starting at {@code start} ends: at a blank or unindented line. */
  private static int scriptEnd(List<String> lines, int start) {
    int end = start + 1;
    while (end < lines.size()
        && !lines.get(end).isBlank()
        && lines.get(end).startsWith(" ")
        && !lines.get(end).strip().startsWith(PROMPT)) {
      end++;
    }
    return end;
  }

  /** The lines of a script block without the indentation they share. */
  private static String script(List<String> block) {
    int indent =
        block.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return String.join("\n", block.stream().map(l -> l.substring(indent)).toList());
  }

  /** The text from {@code from} up to a comment (two or more spaces), stripped. */
  private static String beforeComment(String text, int from) {
    String rest = text.substring(from);
    int comment = rest.indexOf("  ");
    return (comment < 0 ? rest : rest.substring(0, comment)).strip();
  }

  private static Step last(List<Step> steps) {
    return steps.get(steps.size() - 1);
  }
}
