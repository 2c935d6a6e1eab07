package dev.conch.net.sweep;

import dev.conch.net.icmp.IcmpSocket;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The send-and-match loop of one ICMP sweep: what is due is sent, replies are matched to the
 * request they answer by sequence number, and requests whose time is up are tried again or given
 * up. Confined to the one thread that calls {@link #run()}.
 */
final class EchoLoop {
  private static final int SEQUENCES = 1 << 16;
  private static final long MOST_WAIT_NANOS = 100_000_000L; // how soon a stop is noticed

  /** A request awaiting its reply until {@code deadline} (System.nanoTime). */
  private record Awaited(long deadline, int index, int attempt) {}

  private final SweepProgress progress;
  private final SweepOptions options;
  private final IcmpSocket v4;
  private final IcmpSocket v6;
  private final AtomicBoolean stop;
  private final int workers;
  private final int[] tries;
  private final long[] own;
  private final boolean[] awaiting;
  private final int[] indexOfSequence = new int[SEQUENCES];
  private final long[] sentAtOfSequence = new long[SEQUENCES];
  private final ArrayDeque<Integer> due = new ArrayDeque<>();
  private final PriorityQueue<Awaited> deadlines =
      new PriorityQueue<>((a, b) -> Long.compare(a.deadline(), b.deadline()));
  private int nextSequence;
  private int inFlight;
  private long nextSendAt;

  EchoLoop(
      SweepProgress progress,
      SweepOptions options,
      IcmpSocket v4,
      IcmpSocket v6,
      AtomicBoolean stop) {
    this.progress = progress;
    this.options = options;
    this.v4 = v4;
    this.v6 = v6;
    this.stop = stop;
    int n = progress.addresses().size();
    this.workers = options.workersOr(IcmpSweep.DEFAULT_WORKERS);
    this.tries = new int[n];
    this.own = new long[n];
    this.awaiting = new boolean[n];
    Arrays.fill(indexOfSequence, -1);
    for (int i = 0; i < n; i++) {
      due.add(i);
    }
  }

  /** Sweeps until every address is done or the stop flag is set. */
  void run() throws IOException {
    nextSendAt = System.nanoTime();
    while (progress.getLeft() > 0 && !stop.get()) {
      sendDue();
      receive(waitMillis(System.nanoTime()));
      expire(System.nanoTime());
    }
  }

  private void sendDue() throws IOException {
    long now = System.nanoTime();
    while (!due.isEmpty() && inFlight < workers && now - nextSendAt >= 0) {
      int index = due.poll();
      if (!progress.isDone(index)) {
        send(index);
        nextSendAt = Math.max(nextSendAt, now - options.intervalNanos()) + options.intervalNanos();
      }
      now = System.nanoTime();
    }
  }

  private void send(int index) throws IOException {
    InetAddress address = progress.addresses().get(index);
    int attempt = tries[index]++;
    int sequence = nextSequence;
    nextSequence = (nextSequence + 1) % SEQUENCES;
    indexOfSequence[sequence] = index;
    long sentAt = System.nanoTime();
    sentAtOfSequence[sequence] = sentAt;
    String refused = socketFor(address).send(address, sequence);
    progress.sent();
    if (refused != null) { // no route to it: no reply can come, whatever the timeout
      progress.done(index, HostResult.silent(address, ProbeKind.ICMP, tries[index], own[index]));
      return;
    }
    awaiting[index] = true;
    inFlight++;
    deadlines.add(new Awaited(sentAt + options.timeoutNanos(attempt), index, attempt));
  }

  private IcmpSocket socketFor(InetAddress address) {
    return Addresses.isV6(address) ? v6 : v4;
  }

  /** How long to wait for replies before something else is due, in whole milliseconds. */
  private int waitMillis(long now) {
    long until = now + MOST_WAIT_NANOS;
    if (!due.isEmpty() && inFlight < workers) {
      until = Math.min(until, nextSendAt);
    }
    if (!deadlines.isEmpty()) {
      until = Math.min(until, deadlines.peek().deadline());
    }
    long nanos = until - now;
    return nanos <= 0 ? 0 : (int) ((nanos + 999_999) / 1_000_000);
  }

  /** Takes every reply that comes within {@code millis}, and those waiting behind it. */
  private void receive(int millis) throws IOException {
    if (v4 != null && v6 != null) {
      drain(v4, 0);
      drain(v6, Math.min(millis, 1));
    } else {
      drain(v4 != null ? v4 : v6, millis);
    }
  }

  private void drain(IcmpSocket socket, int millis) throws IOException {
    for (IcmpSocket.Reply reply = socket.receive(millis);
        reply != null;
        reply = socket.receive(0)) {
      matched(reply);
    }
  }

  private void matched(IcmpSocket.Reply reply) {
    int sequence = reply.sequence() & (SEQUENCES - 1);
    int index = indexOfSequence[sequence];
    if (index < 0 || progress.isDone(index)) {
      return;
    }
    InetAddress address = progress.addresses().get(index);
    if (!address.equals(reply.from())) {
      return;
    }
    long rtt = Math.max(0, reply.receivedNanos() - sentAtOfSequence[sequence]);
    settle(index);
    progress.done(
        index, HostResult.echoed(address, ProbeKind.ICMP, rtt, tries[index], own[index] + rtt));
  }

  /** Gives up or tries again each request whose time is up at {@code now}. */
  private void expire(long now) {
    while (!deadlines.isEmpty() && now - deadlines.peek().deadline() >= 0) {
      Awaited awaited = deadlines.poll();
      int index = awaited.index();
      if (progress.isDone(index) || awaited.attempt() != tries[index] - 1) {
        continue;
      }
      settle(index);
      own[index] += options.timeoutNanos(awaited.attempt());
      if (tries[index] <= options.retries()) {
        due.addFirst(index); // a retry goes before addresses not yet tried, as fping's does
      } else {
        InetAddress address = progress.addresses().get(index);
        progress.done(index, HostResult.silent(address, ProbeKind.ICMP, tries[index], own[index]));
      }
    }
  }

  /** The request of {@code index} no longer awaits a reply. */
  private void settle(int index) {
    if (awaiting[index]) {
      awaiting[index] = false;
      inFlight--;
    }
  }
}
