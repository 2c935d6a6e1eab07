package dev.conch.net.geo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the parts of one geo call at once, each on a virtual thread named {@code PREFIX-N} that the
 * call owns: waits for all of them; on an interrupt, or when a part fails, stops the others and
 * joins them before it throws. Stateless.
 */
public final class GeoWorkers {
  private GeoWorkers() {}

  /** One part of a call's work. */
  @FunctionalInterface
  public interface Part {
    void run() throws IOException, InterruptedException;
  }

  /**
   * Runs {@code parts} at once on threads named {@code prefix}N and waits for them all; starts none
   * when the caller is interrupted already.
   */
  public static void runAll(String prefix, List<Part> parts)
      throws IOException, InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    try (ExecutorService threads =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(prefix, 0).factory())) {
      List<Future<?>> running = new ArrayList<>();
      for (Part part : parts) {
        running.add(
            threads.submit(
                () -> {
                  part.run();
                  return null;
                }));
      }
      try {
        for (Future<?> worker : running) {
          worker.get();
        }
      } catch (InterruptedException e) {
        threads.shutdownNow();
        throw e;
      } catch (ExecutionException e) {
        threads.shutdownNow();
        throw rethrown(e.getCause());
      }
    }
  }

  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }
}
