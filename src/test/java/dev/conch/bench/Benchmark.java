package dev.conch.bench;

/**
 * One benchmark, selected by name on the command line ({@code ./shell bench startup}) and listed
 * once in {@link Bench#BENCHMARKS}.
 */
interface Benchmark {
  /** The short name that selects this benchmark, e.g. {@code startup}. */
  String name();

  /**
   * Measures and adds rows and notes to {@code report}. A row that cannot be measured becomes a
   * note; an exception means the whole benchmark failed.
   */
  void run(Report report) throws Exception;
}
