package dev.conch.net.sweep;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * The TCP probe: connects to every port of {@link SweepOptions#ports()} of a host at once, and the
 * first port that accepts or refuses the connection says the host is there; a timeout or "no route"
 * on every port says it did not answer. Needs no privilege. Ports are tried together, not in turn:
 * in turn, every silent host would cost a timeout per port. Thread-safe.
 */
final class TcpSweep extends PerAddress {
  /** Hosts in flight at once unless told: each holds one socket per port. */
  static final int DEFAULT_WORKERS = 256;

  TcpSweep() {
    super("sweep-tcp-", DEFAULT_WORKERS);
  }

  /** What one port said. */
  private record Answer(int port, boolean open, long rttNanos) {}

  @Override
  void one(SweepProgress progress, int index, SweepOptions options, ExecutorService threads)
      throws InterruptedException {
    InetAddress address = progress.addresses().get(index);
    long own = 0;
    for (int attempt = 0; attempt <= options.retries(); attempt++) {
      long timeout = options.timeoutNanos(attempt);
      long start = System.nanoTime();
      Answer answer = firstAnswer(progress, address, options.ports(), timeout, threads);
      if (answer != null) {
        progress.done(
            index,
            HostResult.connected(
                address,
                answer.port(),
                answer.open(),
                answer.rttNanos(),
                attempt + 1,
                own + answer.rttNanos()));
        return;
      }
      own += Math.min(timeout, System.nanoTime() - start);
    }
    progress.done(index, HostResult.silent(address, ProbeKind.TCP, options.retries() + 1, own));
  }

  /** The first port of {@code ports} to accept or refuse, each tried at once; null if none did. */
  private static Answer firstAnswer(
      SweepProgress progress,
      InetAddress address,
      List<Integer> ports,
      long timeoutNanos,
      ExecutorService threads)
      throws InterruptedException {
    List<Callable<Answer>> tries = new ArrayList<>(ports.size());
    int millis = (int) Math.max(1, timeoutNanos / 1_000_000);
    for (int port : ports) {
      tries.add(() -> connect(progress, address, port, millis));
    }
    try {
      return threads.invokeAny(tries);
    } catch (ExecutionException e) {
      return null; // every port timed out or had no route
    } catch (RejectedExecutionException e) {
      throw new InterruptedException("sweep: stopped"); // the sweep shut its threads down
    }
  }

  /**
   * Connects to {@code port}: open or refused is an answer; a timeout or no route throws.
   *
   * @throws IOException when the host did not answer on this port
   */
  private static Answer connect(SweepProgress progress, InetAddress address, int port, int millis)
      throws IOException {
    progress.sent();
    long start = System.nanoTime();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), millis);
      return new Answer(port, true, System.nanoTime() - start);
    } catch (ConnectException e) {
      if (refused(e)) {
        return new Answer(port, false, System.nanoTime() - start);
      }
      throw e;
    }
  }

  /** Whether the host itself refused (a reset), rather than the network having no way to it. */
  private static boolean refused(ConnectException e) {
    String message = e.getMessage();
    return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("refused");
  }
}
