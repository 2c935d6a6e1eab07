package dev.conch.shell;

import java.util.List;

/** {@code /exit}: leaves Conch; every task is ended on the way out. */
final class ExitCommand extends Command {
  ExitCommand() {
    super("exit", "/exit");
  }

  @Override
  void execute(Session session, List<String> args) {
    session.requestExit();
  }
}
