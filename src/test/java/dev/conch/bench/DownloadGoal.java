package dev.conch.bench;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lines of one profile and file set of the download bench: each tool's median with its rate and
 * its ratio to the best peer (the fastest tool that is not Conch), and the goal: Conch, in
 * the faster of its settings, at most {@value #GOAL}× the best peer. Pure and stateless.
 */
final class DownloadGoal {
  static final double GOAL = 1.1;

  /** One tool's times on one set; {@code conch} tells Conch's rows from the peers'. */
  record Times(String tool, boolean conch, Stats stats) {}

  private DownloadGoal() {}

  /** The peer with the lowest median, if any peer ran. */
  static Optional<Times> bestPeer(List<Times> all) {
    return fastest(all, false);
  }

  /** Conch's setting with the lowest median, if Conch ran. */
  static Optional<Times> bestConch(List<Times> all) {
    return fastest(all, true);
  }

  private static Optional<Times> fastest(List<Times> all, boolean conch) {
    return all.stream()
        .filter(t -> t.conch() == conch)
        .min(Comparator.comparing(t -> t.stats().median()));
  }

  /**
   * {@code curl -Z --parallel-max 8 0.130 s (0.120–0.150) 385 MiB/s 1.00× best peer}; the ratio is
   * left out when no peer ran.
   */
  static String line(Times times, long bytes, Optional<Times> best) {
    Stats s = times.stats();
    String ratio =
        best.map(b -> String.format(Locale.ROOT, "  %5.2f× best peer", ratio(times, b))).orElse("");
    return String.format(
        Locale.ROOT,
        "%-42s %7.3f s (%.3f–%.3f) %6.0f MiB/s%s",
        times.tool(),
        seconds(s.median()),
        seconds(s.min()),
        seconds(s.max()),
        bytes / 1048576.0 / seconds(s.median()),
        ratio);
  }

  /**
   * {@code goal: Conch at most 1.1× the best peer (aria2c …, 1.210 s): Conch download, workers 8,
   * segments 8 1.300 s = 1.07×: met}, or why there is no verdict.
   */
  static String goal(List<Times> all) {
    String head = String.format(Locale.ROOT, "goal: Conch at most %.1f× the best peer", GOAL);
    Optional<Times> peer = bestPeer(all);
    Optional<Times> conch = bestConch(all);
    if (peer.isEmpty() || conch.isEmpty()) {
      return head + ": no verdict, " + (peer.isEmpty() ? "no peer" : "Conch") + " did not run";
    }
    double ratio = ratio(conch.get(), peer.get());
    return String.format(
        Locale.ROOT,
        "%s (%s, %.3f s): %s %.3f s = %.2f×: %s",
        head,
        peer.get().tool(),
        seconds(peer.get().stats().median()),
        conch.get().tool(),
        seconds(conch.get().stats().median()),
        ratio,
        met(all) ? "met" : "NOT met");
  }

  /** Whether Conch's faster setting is within {@value #GOAL}× the best peer. */
  static boolean met(List<Times> all) {
    Optional<Times> peer = bestPeer(all);
    Optional<Times> conch = bestConch(all);
    return peer.isPresent() && conch.isPresent() && ratio(conch.get(), peer.get()) <= GOAL;
  }

  private static double ratio(Times times, Times baseline) {
    return seconds(times.stats().median()) / seconds(baseline.stats().median());
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
