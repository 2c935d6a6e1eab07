package dev.conch.view;

import dev.conch.runtime.task.Journal;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The timeline of a run as a Gantt chart: one row per task (the main task first, then the others in
 * start order), a bar of cells from the run's start to its end, an axis in seconds and a legend.
 * Running is {@code █}, sleeping {@code ·}, waiting {@code ░}, blocked on a lock {@code ▒}, not
 * started or ended blank, so the chart reads without colour (a projector's red and yellow, a
 * recording, {@code NO_COLOR}).
 *
 * <pre>
 * main  ░░░░░░░░░░░░░░░░░░░░█
 * a     ██████████··········
 * b     ··········██████████
 *       0s       1.0s   2.0s
 *       █ running  · sleeping  ░ waiting  ▒ blocked
 * </pre>
 *
 * <p>A name longer than {@link #NAME_WIDTH} keeps its start and its end around an ellipsis. The
 * chart shows how the runtime journaled each task: coroutines waiting for their turn show waiting,
 * so at most one of them runs in any column.
 *
 * <p>Stateless and thread-safe. Only the rows shown are computed, each by one walk over its task's
 * journal, so a run of 100,000 tasks draws as fast as one of 40.
 */
public final class Timeline {
  /**
   * The widest a name is shown; longer names are cut in the middle (see {@link
   * TextWidth#fitMiddle}).
   */
  public static final int NAME_WIDTH = 24;

  private static final String GAP = "  ";

  private Timeline() {}

  /**
   * The words of the chart, supplied by the caller in the learner's language. Immutable.
   *
   * @param running legend word for running
   * @param sleeping legend word for sleeping
   * @param waiting legend word for waiting
   * @param blocked legend word for blocked
   * @param more the line that counts the rows left out, given their number ({@code … and 3 more
   *     tasks}, {@code … and 1 more task})
   * @param jobs {@link String#format} pattern after a pool worker's bar, given how many jobs it ran
   *     ({@code %d jobs})
   * @param race legend words for a mark where a race was found ({@code race (/races)})
   */
  public record Labels(
      String running,
      String sleeping,
      String waiting,
      String blocked,
      IntFunction<String> more,
      String jobs,
      String race) {

    /** The words of a chart that has no race marks. */
    public Labels(
        String running,
        String sleeping,
        String waiting,
        String blocked,
        IntFunction<String> more,
        String jobs) {
      this(running, sleeping, waiting, blocked, more, jobs, "race");
    }

    /** The English words. */
    public static Labels english() {
      return new Labels(
          "running",
          "sleeping",
          "waiting",
          "blocked",
          n -> "… and " + n + (n == 1 ? " more task" : " more tasks"),
          "%d jobs",
          "race (/races)");
    }
  }

  /** The glyph that marks where on a task's bar a race was found. */
  static final char RACE = '!';

  /**
   * How to draw. Immutable.
   *
   * @param width the cells of each bar
   * @param maxRows the most tasks shown; the rest are counted in one line
   * @param colour whether to wrap glyphs in ANSI colours (running green, sleeping blue, waiting
   *     yellow, blocked red)
   */
  public record Options(int width, int maxRows, boolean colour) {
    public Options {
      if (width < 1 || maxRows < 1) {
        throw new IllegalArgumentException(
            "timeline: width " + width + " and rows " + maxRows + " must be 1 or more");
      }
    }

    /** 60 cells, 40 rows, no colour. */
    public static Options plain() {
      return new Options(60, 40, false);
    }

    public Options withWidth(int newWidth) {
      return new Options(newWidth, maxRows, colour);
    }

    public Options withMaxRows(int newMaxRows) {
      return new Options(width, newMaxRows, colour);
    }

    public Options withColour(boolean newColour) {
      return new Options(width, maxRows, newColour);
    }
  }

  /**
   * One row of the chart: a name and the journal entries (oldest first) that draw its bar.
   * Immutable when the list is.
   */
  public record Row(String name, List<Journal.Entry> entries, int jobs, List<Long> races) {
    /** A row without race marks. */
    public Row(String name, List<Journal.Entry> entries, int jobs) {
      this(name, entries, jobs, List.of());
    }

    /** A row of a task that is no pool worker. */
    public Row(String name, List<Journal.Entry> entries) {
      this(name, entries, 0);
    }

    /** This row with a race mark at each of {@code times} (runtime nanoseconds). */
    public Row withRaces(List<Long> times) {
      return new Row(name, entries, jobs, List.copyOf(times));
    }

    /**
     * The row of {@code task}, from a snapshot of its journal; a process is named with its pid
     * ({@code kid:4242}), as threads of this JVM share one.
     */
    public static Row of(Task task) {
      String name = task.getName();
      if (task.getKind() == dev.conch.runtime.task.TaskKind.PROCESS && task.getPid() > 0) {
        name = name + ":" + task.getPid();
      }
      return new Row(name, task.journal().entries(), task.getJobsRun());
    }
  }

  /** The chart of {@code run} in plain mode; see {@link #render(Run, long, Labels, Options)}. */
  public static String render(Run run, long now, Labels labels) {
    return render(run, now, labels, Options.plain());
  }

  /**
   * The chart of {@code run} from its start to the end of its last task, or to {@code now} (runtime
   * nanoseconds, {@code Clock.now()}) while any task still runs.
   */
  public static String render(Run run, long now, Labels labels, Options options) {
    return render(run, now, labels, options, task -> List.of());
  }

  /**
   * The chart of {@code run} as {@link #render(Run, long, Labels, Options)} draws it, with a
   * {@value #RACE} on each task's bar where {@code races} says a race of it was found.
   */
  public static String render(
      Run run, long now, Labels labels, Options options, Function<Task, List<Long>> races) {
    long end = run.endedAt();
    List<Row> rows = rowsOf(run.all(), races);
    return renderRows(rows, run.startedAt(), end < 0 ? now : end, labels, options);
  }

  /** The rows of {@code tasks}, each read from its task only when asked for. */
  private static List<Row> rowsOf(List<Task> tasks, Function<Task, List<Long>> races) {
    return new AbstractList<>() {
      @Override
      public Row get(int index) {
        Task task = tasks.get(index);
        List<Long> marks = races.apply(task);
        return marks.isEmpty() ? Row.of(task) : Row.of(task).withRaces(marks);
      }

      @Override
      public int size() {
        return tasks.size();
      }
    };
  }

  /**
   * The chart of {@code rows} over the span {@code start} to {@code end} (runtime nanoseconds): the
   * first {@link Options#maxRows()} rows, a line counting the rest, the axis and the legend; lines
   * separated by {@code \n} without a final one, trailing blanks cut.
   */
  public static String renderRows(
      List<Row> rows, long start, long end, Labels labels, Options options) {
    int shown = Math.min(rows.size(), options.maxRows());
    List<Row> visible = new ArrayList<>(rows.subList(0, shown));
    int nameWidth = nameWidth(visible);
    String indent = " ".repeat(nameWidth + GAP.length());
    StringBuilder out = new StringBuilder();
    boolean raced = false;
    for (Row row : visible) {
      Shade[] cells = Bar.cells(row.entries(), start, end, options.width());
      String name =
          TextWidth.padRight(TextWidth.fitMiddle(String.valueOf(row.name()), nameWidth), nameWidth);
      String jobs =
          row.jobs() > 0 ? GAP + String.format(Locale.ROOT, labels.jobs(), row.jobs()) : "";
      String bar = marked(bar(cells, options.colour()), cells, row.races(), start, end);
      raced |= !row.races().isEmpty();
      out.append((name + GAP + bar + jobs).stripTrailing()).append('\n');
    }
    if (rows.size() > shown) {
      out.append(labels.more().apply(rows.size() - shown)).append('\n');
    }
    out.append(indent).append(axis(Math.max(0, end - start), options.width())).append('\n');
    out.append(indent).append(legend(labels, options.colour()));
    if (raced) {
      out.append(GAP).append(RACE).append(' ').append(labels.race());
    }
    return out.toString();
  }

  /**
   * {@code bar} with a {@value #RACE} in the cell of each time of {@code races}; drawn plain when
   * there is any, since colour codes would shift the cells.
   */
  private static String marked(String bar, Shade[] cells, List<Long> races, long start, long end) {
    if (races.isEmpty()) {
      return bar;
    }
    char[] glyphs = new char[cells.length];
    for (int i = 0; i < cells.length; i++) {
      glyphs[i] = cells[i].glyph();
    }
    long span = Math.max(1, end - start);
    for (long at : races) {
      long cell = (at - start) * cells.length / span;
      glyphs[(int) Math.min(cells.length - 1, Math.max(0, cell))] = RACE;
    }
    return new String(glyphs).stripTrailing();
  }

  private static int nameWidth(List<Row> rows) {
    int width = 1;
    for (Row row : rows) {
      width = Math.max(width, TextWidth.of(String.valueOf(row.name())));
    }
    return Math.min(width, NAME_WIDTH);
  }

  /** The cells as glyphs, each stretch of one shade painted once, trailing blanks left out. */
  static String bar(Shade[] cells, boolean colour) {
    int end = cells.length;
    while (end > 0 && cells[end - 1] == Shade.NONE) {
      end--;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < end; ) {
      int j = i;
      while (j < end && cells[j] == cells[i]) {
        j++;
      }
      out.append(cells[i].paint(String.valueOf(cells[i].glyph()).repeat(j - i), colour));
      i = j;
    }
    return out.toString();
  }

  /**
   * Tick labels under a bar {@code width} cells wide that spans {@code span} nanoseconds: the start
   * at the left, the end at the right, the middle centred when there is room.
   */
  static String axis(long span, int width) {
    String first = Durations.tick(0, span);
    String last = Durations.tick(span, span);
    if (first.length() + 1 + last.length() > width) {
      return first;
    }
    int lastAt = width - last.length();
    StringBuilder line = new StringBuilder(first);
    String middle = Durations.tick(span / 2, span);
    int middleAt = width / 2 - middle.length() / 2;
    if (middleAt > first.length() && middleAt + middle.length() < lastAt) {
      line.append(" ".repeat(middleAt - line.length())).append(middle);
    }
    return line.append(" ".repeat(lastAt - line.length())).append(last).toString();
  }

  /** {@code █ running · sleeping ░ waiting ▒ blocked}, each glyph in its colour when asked. */
  static String legend(Labels labels, boolean colour) {
    return String.join(
        GAP,
        key(Shade.RUNNING, labels.running(), colour),
        key(Shade.SLEEPING, labels.sleeping(), colour),
        key(Shade.WAITING, labels.waiting(), colour),
        key(Shade.BLOCKED, labels.blocked(), colour));
  }

  private static String key(Shade shade, String word, boolean colour) {
    return shade.paint(String.valueOf(shade.glyph()), colour) + " " + word;
  }
}
