package dev.conch.net.sweep;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One sweep while it runs: the addresses, what each gave so far, and how many requests were sent,
 * answered and are left. The task that sweeps is journaled as waiting on it, so {@code /tasks}
 * shows its {@link #toString()} and the status line its counts. Thread-safe: probes report from
 * many threads; each address's result is written once.
 */
public final class SweepProgress {
  private final String targets;
  private final ProbeKind probe;
  private final List<InetAddress> addresses;
  private final AtomicReferenceArray<HostResult> results; // each slot written once
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger finished = new AtomicInteger();
  private final long since;

  SweepProgress(String targets, ProbeKind probe, List<InetAddress> addresses, long since) {
    this.targets = targets;
    this.probe = probe;
    this.addresses = List.copyOf(addresses);
    this.results = new AtomicReferenceArray<>(addresses.size());
    this.since = since;
  }

  /** The addresses, in the order they are probed. */
  List<InetAddress> addresses() {
    return addresses;
  }

  /** Counts one request sent. */
  void sent() {
    sent.incrementAndGet();
  }

  /** Records what address {@code index} gave; only its first result counts. */
  void done(int index, HostResult result) {
    if (results.compareAndSet(index, null, result)) {
      finished.incrementAndGet();
      if (result.answered()) {
        answered.incrementAndGet();
      }
    }
  }

  /** Whether address {@code index} has its result. */
  boolean isDone(int index) {
    return results.get(index) != null;
  }

  /** The results, an address the sweep did not finish marked unfinished. */
  List<HostResult> results() {
    List<HostResult> all = new ArrayList<>(addresses.size());
    for (int i = 0; i < addresses.size(); i++) {
      HostResult result = results.get(i);
      all.add(result != null ? result : HostResult.unfinished(addresses.get(i), probe, 0, 0));
    }
    return all;
  }

  /** The targets as written. */
  public String targets() {
    return targets;
  }

  /** How many requests were sent so far. */
  public int getSent() {
    return sent.get();
  }

  /** How many addresses answered so far. */
  public int getAnswered() {
    return answered.get();
  }

  /** How many addresses are not done yet. */
  public int getLeft() {
    return addresses.size() - finished.get();
  }

  /** How many addresses there are in all. */
  public int getTotal() {
    return addresses.size();
  }

  /** When the sweep began, in the runtime's nanoseconds. */
  public long since() {
    return since;
  }

  /** {@code sweep 10.1.2.0/24 (icmp): 254 sent, 41 answered, 0 left}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "sweep %s (%s): %d sent, %d answered, %d left",
        targets,
        probe.word(),
        getSent(),
        getAnswered(),
        getLeft());
  }
}
