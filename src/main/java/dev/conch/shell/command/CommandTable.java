package dev.conch.shell.command;

import dev.conch.shell.teach.DemoCommand;
import dev.conch.shell.teach.RecordCommand;
import dev.conch.shell.teach.ReplayCommand;
import dev.conch.shell.teach.StepCommand;
import java.util.List;
import java.util.Optional;

/** The one list of /-commands: help, completion and the README check derive from it. Immutable. */
public final class CommandTable {
  public static final List<Command> ALL =
      List.of(
          new HelpCommand(),
          new RunCommand(),
          new StepCommand(),
          new DemoCommand(),
          new RecordCommand(),
          new ReplayCommand(),
          new TasksCommand(),
          new TimelineCommand(),
          new CureCommand(),
          new RacesCommand(),
          new GeoCommand(),
          new VarsCommand(),
          new ResetCommand(),
          new LangCommand(),
          new HistoryCommand(),
          new TraceCommand(),
          new ExitCommand());

  private CommandTable() {}

  public static Optional<Command> find(String name) {
    String bare = name.startsWith("/") ? name.substring(1) : name;
    return ALL.stream().filter(c -> c.name().equals(bare)).findFirst();
  }

  /** The names as typed, with their slash. */
  public static List<String> names() {
    return ALL.stream().map(c -> "/" + c.name()).toList();
  }
}
