package dev.conch.net.sweep;

import dev.conch.net.icmp.IcmpSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The ICMP probe, as fping does it: one socket per address family for the whole sweep, echo
 * requests sent one {@code interval} apart with at most {@code workers} awaiting a reply, replies
 * matched to their address by sequence number, a silent address tried again after its timeout (each
 * retry waiting {@code backoff} times longer). The loop runs on one platform thread of its own,
 * {@code sweep-icmp}, because its native waits would pin a virtual thread's carrier; it looks at
 * the stop flag at least every 100 ms, so Ctrl-C ends it within a second. Thread-safe: the sockets
 * are used by that thread alone while it runs.
 */
final class IcmpSweep implements Prober {
  /** Requests awaiting a reply at once unless told: more than a /22, so fping's pace rules. */
  static final int DEFAULT_WORKERS = 1024;

  private final IcmpSocket v4;
  private final IcmpSocket v6;

  /**
   * A probe sending through {@code v4} and {@code v6} (either may be null when the targets have no
   * address of that family); the caller owns and closes them.
   */
  IcmpSweep(IcmpSocket v4, IcmpSocket v6) {
    this.v4 = v4;
    this.v6 = v6;
  }

  @Override
  public void probe(SweepProgress progress, SweepOptions options) throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    EchoLoop loop = new EchoLoop(progress, options, v4, v6, stop);
    try (ExecutorService thread =
        Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("sweep-icmp").daemon(true).factory())) {
      Future<Void> done =
          thread.submit(
              () -> {
                loop.run();
                return null;
              });
      try {
        done.get();
      } catch (InterruptedException e) {
        stop.set(true);
        waitOut(done);
        throw e;
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw new UncheckedIOException(io);
        }
        throw new IllegalStateException("sweep: the ICMP loop failed", e.getCause());
      }
    }
  }

  /**
   * Waits for the stopped loop to end (it looks at its stop flag every 100 ms at most), and sets
   * the interrupt that stopped it again.
   */
  private static void waitOut(Future<Void> done) {
    while (!done.isDone()) {
      try {
        done.get();
      } catch (InterruptedException again) {
        // the loop is stopping already; wait for it all the same
      } catch (ExecutionException ended) {
        break;
      }
    }
    Thread.currentThread().interrupt();
  }
}
