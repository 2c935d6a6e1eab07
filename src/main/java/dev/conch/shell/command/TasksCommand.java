package dev.conch.shell.command;

import dev.conch.shell.Session;
import dev.conch.shell.Views;
import java.util.List;

/** {@code /tasks}: every live task and the tasks of the last run, with what each is doing. */
final class TasksCommand extends Command {
  TasksCommand() {
    super("tasks", "/tasks");
  }

  @Override
  public void execute(Session session, List<String> args) {
    session.print(Views.tasks(session));
  }
}
