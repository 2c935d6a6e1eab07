package dev.conch.view;

import dev.conch.runtime.scale.ScaleResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table and speed-up chart of {@code scale}: one row per number of workers with its time, its
 * speed-up against one worker, its efficiency and a bar of the speed-up, where {@code |} marks the
 * ideal (speed-up = workers); then a legend, how the times were taken, Amdahl's serial part with
 * the ceiling it predicts (or, when a row beats that ceiling, that the fit is rough), and a warning
 * when there were more workers than cores.
 *
 * <pre>
 * workers      time  speed-up  efficiency
 *       1  800.0 ms     1.00×        100%  ██████████
 *       2  400.0 ms     2.00×        100%  ████████████████████
 *       4  250.0 ms     3.20×         80%  ████████████████████████████████       |
 * █ speed-up  | ideal: speed-up = workers
 * </pre>
 *
 * <p>The bars share one scale: the full width stands for the larger of the most workers and the
 * best speed-up. In colour a bar is green at 80% efficiency or more, yellow at 50% or more, red
 * below. Stateless and thread-safe.
 */
public final class ScaleChart {
  /** The cells of the longest bar. */
  public static final int BAR_WIDTH = 40;

  private static final String GAP = "  ";
  private static final char FULL = '█';
  private static final char IDEAL = '|';

  private ScaleChart() {}

  /**
   * The words of the chart, from the caller in the learner's language. Immutable.
   *
   * @param workers header of the workers column
   * @param time header of the time column
   * @param speedup header of the speed-up column and legend word of a bar
   * @param efficiency header of the efficiency column
   * @param ideal legend words of the ideal mark
   * @param repeats {@link String#format} pattern given the timed calls per size and the warm-ups
   * @param amdahl {@link String#format} pattern given s and the ceiling, both as text
   * @param noCeiling {@link String#format} pattern given s when it is 0 (no ceiling in sight)
   * @param amdahlBeaten {@link String#format} pattern given s, the ceiling, and the workers and
   *     speed-up of a row that beat it (the fit is rough), the numbers but the workers as text
   * @param cores {@link String#format} pattern given the most workers and the machine's cores
   *     (twice), when there are more workers than cores
   */
  public record Labels(
      String workers,
      String time,
      String speedup,
      String efficiency,
      String ideal,
      String repeats,
      String amdahl,
      String noCeiling,
      String amdahlBeaten,
      String cores) {

    /** The English words. */
    public static Labels english() {
      return new Labels(
          "workers",
          "time",
          "speed-up",
          "efficiency",
          "ideal: speed-up = workers",
          "each time: the fastest of %d call(s) (repeat:), after %d untimed warm-up call(s)"
              + " with 1 worker (warmup:)",
          "Amdahl: serial part s = %s (least squares), so at most %s× however many workers,"
              + " given a core each",
          "Amdahl: serial part s = %s (least squares): no ceiling in sight at these sizes",
          "Amdahl: serial part s = %s (least squares) predicts at most %s×, yet %d workers"
              + " measured %s×: a rough fit at these sizes, not a limit",
          "%d workers on %d cores: past %d workers they take turns on the cores, so work that"
              + " only computes gets no faster");
    }
  }

  /**
   * The chart of {@code result} measured on a machine with as many cores as its most workers; see
   * {@link #render(ScaleResult, Labels, boolean, int)}.
   */
  public static String render(ScaleResult result, Labels labels, boolean colour) {
    return render(result, labels, colour, Integer.MAX_VALUE);
  }

  /**
   * The chart of {@code result} measured on a machine with {@code cores} cores, lines separated by
   * {@code \n}, no final one; it ends with a warning when some rows had more workers than cores.
   */
  public static String render(ScaleResult result, Labels labels, boolean colour, int cores) {
    List<String[]> cells = cells(result, labels);
    int[] widths = widths(cells);
    double top = top(result);
    StringBuilder out = new StringBuilder(line(cells.get(0), widths).stripTrailing());
    for (int i = 1; i < cells.size(); i++) {
      out.append('\n').append(line(cells.get(i), widths)).append(GAP);
      out.append(bar(result.getAt(i - 1), top, colour));
    }
    out.append('\n').append(legend(labels, colour)).append('\n');
    out.append(format(labels.repeats(), result.getRepeats(), result.getWarmups())).append('\n');
    out.append(amdahl(result, labels));
    int most = 0;
    for (ScaleResult.Row row : result) {
      most = Math.max(most, row.workers());
    }
    if (most > cores) {
      out.append('\n').append(format(labels.cores(), most, cores, cores));
    }
    return out.toString();
  }

  /** The header's words, then each row's workers, time, speed-up and efficiency as text. */
  private static List<String[]> cells(ScaleResult result, Labels labels) {
    List<String[]> cells = new ArrayList<>();
    cells.add(
        new String[] {labels.workers(), labels.time(), labels.speedup(), labels.efficiency()});
    for (ScaleResult.Row row : result) {
      cells.add(
          new String[] {
            Integer.toString(row.workers()),
            Elapsed.text(row.seconds()),
            times(row.speedup()) + "×",
            Math.round(row.efficiency() * 100) + "%"
          });
    }
    return cells;
  }

  /** {@code █ speed-up | ideal: speed-up = workers}, the glyphs painted as in the bars. */
  private static String legend(Labels labels, boolean colour) {
    return paint(String.valueOf(FULL), "32", colour)
        + " "
        + labels.speedup()
        + GAP
        + paint(String.valueOf(IDEAL), "36", colour)
        + " "
        + labels.ideal();
  }

  /**
   * The Amdahl line: s with three decimals, the ceiling it predicts with two, as the speed-ups are
   * shown; when a row's speed-up, as shown, beats that ceiling, the line says the fit is rough
   * rather than claim a limit the rows above contradict.
   */
  static String amdahl(ScaleResult result, Labels labels) {
    double serial = result.getSerial();
    String s = String.format(Locale.ROOT, "%.3f", serial);
    if (serial <= 0) {
      return format(labels.noCeiling(), s);
    }
    String ceiling = times(1 / serial);
    ScaleResult.Row best = result.getAt(0);
    for (ScaleResult.Row row : result) {
      best = row.speedup() > best.speedup() ? row : best;
    }
    if (Double.parseDouble(times(best.speedup())) > Double.parseDouble(ceiling)) {
      return format(labels.amdahlBeaten(), s, ceiling, best.workers(), times(best.speedup()));
    }
    return format(labels.amdahl(), s, ceiling);
  }

  /** A speed-up as the chart shows it: two decimals. */
  private static String times(double speedup) {
    return String.format(Locale.ROOT, "%.2f", speedup);
  }

  /**
   * The bar of {@code row}: its speed-up in full cells, rounded, at least one; the ideal mark in
   * the cell where a bar of speed-up = workers ends, when the bar stops short of it.
   */
  static String bar(ScaleResult.Row row, double top, boolean colour) {
    int filled = Math.max(1, (int) Math.round(row.speedup() * BAR_WIDTH / top));
    int ideal = (int) Math.round(row.workers() * BAR_WIDTH / top);
    String bar = paint(String.valueOf(FULL).repeat(filled), shade(row.efficiency()), colour);
    if (ideal <= filled) {
      return bar;
    }
    return bar + " ".repeat(ideal - filled - 1) + paint(String.valueOf(IDEAL), "36", colour);
  }

  /** What the full width stands for: the most workers or the best speed-up, the larger. */
  private static double top(ScaleResult result) {
    double top = 1;
    for (ScaleResult.Row row : result) {
      top = Math.max(top, Math.max(row.workers(), row.speedup()));
    }
    return top;
  }

  /** The ANSI colour of a bar at {@code efficiency}: green, yellow or red. */
  private static String shade(double efficiency) {
    return efficiency >= 0.8 ? "32" : efficiency >= 0.5 ? "33" : "31";
  }

  private static String paint(String text, String ansi, boolean colour) {
    return colour ? "\u001b[" + ansi + "m" + text + "\u001b[0m" : text;
  }

  private static int[] widths(List<String[]> cells) {
    int[] widths = new int[cells.get(0).length];
    for (String[] line : cells) {
      for (int c = 0; c < line.length; c++) {
        widths[c] = Math.max(widths[c], TextWidth.of(line[c]));
      }
    }
    return widths;
  }

  /** The cells right-aligned in their columns, two spaces apart. */
  private static String line(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      line.append(c == 0 ? "" : GAP).append(TextWidth.padLeft(cells[c], widths[c]));
    }
    return line.toString();
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
