package dev.conch.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conch.runtime.Errors;
import dev.conch.runtime.Run;
import dev.conch.runtime.Runtime;
import java.io.IOException;
import java.io.NotSerializableException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The child's side of the work hand-over: asks the parent for a job, defines the shipped classes in
 * a fresh loader, runs the work as the main task of a run named after the parent's task (so {@code
 * current.name} is the same on both sides), waits for the threads it started, and reports the value
 * or the error. Confined to the child's main thread.
 */
final class ChildWork {
  /** How long a child waits for its next job: as long as the parent likes. */
  private static final Duration FOREVER = Duration.ofDays(3650);

  private final ChannelClient client;
  private final Runtime runtime;

  ChildWork(ChannelClient client, Runtime runtime) {
    this.client = client;
    this.runtime = runtime;
  }

  /** Runs jobs until the parent lets the child go; returns the exit status. */
  int serve() throws IOException {
    boolean ok = true;
    while (true) {
      JsonNode job;
      try {
        job = client.call(Frame.object().put("op", "job.take"), FOREVER);
      } catch (InterruptedException e) {
        return 130;
      }
      if (job.path("exit").asBoolean()) {
        return 0;
      }
      ok = run(job);
      if (!job.path("more").asBoolean()) {
        return ok ? 0 : 1;
      }
    }
  }

  private boolean run(JsonNode job) throws IOException {
    String name = job.path("name").asText();
    ShipmentLoader loader =
        new ShipmentLoader(classes(job.path("classes")), getClass().getClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    Run run = runtime.tasks().beginRun(name);
    run.main().setName(name);
    Object value = null;
    Throwable error = null;
    try {
      byte[] work = Base64.getDecoder().decode(job.path("work").asText());
      value = ((Callable<?>) Copies.read(work, loader, o -> o)).call();
      run.awaitNonDaemons();
      run.cutDaemons();
    } catch (Throwable t) {
      error = t;
    } finally {
      runtime.tasks().endRun(run, error != null);
    }
    System.out.flush();
    System.err.flush();
    report(value, error);
    return error == null;
  }

  private void report(Object value, Throwable error) throws IOException {
    ObjectNode report = Frame.object();
    if (error == null) {
      try {
        byte[] bytes = Copies.write(value, o -> o);
        report.put("op", "job.done").put("value", Base64.getEncoder().encodeToString(bytes));
      } catch (NotSerializableException e) {
        error =
            new IllegalStateException(
                "its result (a " + value.getClass().getName() + ") cannot be copied back");
      }
    }
    if (error != null) {
      report.put("op", "job.failed").put("error", Errors.oneLine(error));
    }
    try {
      client.call(report, Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<String, byte[]> classes(JsonNode classes) {
    Map<String, byte[]> map = new HashMap<>();
    Base64.Decoder b64 = Base64.getDecoder();
    for (Map.Entry<String, JsonNode> e : classes.properties()) {
      map.put(e.getKey(), b64.decode(e.getValue().asText()));
    }
    return map;
  }
}
