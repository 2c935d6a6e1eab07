package dev.conch.net.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * What a sweep found: every address with whether it answered, in address order, how long the sweep
 * took and how long probing one address at a time would have taken. A learner explores it from
 * Groovy: {@code r.alive}, {@code r.silent}, {@code r.elapsed}, {@code r.serial}, {@code r.json},
 * {@code r.csv}, {@code r.each { … }}. Immutable and thread-safe.
 */
public final class SweepResult implements Iterable<HostResult> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String targets;
  private final ProbeKind probe;
  private final String fallback;
  private final SweepOptions options;
  private final List<HostResult> rows;
  private final long elapsedNanos;

  /**
   * @param targets the targets as the learner wrote them
   * @param probe the probe that ran (never AUTO)
   * @param fallback why AUTO did not use ICMP, or null
   * @param options the options it ran with
   * @param rows one per address, in address order
   * @param elapsedNanos how long the sweep took
   */
  SweepResult(
      String targets,
      ProbeKind probe,
      String fallback,
      SweepOptions options,
      List<HostResult> rows,
      long elapsedNanos) {
    this.targets = targets;
    this.probe = probe;
    this.fallback = fallback;
    this.options = options;
    this.rows = List.copyOf(rows);
    this.elapsedNanos = elapsedNanos;
  }

  /** The targets as written. */
  public String getTargets() {
    return targets;
  }

  /** The probe that ran: {@code icmp}, {@code tcp} or {@code ping}. */
  public String getProbe() {
    return probe.word();
  }

  /** The probe that ran. */
  public ProbeKind probeKind() {
    return probe;
  }

  /** Why the automatic choice fell back from ICMP to TCP, or null when it did not. */
  public String getFallback() {
    return fallback;
  }

  /** The options the sweep ran with. */
  public SweepOptions options() {
    return options;
  }

  /** Every address, in address order. */
  public List<HostResult> getRows() {
    return rows;
  }

  /** How many addresses were to be swept. */
  public int size() {
    return rows.size();
  }

  /** The addresses that answered, as text, in address order. */
  public List<String> getAlive() {
    return rows.stream().filter(HostResult::answered).map(HostResult::getIp).toList();
  }

  /** The addresses that were swept and stayed silent, as text, in address order. */
  public List<String> getSilent() {
    return rows.stream().filter(r -> r.swept() && !r.answered()).map(HostResult::getIp).toList();
  }

  /**
   * The silent addresses as runs of consecutive ones, {@code 10.1.2.3-7} (only the last part
   * repeated when the rest is the same) or one address alone.
   */
  public List<String> getSilentRanges() {
    List<String> ranges = new ArrayList<>();
    HostResult first = null;
    HostResult last = null;
    for (HostResult row : rows) {
      boolean silent = row.swept() && !row.answered();
      if (silent && last != null && follows(last, row)) {
        last = row;
        continue;
      }
      if (first != null) {
        ranges.add(range(first, last));
      }
      first = silent ? row : null;
      last = first;
    }
    if (first != null) {
      ranges.add(range(first, last));
    }
    return ranges;
  }

  private static boolean follows(HostResult before, HostResult row) {
    return Addresses.isV6(before.address()) == Addresses.isV6(row.address())
        && Addresses.value(row.address())
            .equals(Addresses.value(before.address()).add(BigInteger.ONE));
  }

  private static String range(HostResult first, HostResult last) {
    String from = first.getIp();
    if (first == last) {
      return from;
    }
    String to = last.getIp();
    char sep = Addresses.isV6(first.address()) ? ':' : '.';
    int cut = from.lastIndexOf(sep);
    if (cut > 0 && to.lastIndexOf(sep) == cut && from.regionMatches(0, to, 0, cut + 1)) {
      return from + "-" + to.substring(cut + 1);
    }
    return from + "-" + to;
  }

  /** Whether every address was swept (false when Ctrl-C stopped it). */
  public boolean isComplete() {
    return rows.stream().allMatch(HostResult::swept);
  }

  /** How many addresses the sweep got to the end of. */
  public int getSwept() {
    return (int) rows.stream().filter(HostResult::swept).count();
  }

  /** How long the sweep took, in seconds. */
  public double getElapsed() {
    return elapsedNanos / 1e9;
  }

  /** How long the sweep took, in nanoseconds. */
  public long elapsedNanos() {
    return elapsedNanos;
  }

  /**
   * How long probing the same addresses one at a time would take, in seconds: the sum of each
   * address's own time (its round trip, or every timeout it waited out).
   */
  public double getSerial() {
    return rows.stream().mapToLong(HostResult::ownNanos).sum() / 1e9;
  }

  /** The result as JSON, for other programs. */
  public String getJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("targets", targets);
    root.put("probe", getProbe());
    root.put("timeoutMs", options.timeoutMillis());
    root.put("retries", options.retries());
    root.put("complete", isComplete());
    root.put("elapsedSeconds", getElapsed());
    root.put("serialSeconds", getSerial());
    ArrayNode hosts = root.putArray("hosts");
    for (HostResult row : rows) {
      ObjectNode host = hosts.addObject();
      host.put("ip", row.getIp());
      host.put("answered", row.answered());
      host.put("rttMs", row.getRttMs());
      host.put("method", row.method().word());
      if (row.port() > 0) {
        host.put("port", row.port());
        host.put("open", row.open());
      }
      host.put("tries", row.tries());
      host.put("swept", row.swept());
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("sweep: the result could not be written as JSON", e);
    }
  }

  /** The result as CSV with a header line, one address a line. */
  public String getCsv() {
    StringBuilder csv = new StringBuilder("ip,answered,rtt_ms,method,port,open,tries,swept\n");
    for (HostResult row : rows) {
      csv.append(row.getIp())
          .append(',')
          .append(row.answered())
          .append(',')
          .append(row.rttNanos() < 0 ? "" : String.format(Locale.ROOT, "%.3f", row.getRttMs()))
          .append(',')
          .append(row.method().word())
          .append(',')
          .append(row.port() > 0 ? String.valueOf(row.port()) : "")
          .append(',')
          .append(row.port() > 0 ? String.valueOf(row.open()) : "")
          .append(',')
          .append(row.tries())
          .append(',')
          .append(row.swept())
          .append('\n');
    }
    return csv.toString();
  }

  @Override
  public Iterator<HostResult> iterator() {
    return rows.iterator();
  }

  /** {@code sweep 10.1.2.0/24: 41 of 254 answered (icmp) in 0.84 s}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "sweep %s: %d of %d answered (%s) in %.2f s%s",
        targets,
        getAlive().size(),
        rows.size(),
        getProbe(),
        getElapsed(),
        isComplete() ? "" : ", stopped after " + getSwept());
  }
}
