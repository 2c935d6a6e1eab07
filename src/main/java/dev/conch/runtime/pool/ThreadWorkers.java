package dev.conch.runtime.pool;

import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.task.TaskRegistry;
import dev.conch.runtime.task.TaskSpec;

/**
 * Workers that are tasks on platform or virtual threads and run each job in place. Immutable and
 * thread-safe.
 */
public final class ThreadWorkers implements WorkerKind {
  private final TaskKind kind;

  /** Workers of task kind {@code kind} (thread or virtual). */
  public ThreadWorkers(TaskKind kind) {
    this.kind = kind;
  }

  @Override
  public String word() {
    return kind.word();
  }

  @Override
  public Task startWorker(TaskRegistry tasks, String name, WorkerLoop loop) {
    TaskSpec spec = TaskSpec.defaults().withName(name).withKind(kind).withDaemon(true);
    return tasks.spawn(
        spec,
        () -> {
          loop.run(Job::call);
          return null;
        });
  }
}
