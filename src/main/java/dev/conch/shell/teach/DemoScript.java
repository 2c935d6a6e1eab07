package dev.conch.shell.teach;

import dev.conch.shell.GroovyLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script cut into the steps /demo shows one at a time. A step is a run of {@code //} comment
 * lines, its prose, followed by the code up to the next comment line or blank line; a blank line or
 * comment inside a statement that is still open (an unclosed bracket or string, as the prompt
 * judges it) does not cut it. Two markers, each a comment line of its own, change the cut: <code>
 * // ---</code> ends a step wherever it stands, and code between <code>// {{{</code> and <code>//
 * }}}</code> stays one step, comments and blank lines included. Words after <code>---</code> or
 * <code>{{{</code> are prose of the next step. Confined to one thread: {@link #split} works on a
 * fresh instance.
 */
final class DemoScript {
  /** One step: its prose (comment text without the slashes) and its code, either may be empty. */
  record Step(List<String> prose, String code) {
    Step {
      prose = List.copyOf(prose);
    }

    boolean hasCode() {
      return !code.isBlank();
    }
  }

  private static final Pattern BREAK = Pattern.compile("//\\s*-{3,}\\s*(.*)");
  private static final Pattern OPEN = Pattern.compile("//\\s*\\{\\{\\{\\s*(.*)");
  private static final Pattern CLOSE = Pattern.compile("//\\s*}}}.*");

  private final List<Step> steps = new ArrayList<>();
  private final List<String> prose = new ArrayList<>();
  private final List<String> code = new ArrayList<>();
  private boolean inBlock;

  private DemoScript() {}

  /** The steps of {@code script}, in order. */
  static List<Step> split(String script) {
    DemoScript cutter = new DemoScript();
    List<String> lines = script.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0 || !lines.get(i).startsWith("#!")) {
        cutter.take(lines.get(i));
      }
    }
    cutter.endStep();
    return List.copyOf(cutter.steps);
  }

  private void take(String line) {
    String text = line.strip();
    if (inBlock) {
      takeInBlock(line, text);
      return;
    }
    if (statementOpen()) {
      code.add(line);
      return;
    }
    Matcher marker;
    if ((marker = OPEN.matcher(text)).matches()) {
      endCode();
      inBlock = true;
      addProse(marker.group(1));
    } else if ((marker = BREAK.matcher(text)).matches()) {
      endStep();
      addProse(marker.group(1));
    } else if (text.startsWith("//")) {
      endCode();
      prose.add(text.substring(2).startsWith(" ") ? text.substring(3) : text.substring(2));
    } else if (text.isEmpty()) {
      blank();
    } else {
      code.add(line);
    }
  }

  /** Between the fold markers every line is code, up to the closing one, which ends the step. */
  private void takeInBlock(String line, String text) {
    if (CLOSE.matcher(text).matches()) {
      inBlock = false;
      endStep();
    } else if (!code.isEmpty() || !text.isEmpty()) {
      code.add(line);
    }
  }

  private boolean statementOpen() {
    return !code.isEmpty() && GroovyLexer.scan(String.join("\n", code)).open();
  }

  private void blank() {
    if (!code.isEmpty()) {
      endStep();
    } else if (!prose.isEmpty() && !prose.getLast().isEmpty()) {
      prose.add(""); // a paragraph break in the prose
    }
  }

  private void addProse(String words) {
    if (!words.isBlank()) {
      prose.add(words.strip());
    }
  }

  /** Ends the step when it has code; prose alone waits for the code it introduces. */
  private void endCode() {
    if (!code.isEmpty()) {
      endStep();
    }
  }

  private void endStep() {
    while (!prose.isEmpty() && prose.getLast().isEmpty()) {
      prose.removeLast();
    }
    if (!prose.isEmpty() || !code.isEmpty()) {
      steps.add(new Step(prose, String.join("\n", code).stripTrailing()));
    }
    prose.clear();
    code.clear();
  }
}
