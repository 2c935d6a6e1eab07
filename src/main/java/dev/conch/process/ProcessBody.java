package dev.conch.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conch.runtime.task.OsProcess;
import dev.conch.runtime.task.Task;
import java.io.IOException;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What a process task does in the parent: takes a child JVM, hands it the shipment, waits for its
 * outcome and its end, and returns the value the work returned (a copy) or fails with the child's
 * error. Interrupting it (cancel, a daemon cut off, Ctrl-C) terminates the child.
 *
 * <p>Thread-safe: the task's own thread runs {@link #call()}; any thread may ask for the pid and
 * exit code or terminate it.
 */
public final class ProcessBody implements java.util.concurrent.Callable<Object>, OsProcess {
  private static final long GRACE_MILLIS = 1000;

  private final Children children;
  private final Shipment shipment;
  private volatile Child child;
  private volatile boolean stopped; // terminate() or kill() was called
  private volatile ClassLoader loader = ProcessBody.class.getClassLoader();

  ProcessBody(Children children, Shipment shipment) {
    this.children = children;
    this.shipment = shipment;
  }

  /** Where the returned value's classes are found (the session's class loader). */
  public ProcessBody readingWith(ClassLoader classes) {
    this.loader = classes;
    return this;
  }

  @Override
  public Object call() throws Exception {
    Task me = Task.current();
    String name = me == null ? shipment.name() : me.getName();
    Child taken = child;
    if (taken == null) {
      begin();
      taken = child;
    }
    taken.owner(me);
    boolean ready = children.awaitReady(taken);
    if (stopped || !ready) {
      boolean terminated = stopped; // stop() below sets it too
      stop(taken);
      taken.awaitEnd();
      if (terminated) {
        throw new InterruptedException(name + " was terminated before it started");
      }
      throw new ChildFailedError(
          "process %s (pid %d) ended with exit code %d before it started"
              .formatted(name, taken.pid(), exitCode()));
    }
    try {
      CompletableFuture<JsonNode> outcome = taken.give(shipment, name, false);
      JsonNode report = taken.awaitOutcome(outcome);
      int status = taken.awaitEnd();
      return result(report, status);
    } catch (InterruptedException e) {
      stop(taken);
      awaitRelease(taken);
      throw e;
    }
  }

  /**
   * Waits until what the stopped child held through proxies (locks, permits) has been given back,
   * so that a cancelled or cured process task has let go of all it held by the time it ends.
   */
  private static void awaitRelease(Child taken) {
    try {
      taken.awaitEnd();
    } catch (InterruptedException again) {
      Thread.currentThread().interrupt();
    }
  }

  private Object result(JsonNode report, int status) throws Exception {
    if (report == null) {
      if (stopped) {
        throw new InterruptedException(shipment.name() + " was terminated");
      }
      throw new ChildFailedError(
          "process %s (pid %d) ended with exit code %d before it finished"
              .formatted(
                  Task.current() == null ? shipment.name() : Task.current().getName(),
                  child.pid(),
                  exitCode(status)));
    }
    if (report.path("op").asText().equals("job.failed")) {
      throw failure(report);
    }
    byte[] value = Base64.getDecoder().decode(report.path("value").asText());
    return JvmCopies.read(value, loader, children::incoming);
  }

  /**
   * The child's error: itself when it came as a copy whose classes the session has (the parent then
   * words it as its own), else its line.
   */
  private Exception failure(JsonNode report) {
    String line = report.path("error").asText();
    if (report.hasNonNull("failure")) {
      try {
        byte[] bytes = Base64.getDecoder().decode(report.path("failure").asText());
        // an interruption stays the child's: as the parent's own, it would say this task was
        if (JvmCopies.read(bytes, loader, children::incoming) instanceof JobError job
            && job.toParent() instanceof Exception own
            && !(own instanceof InterruptedException)) {
          return own;
        }
      } catch (IOException | RuntimeException e) {
        // its classes are not the session's, or the copy is damaged: its line says it
      }
    }
    return new ChildFailedError(line);
  }

  /** Terminates the child and waits (a little) until it is gone. */
  private void stop(Child taken) {
    terminate();
    try {
      taken.process().waitFor(GRACE_MILLIS * 3, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      taken.process().destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Takes the child now, on the starting thread, so that the task's pid is known at once. */
  @Override
  public synchronized void begin() {
    if (child == null) {
      child = children.take();
    }
  }

  @Override
  public long pid() {
    Child taken = child;
    return taken == null ? -1 : taken.pid();
  }

  @Override
  public Integer exitCode() {
    Child taken = child;
    if (taken == null || taken.process().isAlive()) {
      return null;
    }
    return exitCode(taken.process().exitValue());
  }

  /** Python's view of an exit status: a process ended by signal N (status 128 + N) shows -N. */
  static int exitCode(int status) {
    return status > 128 && status < 128 + 65 ? -(status - 128) : status;
  }

  @Override
  public void terminate() {
    stopped = true;
    Child taken = child;
    if (taken == null || !taken.process().isAlive()) {
      return;
    }
    Process process = taken.process();
    process.destroy();
    CompletableFuture.delayedExecutor(GRACE_MILLIS, TimeUnit.MILLISECONDS)
        .execute(
            () -> {
              if (process.isAlive()) {
                process.destroyForcibly();
              }
            });
  }

  @Override
  public void kill() {
    stopped = true;
    Child taken = child;
    if (taken != null) {
      taken.process().destroyForcibly();
    }
  }
}
