package dev.conch.net.sweep;

import java.util.List;

/**
 * How a sweep probes, as fping's {@code -t -r -B -i} and nmap's parallelism: the defaults sweep a
 * /24 in about a second. Immutable.
 *
 * @param probe how hosts are asked
 * @param ports the TCP ports tried at once on each host (TCP probe, and AUTO when it falls back)
 * @param timeoutMillis how long the first try waits for an answer
 * @param retries how many more tries a silent address gets
 * @param backoff each retry waits this many times longer than the try before
 * @param intervalMillis the pause between two sends (ICMP requests, TCP hosts, ping processes)
 * @param workers how many addresses may be in flight at once; 0 for the probe's own default
 * @param limit the most addresses the targets may name
 */
public record SweepOptions(
    ProbeKind probe,
    List<Integer> ports,
    int timeoutMillis,
    int retries,
    double backoff,
    double intervalMillis,
    int workers,
    int limit) {
  /** The TCP ports tried when none are given: web, secure web and ssh. */
  public static final List<Integer> DEFAULT_PORTS = List.of(80, 443, 22);

  /** The defaults: auto, 500 ms, no retry, backoff 1.5, 1 ms between sends, up to 4,096. */
  public static final SweepOptions DEFAULTS =
      new SweepOptions(ProbeKind.AUTO, DEFAULT_PORTS, 500, 0, 1.5, 1, 0, Targets.DEFAULT_LIMIT);

  public SweepOptions {
    ports = List.copyOf(ports);
  }

  /** How long try number {@code tryIndex} (0 first) waits, in nanoseconds. */
  public long timeoutNanos(int tryIndex) {
    return (long) (timeoutMillis * 1e6 * Math.pow(backoff, tryIndex));
  }

  /** The pause between two sends, in nanoseconds. */
  public long intervalNanos() {
    return (long) (intervalMillis * 1e6);
  }

  /** The workers given, or {@code dflt} when none were. */
  public int workersOr(int dflt) {
    return workers > 0 ? workers : dflt;
  }

  /** These options with {@code kind} as the probe. */
  public SweepOptions withProbe(ProbeKind kind) {
    return new SweepOptions(
        kind, ports, timeoutMillis, retries, backoff, intervalMillis, workers, limit);
  }
}
