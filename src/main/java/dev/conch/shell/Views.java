package dev.conch.shell;

import dev.conch.dsl.Builtin;
import dev.conch.i18n.Messages;
import dev.conch.net.download.DownloadProgress;
import dev.conch.net.sweep.SweepProgress;
import dev.conch.runtime.race.RaceReport;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.task.Turn;
import dev.conch.shell.errors.RuntimeWords;
import dev.conch.view.ByteSize;
import dev.conch.view.Elapsed;
import dev.conch.view.ProgressText;
import dev.conch.view.StatusText;
import dev.conch.view.TaskTable;
import dev.conch.view.Timeline;
import dev.conch.view.WordWrap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks what /tasks, /timeline and the status bar show and hands it, with the words of the current
 * language, to the renderers of {@code view}. Stateless.
 */
public final class Views {
  private static final int MAX_TASK_ROWS = 50;
  private static final int PROGRESS_WIDTH = 20;

  private Views() {}

  /**
   * The tasks of the latest run that started any, and every live task but the main task of the line
   * being evaluated (that is the prompt itself), in start order.
   */
  static List<Task> shownTasks(Session session) {
    Set<Task> shown = new LinkedHashSet<>();
    Run latest = session.runtime().tasks().latestRunWithTasks();
    if (latest != null) {
      shown.addAll(latest.spawned());
    }
    for (Task task : session.runtime().tasks().live()) {
      if (task.getRun() == null || task != task.getRun().main()) {
        shown.add(task);
      }
    }
    List<Task> list = new ArrayList<>(shown);
    list.sort((a, b) -> Long.compare(a.getId(), b.getId()));
    return list;
  }

  public static String tasks(Session session) {
    List<Task> tasks = shownTasks(session);
    Messages m = session.messages();
    if (tasks.isEmpty()) {
      return m.get("tasks.none");
    }
    List<Task> rows =
        tasks.size() > MAX_TASK_ROWS
            ? tasks.subList(tasks.size() - MAX_TASK_ROWS, tasks.size())
            : tasks;
    String table =
        TaskTable.render(rows, session.runtime().clock().now(), tableLabels(m), width(session));
    return rows.size() < tasks.size()
        ? m.get("tasks.more", tasks.size() - rows.size()) + "\n" + table
        : table;
  }

  /**
   * {@code line} as rows of the terminal's width now, broken between words; a line with colours in
   * it is left as it is.
   */
  static List<String> wrapped(Session session, String line) {
    return line.indexOf('\u001b') >= 0 ? List.of(line) : WordWrap.line(line, width(session));
  }

  /** The terminal's width in cells, or any width when it has none (a pipe, a dumb terminal). */
  public static int width(Session session) {
    int width = session.reader().getTerminal().getWidth();
    return width > 0 ? width : TaskTable.ANY_WIDTH;
  }

  public static String timeline(Session session) {
    Run run = session.runtime().tasks().latestRunWithTasks();
    Messages m = session.messages();
    if (run == null) {
      return m.get("timeline.none");
    }
    int width = Math.max(20, Math.min(80, session.reader().getTerminal().getWidth() - 34));
    Timeline.Options options =
        Timeline.Options.plain().withWidth(width).withColour(session.color());
    Timeline.Labels labels =
        new Timeline.Labels(
            m.get("legend.running"),
            m.get("legend.sleeping"),
            m.get("legend.waiting"),
            m.get("legend.blocked"),
            n -> m.get(n == 1 ? "timeline.more.one" : "timeline.more", n),
            m.get("timeline.jobs"),
            m.get("timeline.race"));
    Map<String, List<Long>> races = new HashMap<>();
    for (RaceReport race : session.runtime().tasks().races().reportsOf(run.id())) {
      for (String task : List.of(race.first().task(), race.second().task())) {
        races.computeIfAbsent(task, t -> new ArrayList<>()).add(race.at());
      }
    }
    return m.get("timeline.title", run.label())
        + "\n"
        + Timeline.render(
            run,
            session.runtime().clock().now(),
            labels,
            options,
            task -> races.getOrDefault(task.getName(), List.of()));
  }

  /**
   * The status line: how to call the built-in being typed (the tail tip), else how many tasks run,
   * sleep, wait or are blocked, and the progress bar of a pool's long map.
   */
  static String status(Session session) {
    Messages m = session.messages();
    Optional<Builtin> tip =
        session.evaluator().busy() ? Optional.empty() : TailTip.of(typed(session));
    if (tip.isPresent()) {
      return tip.get().synopsis() + "  — " + m.get(tip.get().summaryKey());
    }
    StatusText.Labels labels =
        new StatusText.Labels(
            m.get("status.prefix"),
            m.get("state.running"),
            m.get("state.sleeping"),
            m.get("state.waiting"),
            m.get("state.blocked"));
    List<Task> live = session.runtime().tasks().live();
    String counts = StatusText.render(StatusText.count(live), labels);
    Optional<String> sweep = sweeping(live, m);
    if (sweep.isPresent()) {
      return sweep.get() + "  " + counts; // first: JLine cuts a status line too long at its end
    }
    return ProgressText.oldest(
            session.runtime().pools().progress(), session.runtime().clock().now(), PROGRESS_WIDTH)
        .map(bar -> bar + "  " + counts) // first: JLine cuts a status line too long at its end
        .orElse(counts);
  }

  /** The counts of a sweep or a download that a live task waits on. */
  private static Optional<String> sweeping(List<Task> live, Messages m) {
    for (Task task : live) {
      if (task.getWaitTarget() instanceof SweepProgress p) {
        return Optional.of(
            m.get("status.sweep", p.targets(), p.getSent(), p.getAnswered(), p.getLeft()));
      }
      if (task.getWaitTarget() instanceof DownloadProgress p) {
        String left =
            p.getSecondsLeft() < 0
                ? ""
                : m.get("status.download.left", Elapsed.rough(p.getSecondsLeft()));
        return Optional.of(
            m.get(
                "status.download",
                p.getDone(),
                p.getTotal(),
                ByteSize.text(p.getBytes()),
                ByteSize.text((long) p.getRate()),
                left));
      }
    }
    return Optional.empty();
  }

  /** The line being typed up to the cursor; read from the status thread, so only a snapshot. */
  private static String typed(Session session) {
    try {
      return session.reader().getBuffer().upToCursor();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static TaskTable.Labels tableLabels(Messages m) {
    return new TaskTable.Labels(
        m.get("col.id"),
        m.get("col.name"),
        m.get("col.kind"),
        m.get("col.state"),
        m.get("col.for"),
        m.get("col.detail"),
        m.get("detail.sleeping"),
        m.get("detail.on"),
        (TaskState s) -> m.get("state." + s.name().toLowerCase(Locale.ROOT)),
        target ->
            target instanceof Turn
                ? m.get("detail.turn")
                : RuntimeWords.localized(String.valueOf(target), m));
  }
}
