package dev.conch.shell.errors;

import dev.conch.dsl.Builtin;
import dev.conch.dsl.Builtins;
import dev.conch.dsl.python.PythonEquivalents;
import dev.conch.dsl.python.PythonEquivalents.Equivalent;
import dev.conch.i18n.HelpTopics;
import dev.conch.i18n.Messages;
import dev.conch.shell.command.Command;
import dev.conch.shell.command.CommandTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to say about a name that means nothing here: Conch's way for a Python spelling (from {@link
 * PythonEquivalents}), else the nearest built-in, session name, command or help topic. Stateless.
 */
public final class NameAdvice {
  /** The help topic that lists every Python spelling beside Conch's way. */
  public static final String PYTHON_TOPIC = "python";

  /** The built-in a Conch spelling starts with: {@code spawn} of {@code spawn(target: f)}. */
  private static final Pattern FIRST_NAME = Pattern.compile("^[A-Za-z_]\\w*");

  /** Groovy's own methods a learner types at the prompt, beside the built-ins. */
  private static final List<String> GROOVY_METHODS = List.of("println", "print", "printf");

  private NameAdvice() {}

  /**
   * The problem with {@code name}, used in {@code code} but defined nowhere; {@code known} are the
   * session's names. Empty when Conch has nothing better than "not defined".
   */
  static Optional<String> undefined(
      String name, String code, Collection<String> known, Messages m) {
    if (known.contains(name)) {
      return Optional.empty();
    }
    if ((GROOVY_METHODS.contains(name) || Builtins.find(name).isPresent())
        && Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "\\s+\\[").matcher(code).find()) {
      return Optional.of(m.get("hint.index", name));
    }
    Optional<String> missing = PythonEquivalents.unknownMember(name, code);
    if (missing.isPresent()) {
      return Optional.of(m.get("python.missing", missing.get(), PYTHON_TOPIC));
    }
    Optional<Equivalent> python = PythonEquivalents.forName(name, code);
    if (python.isPresent()) {
      return Optional.of(instead(python.get(), m));
    }
    List<String> candidates = new ArrayList<>(known);
    Builtins.ALL.stream().map(Builtin::name).forEach(candidates::add);
    candidates.addAll(GROOVY_METHODS);
    return NearestName.among(name, candidates).map(near -> m.get("hint.near", name, near));
  }

  /** "in Conch, Python's X is Y", with the row's note. */
  static String instead(Equivalent row, Messages m) {
    return row.note().isEmpty()
        ? m.get("python.instead", row.python(), row.conch())
        : m.get(
            "python.instead.note", row.python(), row.conch(), m.get("python.note." + row.note()));
  }

  /** {@code /help python}: the whole table, a row a line. */
  private static List<String> pythonTable(Messages m) {
    List<String> lines = new ArrayList<>();
    lines.add(m.get("help.python.title"));
    for (Equivalent row : PythonEquivalents.ALL) {
      String note = row.note().isEmpty() ? "" : "   " + m.get("python.note." + row.note());
      lines.add(String.format("  %-28s %s%s", row.python(), row.conch(), note));
    }
    lines.add(m.get("help.python.errors"));
    lines.add(m.get("help.python.lists"));
    lines.add(m.get("help.python.ints"));
    section(lines, m, "help.python.differs", "release", "timeout", "maxsize", "wait");
    section(lines, m, "help.python.keeps", "find", "get", "mod");
    return lines;
  }

  /** A heading, then each of its {@code items} ({@code heading.item}) indented under it. */
  private static void section(List<String> lines, Messages m, String heading, String... items) {
    lines.add(m.get(heading));
    for (String item : items) {
      lines.add("  " + m.get(heading + "." + item));
    }
  }

  /** The line for a /-command nobody has, with the nearest one when there is one. */
  public static String unknownCommand(String word, Messages m) {
    return NearestName.among(word, CommandTable.names())
        .map(near -> m.get("error.command.near", word, near))
        .orElseGet(() -> m.get("error.command.unknown", word));
  }

  /**
   * The lines for a help topic nobody has: Conch's way for a Python spelling and the page to read,
   * else the nearest topic.
   */
  public static List<String> unknownTopic(String word, Messages m) {
    if (word.equals(PYTHON_TOPIC)) {
      return pythonTable(m);
    }
    Optional<Equivalent> python = PythonEquivalents.forWord(word);
    if (python.isPresent()) {
      List<String> lines = new ArrayList<>();
      lines.add(instead(python.get(), m));
      Matcher first = FIRST_NAME.matcher(python.get().conch());
      if (first.find() && Builtins.find(first.group()).isPresent()) {
        lines.add("  " + m.get("python.see", first.group()));
      }
      return lines;
    }
    List<String> topics = new ArrayList<>();
    Builtins.ALL.stream().map(Builtin::name).forEach(topics::add);
    CommandTable.ALL.stream().map(Command::name).forEach(topics::add);
    topics.addAll(HelpTopics.ALL);
    topics.addAll(HelpTopics.ALIASES.keySet().stream().sorted().toList());
    String bare = word.startsWith("/") ? word.substring(1) : word;
    return List.of(
        NearestName.among(bare, topics)
            .map(near -> m.get("help.unknown.near", word, near))
            .orElseGet(() -> m.get("help.unknown", word)));
  }
}
