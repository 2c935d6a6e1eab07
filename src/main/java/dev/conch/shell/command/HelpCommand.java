package dev.conch.shell.command;

import dev.conch.dsl.Builtin;
import dev.conch.dsl.Builtins;
import dev.conch.i18n.HelpTopics;
import dev.conch.i18n.Messages;
import dev.conch.shell.Pager;
import dev.conch.shell.Session;
import dev.conch.shell.Views;
import dev.conch.shell.errors.NameAdvice;
import dev.conch.view.TextWidth;
import dev.conch.view.WordWrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code /help [topic]}: everything in one page, or one built-in, command or concept; wrapped at
 * word boundaries to the terminal's width and paged when longer than the screen.
 */
public final class HelpCommand extends Command {
  /** The cells most built-in names fit in; a longer name pushes its summary to the right. */
  private static final int NAMES = 9;

  HelpCommand() {
    super("help", "/help [TOPIC]");
  }

  @Override
  public List<String> choices(Session session) {
    return Stream.of(
            Builtins.ALL.stream().map(Builtin::name),
            CommandTable.ALL.stream().map(Command::name),
            HelpTopics.ALL.stream(),
            HelpTopics.ALIASES.keySet().stream().sorted(),
            Stream.of(NameAdvice.PYTHON_TOPIC))
        .flatMap(s -> s)
        .toList();
  }

  @Override
  public void execute(Session session, List<String> args) {
    Messages m = session.messages();
    List<String> lines = args.isEmpty() ? overview(m) : topic(m, args.get(0));
    int width = Views.width(session);
    if (lines.stream().anyMatch(line -> TextWidth.of(line) > width)) {
      lines = WordWrap.rejoin(lines); // pages are cut for 80 columns: even lines on fewer
    }
    Pager.print(session, lines);
  }

  static List<String> overview(Messages m) {
    List<String> lines = new ArrayList<>();
    lines.add(m.get("help.title"));
    lines.add("");
    lines.add(m.get("help.builtins"));
    for (Builtin b : Builtins.ALL) {
      lines.add("  " + TextWidth.padRight(b.name(), NAMES) + "  " + m.get(b.summaryKey()));
    }
    lines.add("");
    lines.add(m.get("help.commands"));
    int synopses =
        CommandTable.ALL.stream().mapToInt(c -> TextWidth.of(c.synopsis())).max().orElse(0);
    for (Command c : CommandTable.ALL) {
      lines.add(
          "  " + TextWidth.padRight(c.synopsis(), synopses) + "  " + m.get("command." + c.name()));
    }
    lines.add("");
    lines.addAll(topics(m));
    lines.add(m.get("help.units"));
    return lines;
  }

  /** The topics, a line per group, each topic followed by its other names in brackets. */
  public static List<String> topics(Messages m) {
    List<String> lines = new ArrayList<>();
    lines.add(m.get("help.topics"));
    for (HelpTopics.Group group : HelpTopics.GROUPS) {
      List<String> named = new ArrayList<>();
      for (String topic : group.topics()) {
        List<String> aliases = HelpTopics.aliasesOf(topic);
        named.add(aliases.isEmpty() ? topic : topic + " (" + String.join(", ", aliases) + ")");
      }
      lines.add("  " + m.get("help.group." + group.key(), String.join(", ", named)));
    }
    lines.add("  " + m.get("help.topics.aliases"));
    lines.add("  " + m.get("help.topics.python", NameAdvice.PYTHON_TOPIC));
    return lines;
  }

  public static List<String> topic(Messages m, String word) {
    String name = word.startsWith("/") ? word.substring(1) : word;
    List<String> lines = new ArrayList<>();
    Optional<Builtin> builtin = Builtins.find(name);
    if (builtin.isPresent()) {
      Builtin b = builtin.get();
      lines.add(b.name() + " — " + m.get(b.summaryKey()));
      lines.add("  " + m.get("help.synopsis", b.synopsis()));
      lines.add("  " + m.get("help.example", b.example()));
    }
    Optional<Command> command = CommandTable.find(name);
    command.ifPresent(c -> lines.add(c.synopsis() + " — " + m.get("command." + c.name())));
    command
        .filter(c -> m.has("command." + c.name() + ".more"))
        .ifPresent(c -> lines.addAll(m.get("command." + c.name() + ".more").lines().toList()));
    Optional<String> page = HelpTopics.resolve(name).flatMap(m::helpPage);
    if (page.isPresent()) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      lines.addAll(page.get().stripTrailing().lines().toList());
    }
    if (lines.isEmpty()) {
      lines.addAll(NameAdvice.unknownTopic(word, m));
    }
    return lines;
  }
}
