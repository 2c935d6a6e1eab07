package dev.conch.shell;

import java.util.List;

/** {@code /tasks}: every live task and the tasks of the last run, with what each is doing. */
final class TasksCommand extends Command {
  TasksCommand() {
    super("tasks", "/tasks");
  }

  @Override
  void execute(Session session, List<String> args) {
    session.print(Views.tasks(session));
  }
}
