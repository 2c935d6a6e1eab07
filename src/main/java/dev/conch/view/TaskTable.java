package dev.conch.view;

import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.task.TaskState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The table of {@code /tasks}: one line per task with its id, name, kind, state, how long it has
 * been in that state, and what it is busy with and waits for (or why it failed). Columns are
 * aligned in terminal cells, so Chinese headers and names line up too.
 *
 * <p>Stateless and thread-safe.
 */
public final class TaskTable {
  /** The widest a name is shown; longer names end in an ellipsis. */
  public static final int NAME_WIDTH = 24;

  /** The widest a detail is shown; longer details end in an ellipsis. */
  public static final int DETAIL_WIDTH = 80;

  /** The narrowest a name is cut to when the terminal is too narrow for the whole table. */
  private static final int NARROWEST_NAME = 10;

  /** The cells a detail keeps before names are cut narrower to make room for it. */
  private static final int NARROWEST_DETAIL = 20;

  /** Any width: lines as long as their cells make them. */
  public static final int ANY_WIDTH = Integer.MAX_VALUE;

  private static final String GAP = "  ";
  private static final int NAME = 1;
  private static final int DETAIL = 5;

  private TaskTable() {}

  /**
   * The words of the table, supplied by the caller in the learner's language. Immutable.
   *
   * @param id header of the id column
   * @param name header of the name column
   * @param kind header of the kind column
   * @param state header of the state column
   * @param duration header of the column that says how long the task has been in its state
   * @param detail header of the detail column
   * @param sleepingDetail {@link String#format} pattern for a sleep, given its milliseconds ({@code
   *     sleeping %d ms})
   * @param onTaskDetail {@link String#format} pattern for a wait on a task, given its name ({@code
   *     on task %s})
   * @param stateWord the word shown for each state
   * @param targetWord what is shown for anything else a task waits for (a lock, a queue, its turn)
   */
  public record Labels(
      String id,
      String name,
      String kind,
      String state,
      String duration,
      String detail,
      String sleepingDetail,
      String onTaskDetail,
      Function<TaskState, String> stateWord,
      Function<Object, String> targetWord) {
    public Labels {
      Objects.requireNonNull(stateWord, "stateWord");
      Objects.requireNonNull(targetWord, "targetWord");
    }

    /** The English words, with {@link TaskState#word()} for states. */
    public static Labels english() {
      return new Labels(
          "ID",
          "NAME",
          "KIND",
          "STATE",
          "FOR",
          "DETAIL",
          "sleeping %d ms",
          "on task %s",
          TaskState::word,
          String::valueOf);
    }

    /** These labels with {@code words} for the states. */
    public Labels withStateWord(Function<TaskState, String> words) {
      return new Labels(
          id, name, kind, state, duration, detail, sleepingDetail, onTaskDetail, words, targetWord);
    }
  }

  /**
   * What the table shows of one task, read once. Immutable.
   *
   * @param since when the current state began, in runtime nanoseconds
   * @param target what the task waits for, or null
   * @param error what ended a failed task, or null
   * @param doing what the task is busy with (a pool worker's job), or null
   * @param pid the child process's pid for a process task (shown beside its kind), else -1
   */
  public record Row(
      long id,
      String name,
      TaskKind kind,
      TaskState state,
      long since,
      Object target,
      Throwable error,
      Object doing,
      long pid) {

    /** A row of a task of this JVM (no pid of its own to show). */
    public Row(
        long id,
        String name,
        TaskKind kind,
        TaskState state,
        long since,
        Object target,
        Throwable error,
        Object doing) {
      this(id, name, kind, state, since, target, error, doing, -1);
    }

    /** A row of a task that is busy with nothing in particular. */
    public Row(
        long id,
        String name,
        TaskKind kind,
        TaskState state,
        long since,
        Object target,
        Throwable error) {
      this(id, name, kind, state, since, target, error, null);
    }

    /** A snapshot of {@code task} as it is now. */
    public static Row of(Task task) {
      return new Row(
          task.getId(),
          task.getName(),
          task.getKind(),
          task.getState(),
          task.getSince(),
          task.getWaitTarget(),
          task.getError(),
          task.getDoing(),
          task.getKind() == TaskKind.PROCESS ? task.getPid() : -1);
    }
  }

  /**
   * The table of {@code tasks} at runtime time {@code now} ({@code Clock.now()}): a header line,
   * then one line per task in the given order, lines separated by {@code \n} without a final one.
   * Returns the empty string for no tasks: the caller says "no tasks" in its own words.
   */
  public static String render(List<Task> tasks, long now, Labels labels) {
    return render(tasks, now, labels, ANY_WIDTH);
  }

  /**
   * The table as {@link #render(List, long, Labels)} draws it, each line fitted into {@code width}
   * cells so that a terminal that wide shows one row per task: the detail column is cut first
   * (ending in {@link TextWidth#ELLIPSIS}), then long names, then, on a very narrow terminal, the
   * line's end.
   */
  public static String render(List<Task> tasks, long now, Labels labels, int width) {
    return renderRows(tasks.stream().map(Row::of).toList(), now, labels, width);
  }

  /** The table of task snapshots; see {@link #render(List, long, Labels)}. */
  public static String renderRows(List<Row> rows, long now, Labels labels) {
    return renderRows(rows, now, labels, ANY_WIDTH);
  }

  /**
   * The table of task snapshots fitted into {@code width}; see {@link #render(List, long, Labels,
   * int)}.
   */
  public static String renderRows(List<Row> rows, long now, Labels labels, int width) {
    if (rows.isEmpty()) {
      return "";
    }
    List<String[]> cells = new ArrayList<>(rows.size() + 1);
    cells.add(
        new String[] {
          labels.id(),
          labels.name(),
          labels.kind(),
          labels.state(),
          labels.duration(),
          labels.detail()
        });
    for (Row row : rows) {
      cells.add(cellsOf(row, now, labels));
    }
    fitColumns(cells, width);
    return layout(cells, width);
  }

  /** Cuts the detail column, then the name column, so that the lines fit in {@code width}. */
  private static void fitColumns(List<String[]> cells, int width) {
    if (width == ANY_WIDTH) {
      return;
    }
    int[] widths = widths(cells);
    int others = 0;
    for (int c = 0; c < DETAIL; c++) {
      others += widths[c] + GAP.length();
    }
    int detailRoom = width - others;
    if (detailRoom < NARROWEST_DETAIL && widths[NAME] > NARROWEST_NAME) {
      int nameRoom = Math.max(NARROWEST_NAME, widths[NAME] - (NARROWEST_DETAIL - detailRoom));
      detailRoom += widths[NAME] - nameRoom;
      for (String[] line : cells) {
        line[NAME] =
            TextWidth.fitMiddle(line[NAME], nameRoom); // names made alike differ at the end
      }
    }
    cut(cells, DETAIL, Math.max(0, detailRoom));
  }

  private static void cut(List<String[]> cells, int column, int room) {
    for (String[] line : cells) {
      line[column] = TextWidth.fit(line[column], room);
    }
  }

  private static String[] cellsOf(Row row, long now, Labels labels) {
    boolean started = row.state() != TaskState.NEW;
    return new String[] {
      Long.toString(row.id()),
      TextWidth.fitMiddle(String.valueOf(row.name()), NAME_WIDTH),
      row.pid() > 0 ? row.kind().word() + " " + row.pid() : row.kind().word(),
      labels.stateWord().apply(row.state()),
      started ? Durations.compact(now - row.since()) : "",
      TextWidth.fit(oneLine(detail(row, labels)), DETAIL_WIDTH)
    };
  }

  /** {@code text} with its line breaks and tabs turned to spaces, so that it keeps to one row. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ");
  }

  /**
   * What a live task is busy with and what it waits for ({@code job 7: fn(3) · sleeping 400 ms}),
   * or why it failed; empty when none of these.
   */
  static String detail(Row row, Labels labels) {
    if (row.state() == TaskState.FAILED && row.error() != null) {
      return Errors.oneLine(row.error());
    }
    String waits =
        switch (row.target()) {
          case null -> "";
          case Duration d -> String.format(Locale.ROOT, labels.sleepingDetail(), d.toMillis());
          case Task t -> String.format(Locale.ROOT, labels.onTaskDetail(), t.getName());
          default -> labels.targetWord().apply(row.target());
        };
    if (row.doing() == null || !row.state().alive()) {
      return waits;
    }
    return waits.isEmpty() ? String.valueOf(row.doing()) : row.doing() + " · " + waits;
  }

  private static int[] widths(List<String[]> cells) {
    int[] widths = new int[cells.get(0).length];
    for (String[] line : cells) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], TextWidth.of(line[c]));
      }
    }
    return widths;
  }

  /**
   * Aligns the cells in columns two spaces apart, the id column right-aligned; a line still wider
   * than {@code width} (a terminal narrower than the fixed columns) is cut at its end.
   */
  private static String layout(List<String[]> cells, int width) {
    int columns = cells.get(0).length;
    int[] widths = widths(cells);
    StringBuilder out = new StringBuilder();
    for (String[] line : cells) {
      StringBuilder text = new StringBuilder(TextWidth.padLeft(line[0], widths[0]));
      for (int c = 1; c < columns; c++) {
        text.append(GAP).append(TextWidth.padRight(line[c], widths[c]));
      }
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(TextWidth.fit(text.toString().stripTrailing(), width));
    }
    return out.toString();
  }
}
