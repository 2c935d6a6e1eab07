package dev.conch.net.sweep;

import dev.conch.net.icmp.IcmpSocket;
import dev.conch.net.icmp.IcmpUnavailableError;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.net.InetAddress;
import java.util.Collection;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * One sweep, planned and then run: the targets parsed, the probe chosen (for {@code auto}, ICMP
 * when a socket can be had, else TCP, with the reason kept), then every address probed while the
 * calling task is journaled as waiting on the sweep's {@link SweepProgress}. Owns the ICMP sockets
 * it opened until {@link #close()}. Confined to the task that planned it.
 */
public final class Sweep implements AutoCloseable {
  private final String targets;
  private final List<InetAddress> addresses;
  private final SweepOptions options;
  private final ProbeKind probe;
  private final String fallback;
  private final IcmpSocket v4;
  private final IcmpSocket v6;
  private final String ping;

  private Sweep(
      String targets,
      List<InetAddress> addresses,
      SweepOptions options,
      ProbeKind probe,
      String fallback,
      IcmpSocket[] sockets,
      String ping) {
    this.targets = targets;
    this.addresses = addresses;
    this.options = options;
    this.probe = probe;
    this.fallback = fallback;
    this.v4 = sockets[0];
    this.v6 = sockets[1];
    this.ping = ping;
  }

  /**
   * Parses {@code spec} and chooses the probe that {@code options} asks for.
   *
   * @throws SweepInputError when a target is wrong, or the probe asked for cannot be had here
   */
  public static Sweep plan(Object spec, SweepOptions options) {
    List<InetAddress> addresses = Targets.parse(spec, options.limit());
    String written = written(spec);
    IcmpSocket[] sockets = new IcmpSocket[2];
    return switch (options.probe()) {
      case TCP -> new Sweep(written, addresses, options, ProbeKind.TCP, null, sockets, null);
      case PING -> {
        String ping = PingSweep.findPing();
        if (ping == null) {
          throw new SweepInputError("sweep.ping.missing");
        }
        yield new Sweep(written, addresses, options, ProbeKind.PING, null, sockets, ping);
      }
      case ICMP, AUTO -> {
        String reason = openIcmp(addresses, sockets);
        if (reason == null) {
          yield new Sweep(written, addresses, options, ProbeKind.ICMP, null, sockets, null);
        }
        if (options.probe() == ProbeKind.ICMP) {
          throw new SweepInputError("sweep.icmp.unavailable", reason);
        }
        yield new Sweep(written, addresses, options, ProbeKind.TCP, reason, sockets, null);
      }
    };
  }

  /** Opens a socket for each family among {@code addresses}; null, or why ICMP cannot be had. */
  private static String openIcmp(List<InetAddress> addresses, IcmpSocket[] sockets) {
    try {
      if (addresses.stream().anyMatch(a -> !Addresses.isV6(a))) {
        sockets[0] = IcmpSocket.open(false);
      }
      if (addresses.stream().anyMatch(Addresses::isV6)) {
        sockets[1] = IcmpSocket.open(true);
      }
      return null;
    } catch (IcmpUnavailableError e) {
      closeAll(sockets);
      return e.getMessage();
    }
  }

  /** The targets as the learner wrote them: {@code 10.1.2.0/24}, a list joined by commas. */
  static String written(Object spec) {
    if (spec instanceof Collection<?> items) {
      return items.stream().map(Sweep::written).collect(Collectors.joining(", "));
    }
    if (spec instanceof InetAddress address) {
      return Addresses.text(address);
    }
    return String.valueOf(spec).strip();
  }

  /** The targets as the learner wrote them. */
  public String targets() {
    return targets;
  }

  /** The probe that will run: ICMP, TCP or PING, never AUTO. */
  public ProbeKind probe() {
    return probe;
  }

  /** Why {@code auto} fell back to TCP, or null when it did not. */
  public String fallback() {
    return fallback;
  }

  /** The kind of ICMP socket it sends through, or null when it does not use ICMP. */
  public IcmpSocket.Kind socketKind() {
    IcmpSocket socket = v4 != null ? v4 : v6;
    return socket == null ? null : socket.kind();
  }

  /** How many addresses it will probe. */
  public int size() {
    return addresses.size();
  }

  /** The options it runs with. */
  public SweepOptions options() {
    return options;
  }

  /**
   * Probes every address and returns what was found. Interrupted (Ctrl-C), it stops within a second
   * and returns what it had, marked incomplete, with the thread's interrupt set again.
   *
   * @param clock the runtime's clock, for when the sweep began
   */
  public SweepResult run(LongSupplier clock) {
    SweepProgress progress = new SweepProgress(targets, probe, addresses, clock.getAsLong());
    Task task = Task.current();
    TaskState before = task == null ? null : task.getState();
    if (task != null) {
      task.enter(TaskState.WAITING, progress);
    }
    long start = System.nanoTime();
    boolean interrupted = false;
    try {
      prober().probe(progress, options.withProbe(probe));
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      if (task != null) {
        task.enter(before, null);
      }
    }
    SweepResult result =
        new SweepResult(
            targets,
            probe,
            fallback,
            options.withProbe(probe),
            progress.results(),
            System.nanoTime() - start);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return result;
  }

  private Prober prober() {
    return switch (probe) {
      case ICMP -> new IcmpSweep(v4, v6);
      case PING -> new PingSweep(ping);
      case TCP, AUTO -> new TcpSweep();
    };
  }

  @Override
  public void close() {
    closeAll(new IcmpSocket[] {v4, v6});
  }

  private static void closeAll(IcmpSocket[] sockets) {
    for (int i = 0; i < sockets.length; i++) {
      if (sockets[i] != null) {
        sockets[i].close();
        sockets[i] = null;
      }
    }
  }
}
