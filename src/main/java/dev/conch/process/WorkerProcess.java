package dev.conch.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conch.runtime.pool.Job;
import dev.conch.runtime.pool.WorkerKind;
import dev.conch.runtime.task.OsProcess;
import dev.conch.runtime.task.Task;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The life of one process-pool worker in the parent: takes a child JVM, feeds it the pool's jobs a
 * chunk at a time, and lets it go when the pool ends. The function travels once per child and is
 * kept there; each chunk sends only the arguments. A child that dies (killed, crashed) fails the
 * jobs it was running with a clear error, and the worker carries on with a new child: the pool
 * replaces it.
 *
 * <p>Thread-safe: the worker's task runs the loop; other threads read the pid or stop it.
 */
final class WorkerProcess implements Callable<Object>, OsProcess, WorkerKind.BatchRunner {
  private final Children children;
  private final JobPacker packer;
  private final WorkerKind.WorkerLoop loop;
  private volatile Child child;
  private Job sent; // the function the child holds; confined to the worker's task
  private long fnIds; // confined to the worker's task

  WorkerProcess(Children children, JobPacker packer, WorkerKind.WorkerLoop loop) {
    this.children = children;
    this.packer = packer;
    this.loop = loop;
  }

  @Override
  public Object call() throws Exception {
    try {
      loop.run(this);
    } finally {
      Child last = child;
      if (last != null) {
        last.dismiss();
        // a child writing the children's AOT cache as the launcher trains Conch takes a while
        if (!last.process().waitFor(ChildJvm.training() ? 120 : 2, TimeUnit.SECONDS)) {
          last.process().destroyForcibly();
        }
      }
    }
    return null;
  }

  @Override
  public Object run(Job job, Object[] args) throws Exception {
    Object outcome = runAll(job, java.util.Collections.singletonList(args)).get(0);
    if (outcome instanceof WorkerKind.Failure failure) {
      throw failure.error() instanceof Exception e
          ? e
          : new ChildFailedError(failure.error().toString());
    }
    return outcome;
  }

  @Override
  public List<Object> runAll(Job job, List<Object[]> args) throws Exception {
    Child current = child();
    Shipment fn = null;
    if (job != sent) {
      fn = packer.pack(job);
      sent = job;
      fnIds++;
    }
    Task me = Task.current();
    String name = me == null ? "worker" : me.getName();
    byte[] packed = JvmCopies.write(new ArrayList<>(args), children::outgoing);
    JsonNode report = current.awaitOutcome(current.giveBatch(name, fnIds, fn, packed));
    if (report == null) {
      sent = null;
      child = null;
      String why =
          "process %s (pid %d) died (exit code %d) while running this job"
              .formatted(name, current.pid(), ProcessBody.exitCode(current.process().waitFor()));
      throw new ChildFailedError(why);
    }
    if (report.path("op").asText().equals("job.failed")) {
      throw new ChildFailedError(report.path("error").asText());
    }
    byte[] value = Base64.getDecoder().decode(report.path("value").asText());
    List<?> outcomes = (List<?>) JvmCopies.read(value, packer.classesOf(job), children::incoming);
    List<Object> mapped = new ArrayList<>(outcomes.size());
    for (Object o : outcomes) {
      mapped.add(o instanceof JobError e ? new WorkerKind.Failure(e.toParent()) : o);
    }
    return mapped;
  }

  /** The worker's child, a new one when it has none or the last one died. */
  private Child child() throws InterruptedException {
    Child current = child;
    if (current == null || !current.process().isAlive()) {
      current = children.claimWorker();
      current.owner(Task.current());
      child = current;
    }
    return current;
  }

  @Override
  public long pid() {
    Child current = child;
    return current == null ? -1 : current.pid();
  }

  @Override
  public Integer exitCode() {
    Child current = child;
    return current == null || current.process().isAlive()
        ? null
        : ProcessBody.exitCode(current.process().exitValue());
  }

  @Override
  public void terminate() {
    Child current = child;
    if (current != null) {
      current.process().destroy();
    }
  }

  @Override
  public void kill() {
    Child current = child;
    if (current != null) {
      current.process().destroyForcibly();
    }
  }
}
