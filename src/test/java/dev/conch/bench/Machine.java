package dev.conch.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/** Facts about where the benchmarks run, which every report states beside its figures. */
final class Machine {
  private Machine() {}

  /** Where Conch lives: the launcher passes {@code -Dconch.home}; else the working directory. */
  static Path conchHome() {
    return Path.of(System.getProperty("conch.home", ".")).toAbsolutePath().normalize();
  }

  /** The system load average over the last minute, or a negative number when unknown. */
  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** One line: CPUs, the load at the start and end of a benchmark, and the Java version. */
  static String describe(double loadAtStart, double loadAtEnd) {
    return String.format(
        Locale.ROOT,
        "machine: %d CPUs, load average %.2f at the start and %.2f at the end; java %s",
        Runtime.getRuntime().availableProcessors(),
        loadAtStart,
        loadAtEnd,
        System.getProperty("java.version"));
  }
}
