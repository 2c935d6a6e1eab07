package dev.conch.shell;

import java.util.List;

/**
 * One /-command. Implementations are thin: parse the words, call the runtime or the session,
 * render. Each is stateless; the REPL thread runs them one at a time.
 */
interface Command {
  /** The name typed after the slash, such as {@code tasks}. */
  String name();

  /** How it is called, such as {@code /run ID|FILE [args…]}. */
  String synopsis();

  /** What may follow the command name, for completion. */
  default List<String> choices(Session session) {
    return List.of();
  }

  /** Runs the command with the words typed after its name. */
  void execute(Session session, List<String> args) throws Exception;
}
