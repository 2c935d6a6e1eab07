package dev.conch.shell.command;

import dev.conch.shell.Session;
import java.util.List;
import java.util.Map;

/**
 * One /-command: its name, how it is called, and what it does. Subclasses are thin: parse the
 * words, call the runtime or the session, render. Each is stateless; the REPL thread runs them one
 * at a time.
 */
public abstract class Command {
  private final String name;
  private final String synopsis;

  /** A command typed as {@code /name}, called as {@code synopsis}. */
  public Command(String name, String synopsis) {
    this.name = name;
    this.synopsis = synopsis;
  }

  /** The name typed after the slash, such as {@code tasks}. */
  public final String name() {
    return name;
  }

  /** How it is called, such as {@code /run ID|FILE [args…]}. */
  public final String synopsis() {
    return synopsis;
  }

  /** What may follow the command name, for completion. */
  public List<String> choices(Session session) {
    return List.of();
  }

  /** What Tab shows beside each of the {@link #choices}, by choice; none by default. */
  public Map<String, String> choiceNotes(Session session) {
    return Map.of();
  }

  /** Says how the command is called, and where its help is: its words did not fit. */
  public final void usage(Session session) {
    usage(session, synopsis);
  }

  /** Says {@code what} was wrong with the words typed, and where the command's help is. */
  public final void usage(Session session, String what) {
    session.print(
        session.messages().get("error.command.args", "/" + name, what)
            + "  "
            + session.messages().get("error.usage.try", name));
  }

  /** Runs the command with the words typed after its name. */
  public abstract void execute(Session session, List<String> args) throws Exception;
}
