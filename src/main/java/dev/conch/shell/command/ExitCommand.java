package dev.conch.shell.command;

import dev.conch.shell.Session;
import java.util.List;

/** {@code /exit}: leaves Conch; every task is ended on the way out. */
final class ExitCommand extends Command {
  ExitCommand() {
    super("exit", "/exit");
  }

  @Override
  public void execute(Session session, List<String> args) {
    session.requestExit();
  }
}
