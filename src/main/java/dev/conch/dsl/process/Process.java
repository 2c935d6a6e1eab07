package dev.conch.dsl.process;

import dev.conch.dsl.CurrentRuntime;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.io.Serial;
import java.io.Serializable;

/**
 * The base class of a learner's own process, as Python's {@code multiprocessing.Process}: extend
 * it, override {@code run()}, then {@code start()}. Starting copies the object (the fields its
 * class declares) to a child JVM and calls {@code run()} there; the handle stays here, with the
 * child's pid, state and exit code. Scripts see this class as {@code Process} (it hides {@code
 * java.lang.Process}, which a script rarely names). Thread-safe, as {@link Task} is.
 */
public class Process extends Task implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** A process named after its class, such as {@code MyProcess-3}. */
  protected Process() {}

  /** A process named {@code name}. */
  protected Process(String name) {
    super(name);
  }

  /** Starts the process in a child JVM; does nothing when it has started already. */
  @Override
  public Task start() {
    synchronized (this) {
      if (getState() == TaskState.NEW && getKind() != dev.conch.runtime.task.TaskKind.PROCESS) {
        runAsProcess(Processes.body(CurrentRuntime.runtime(), this));
      }
    }
    return super.start();
  }
}
