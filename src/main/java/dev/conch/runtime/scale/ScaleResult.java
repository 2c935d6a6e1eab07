package dev.conch.runtime.scale;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What {@link Scaling} measured: one row per number of workers, the fastest time of each, the
 * speed-up and efficiency against one worker, and Amdahl's serial part fitted to them all. A
 * learner explores it from Groovy: {@code r[1].speedup}, {@code r.rows*.efficiency}, {@code
 * r.serial}, {@code r.ceiling}, {@code r.each { … }}. Immutable and thread-safe.
 */
public final class ScaleResult implements Iterable<ScaleResult.Row> {
  /**
   * One size. Immutable.
   *
   * @param workers how many workers the block was given
   * @param seconds the fastest of its timed calls
   * @param runs every timed call, in the order they ran
   * @param speedup the time with one worker divided by this one
   * @param efficiency the speed-up per worker: 1 when every worker pulls its full weight
   * @param predicted the speed-up Amdahl's law predicts with the fitted serial part
   */
  public record Row(
      int workers,
      double seconds,
      List<Double> runs,
      double speedup,
      double efficiency,
      double predicted) {
    public Row {
      runs = List.copyOf(runs);
    }
  }

  private final List<Row> rows;
  private final double serial;
  private final int warmups;

  private ScaleResult(List<Row> rows, double serial, int warmups) {
    this.rows = List.copyOf(rows);
    this.serial = serial;
    this.warmups = warmups;
  }

  /**
   * The result of timing {@code sizes} (1 first), where {@code nanos[i]} holds the timed calls of
   * {@code sizes[i]} and {@code warmups} untimed calls came first. A time of 0 counts as 1 ns.
   */
  public static ScaleResult of(int[] sizes, long[][] nanos, int warmups) {
    if (sizes.length == 0 || sizes[0] != 1 || nanos.length != sizes.length) {
      throw new IllegalArgumentException(
          "scale: the sizes must start with 1, one row of times each");
    }
    double[] best = new double[sizes.length];
    double[] speedups = new double[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      best[i] = fastest(nanos[i]) / 1e9;
      speedups[i] = best[0] / best[i];
    }
    double serial = Amdahl.serialFraction(sizes, speedups);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      List<Double> runs = new ArrayList<>();
      for (long t : nanos[i]) {
        runs.add(t / 1e9);
      }
      rows.add(
          new Row(
              sizes[i],
              best[i],
              runs,
              speedups[i],
              speedups[i] / sizes[i],
              Amdahl.speedup(serial, sizes[i])));
    }
    return new ScaleResult(rows, serial, warmups);
  }

  private static long fastest(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("scale: a size without a timed call");
    }
    long best = Long.MAX_VALUE;
    for (long t : nanos) {
      best = Math.min(best, Math.max(1, t));
    }
    return best;
  }

  /** The rows, fewest workers first. */
  public List<Row> getRows() {
    return rows;
  }

  /** The row at {@code index} (Groovy's {@code r[index]}). */
  public Row getAt(int index) {
    return rows.get(index);
  }

  /** How many sizes were measured. */
  public int size() {
    return rows.size();
  }

  @Override
  public Iterator<Row> iterator() {
    return rows.iterator();
  }

  /** Amdahl's serial part fitted to every row: 0 (all parallel) to 1 (all serial). */
  public double getSerial() {
    return serial;
  }

  /** The most any number of workers could gain by Amdahl's law: {@code 1 / serial}. */
  public double getCeiling() {
    return Amdahl.ceiling(serial);
  }

  /** How many untimed calls ran before the timed ones. */
  public int getWarmups() {
    return warmups;
  }

  /** How many timed calls each size had; the fastest counts. */
  public int getRepeats() {
    return rows.get(0).runs().size();
  }

  /** {@code scale [1: 1.00×, 2: 1.90×], s = 0.053}: the speed-ups by workers, and s. */
  @Override
  public String toString() {
    StringJoiner speedups = new StringJoiner(", ", "scale [", "]");
    for (Row row : rows) {
      speedups.add(String.format(Locale.ROOT, "%d: %.2f×", row.workers(), row.speedup()));
    }
    return speedups + String.format(Locale.ROOT, ", s = %.3f", serial);
  }
}
