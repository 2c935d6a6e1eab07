package dev.conch.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conch.process.channel.ChannelClient;
import dev.conch.process.channel.Frame;
import dev.conch.process.proxy.Proxied;
import dev.conch.process.proxy.Proxies;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.errors.KeyedError;
import dev.conch.runtime.task.Run;
import java.io.IOException;
import java.io.NotSerializableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

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
  private final ConchRuntime runtime;
  private final Map<Long, Function<?, ?>> functions = new HashMap<>();
  private final Map<Long, ClassLoader> loaders = new HashMap<>();
  private Map<String, byte[]> lastClasses = Map.of(); // the classes of the last pool function
  private ClassLoader lastLoader; // where they were defined
  private final CountDownLatch firstJob = new CountDownLatch(1);

  ChildWork(ChannelClient client, ConchRuntime runtime) {
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
      firstJob.countDown();
      ok = run(job);
      if (!job.path("more").asBoolean()) {
        return ok ? 0 : 1;
      }
    }
  }

  /** Whether the first job arrived within {@code wait} of the child's start. */
  boolean jobWithin(Duration wait) throws InterruptedException {
    return firstJob.await(wait.toNanos(), TimeUnit.NANOSECONDS);
  }

  private boolean run(JsonNode job) throws IOException {
    if (job.has("fnId")) {
      runBatch(job);
      return true;
    }
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
      Proxies proxies = new Proxies(client, loader);
      value = ((Callable<?>) JvmCopies.read(work, loader, proxies::resolve)).call();
      run.awaitNonDaemons();
      run.cutDaemons();
    } catch (Throwable t) {
      error = t;
    } finally {
      runtime.tasks().endRun(run, error != null);
    }
    System.out.flush();
    System.err.flush();
    report(error == null ? copy(value) : null, error);
    return error == null;
  }

  /**
   * The bytes of a process's result, proxies travelling back as their handles. A result that cannot
   * be copied is dropped with a note (Python ignores what a process's target returns): the process
   * still succeeds, and its {@code result} is null.
   */
  private static byte[] copy(Object value) throws IOException {
    try {
      return JvmCopies.write(value, ChildWork::outgoing);
    } catch (NotSerializableException e) {
      System.err.printf(
          "its result (a %s) cannot be copied back to the parent, so result is null there%n",
          value.getClass().getName());
      System.err.flush();
      return JvmCopies.write(null, o -> o);
    }
  }

  /** What a value of the child becomes on its way to the parent: a proxy goes as its handle. */
  static Object outgoing(Object o) {
    return o instanceof Proxied p ? p.handle() : o;
  }

  /**
   * Runs a batch of a pool's jobs: the function (sent once per worker and kept by its id) on each
   * argument list; a job that fails is reported as a {@link JobError}, and the others still run.
   */
  private void runBatch(JsonNode job) throws IOException {
    long fnId = job.path("fnId").asLong();
    Base64.Decoder b64 = Base64.getDecoder();
    if (job.has("fn")) {
      Map<String, byte[]> shipped = classes(job.path("classes"));
      // the same classes again (a map in a loop) keep their loader, and so their compiled code
      ClassLoader loader =
          sameClasses(shipped, lastClasses) && lastLoader != null
              ? lastLoader
              : new ShipmentLoader(shipped, getClass().getClassLoader());
      lastClasses = shipped;
      lastLoader = loader;
      functions.clear();
      loaders.clear();
      Proxies proxies = new Proxies(client, loader);
      functions.put(
          fnId,
          (Function<?, ?>)
              JvmCopies.read(b64.decode(job.path("fn").asText()), loader, proxies::resolve));
      loaders.put(fnId, loader);
    }
    @SuppressWarnings("unchecked")
    Function<Object[], Object> fn = (Function<Object[], Object>) functions.get(fnId);
    ClassLoader loader = loaders.get(fnId);
    Thread.currentThread().setContextClassLoader(loader);
    Proxies proxies = new Proxies(client, loader);
    List<?> argLists =
        (List<?>) JvmCopies.read(b64.decode(job.path("args").asText()), loader, proxies::resolve);
    Run run = runtime.tasks().beginRun(job.path("name").asText());
    run.main().setName(job.path("name").asText());
    List<Object> outcomes = new ArrayList<>(argLists.size());
    try {
      for (Object args : argLists) {
        try {
          outcomes.add(fn.apply((Object[]) args));
        } catch (RuntimeException | Error e) {
          Throwable cause = cause(e);
          outcomes.add(JobError.of(text(cause), cause));
        }
      }
    } finally {
      runtime.tasks().endRun(run, false);
    }
    System.out.flush();
    System.err.flush();
    report(copyBatch(outcomes), null);
  }

  /**
   * The bytes of a batch's outcomes, written once when the whole list copies; else each job whose
   * value cannot be copied back becomes its failure, and the list is written again.
   */
  private static byte[] copyBatch(List<Object> outcomes) throws NotSerializableException {
    try {
      return JvmCopies.write(outcomes, ChildWork::outgoing);
    } catch (NotSerializableException e) {
      List<Object> checked = new ArrayList<>(outcomes.size());
      for (Object value : outcomes) {
        checked.add(copyable(value));
      }
      return JvmCopies.write(checked, ChildWork::outgoing);
    }
  }

  /** A job's value, or its failure when it cannot be copied back. */
  private static Object copyable(Object value) {
    try {
      JvmCopies.write(value, ChildWork::outgoing);
      return value;
    } catch (NotSerializableException e) {
      return JobError.of(
          "its result (a " + value.getClass().getName() + ") cannot be copied back to the parent");
    }
  }

  /** An error in one line: a runtime error as its message, others with their type first. */
  private static String text(Throwable error) {
    return error instanceof KeyedError ? error.getMessage() : Errors.oneLine(error);
  }

  /** The learner's error inside the wrapper a function's checked exception came in. */
  private static Throwable cause(Throwable e) {
    return e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
  }

  /** Tells the parent the job's outcome: the bytes of its value, or its error. */
  private void report(byte[] value, Throwable error) throws IOException {
    ObjectNode report = Frame.object();
    if (error == null) {
      report.put("op", "job.done").put("value", Base64.getEncoder().encodeToString(value));
    }
    if (error != null) {
      report.put("op", "job.failed").put("error", text(error));
      failure(cause(error))
          .ifPresent(bytes -> report.put("failure", Base64.getEncoder().encodeToString(bytes)));
    }
    try {
      client.call(report, Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A process's error as it travels back, itself when it copies (as a pool job's does), so that the
   * parent words it as it would its own: {@code nosuch() is not defined}, not Groovy's line naming
   * the script class; empty when even its line cannot be written.
   */
  private static Optional<byte[]> failure(Throwable error) {
    try {
      return Optional.of(JvmCopies.write(JobError.of(text(error), error), ChildWork::outgoing));
    } catch (NotSerializableException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean sameClasses(Map<String, byte[]> a, Map<String, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, byte[]> e : a.entrySet()) {
      if (!java.util.Arrays.equals(e.getValue(), b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
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
