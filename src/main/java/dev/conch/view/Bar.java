package dev.conch.view;

import dev.conch.runtime.task.Journal;
import java.util.Arrays;
import java.util.List;

/**
 * One task's bar in a timeline: the span from {@code start} to {@code end} cut into {@code width}
 * equal cells. A cell is blank when the task was alive less than half of it; otherwise it shows
 * running when the task ran more than half of it, else the other live state that took most of its
 * time. So of tasks that never run at the same time, coroutines, at most one shows running in any
 * cell. A task alive at all within the span shows in at least one cell, so a short task never
 * vanishes. Stateless.
 */
final class Bar {
  private Bar() {}

  /**
   * The shades of the cells. Walks {@code entries} (oldest first) once: the cost is the number of
   * entries plus the width. Before the first entry the task had not started; an entry of an ended
   * state ends it; the last state of a live task lasts until {@code end}.
   */
  static Shade[] cells(List<Journal.Entry> entries, long start, long end, int width) {
    long span = Math.max(1, end - start);
    long[] time = new long[width * Shade.LIVE];
    for (int k = 0; k < entries.size(); k++) {
      Journal.Entry entry = entries.get(k);
      Shade shade = Shade.of(entry.state());
      long until = k + 1 < entries.size() ? entries.get(k + 1).at() : end;
      if (shade != Shade.NONE) {
        add(time, shade, Math.max(start, entry.at()), Math.min(end, until), start, span, width);
      }
    }
    return choose(time, start, span, width);
  }

  /** Adds the stretch {@code from} to {@code to} in {@code shade} to the cells it crosses. */
  private static void add(
      long[] time, Shade shade, long from, long to, long start, long span, int width) {
    if (to <= from) {
      return;
    }
    for (int cell = cellOf(from, start, span, width); cell < width; cell++) {
      long cellStart = edge(cell, start, span, width);
      if (cellStart >= to) {
        return;
      }
      long cellEnd = edge(cell + 1, start, span, width);
      time[cell * Shade.LIVE + shade.ordinal()] +=
          Math.min(to, cellEnd) - Math.max(from, cellStart);
    }
  }

  /** Where cell {@code cell} begins; cell {@code width} begins where the span ends. */
  private static long edge(int cell, long start, long span, int width) {
    return start + span * cell / width;
  }

  private static int cellOf(long t, long start, long span, int width) {
    int cell = (int) Math.min(width - 1, Math.max(0, (t - start) * width / span));
    while (cell > 0 && edge(cell, start, span, width) > t) {
      cell--;
    }
    while (cell + 1 < width && edge(cell + 1, start, span, width) <= t) {
      cell++;
    }
    return cell;
  }

  /**
   * Picks each cell's shade (see {@link #shade}); a task that was alive less than half of every
   * cell shows, in the cell where it lived longest, the live shade that took most of its time.
   */
  private static Shade[] choose(long[] time, long start, long span, int width) {
    Shade[] cells = new Shade[width];
    Arrays.fill(cells, Shade.NONE);
    boolean shown = false;
    int busiest = -1;
    long busiestAlive = 0;
    for (int cell = 0; cell < width; cell++) {
      long alive = 0;
      for (int s = 0; s < Shade.LIVE; s++) {
        alive += time[cell * Shade.LIVE + s];
      }
      long length = edge(cell + 1, start, span, width) - edge(cell, start, span, width);
      if (alive > 0 && alive * 2 >= length) {
        cells[cell] = shade(time, cell, length);
        shown = true;
      } else if (alive > busiestAlive) {
        busiest = cell;
        busiestAlive = alive;
      }
    }
    if (!shown && busiest >= 0) {
      cells[busiest] = dominant(time, busiest);
    }
    return cells;
  }

  /**
   * The shade of a cell {@code length} long in which the task was alive at least half the time:
   * running when it ran more than half of the cell, else the other live shade that took most of it;
   * blank when it did nothing else (it ran exactly half the cell).
   */
  private static Shade shade(long[] time, int cell, long length) {
    if (time[cell * Shade.LIVE + Shade.RUNNING.ordinal()] * 2 > length) {
      return Shade.RUNNING;
    }
    Shade best = Shade.NONE;
    for (int s = 1; s < Shade.LIVE; s++) {
      long t = time[cell * Shade.LIVE + s];
      if (t > 0 && (best == Shade.NONE || t > time[cell * Shade.LIVE + best.ordinal()])) {
        best = Shade.values()[s];
      }
    }
    return best;
  }

  /** The live shade that took most of the cell, ties going to the earlier shade. */
  private static Shade dominant(long[] time, int cell) {
    Shade best = Shade.RUNNING;
    for (int s = 1; s < Shade.LIVE; s++) {
      if (time[cell * Shade.LIVE + s] > time[cell * Shade.LIVE + best.ordinal()]) {
        best = Shade.values()[s];
      }
    }
    return best;
  }
}
