package dev.conch.shell;

import dev.conch.runtime.Run;
import dev.conch.runtime.Task;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Picks what /tasks and /timeline show and hands it to the renderers of {@code view}. Stateless. */
final class Views {
  private Views() {}

  /** The live tasks (not the prompt's own main tasks) and the tasks of the latest run with tasks. */
  static List<Task> shownTasks(Session session) {
    Set<Task> shown = new LinkedHashSet<>();
    Run latest = session.runtime().tasks().latestRunWithTasks();
    if (latest != null) {
      shown.addAll(latest.spawned());
    }
    for (Task task : session.runtime().tasks().live()) {
      if (task.getRun() == null || task != task.getRun().main() || !session.evaluator().busy()) {
        shown.add(task);
      }
    }
    List<Task> list = new ArrayList<>(shown);
    list.sort((a, b) -> Long.compare(a.getId(), b.getId()));
    return list;
  }

  static String tasks(Session session) {
    List<Task> tasks = shownTasks(session);
    if (tasks.isEmpty()) {
      return session.messages().get("tasks.none");
    }
    StringBuilder out = new StringBuilder();
    for (Task t : tasks) {
      out.append(t.getName()).append(' ').append(t.getState()).append('\n');
    }
    return out.toString().stripTrailing();
  }

  static String timeline(Session session) {
    Run run = session.runtime().tasks().latestRunWithTasks();
    if (run == null) {
      return session.messages().get("timeline.none");
    }
    return run.label();
  }
}
