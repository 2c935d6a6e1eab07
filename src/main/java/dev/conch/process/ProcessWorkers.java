package dev.conch.process;

import dev.conch.runtime.pool.WorkerKind;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.task.TaskRegistry;
import dev.conch.runtime.task.TaskSpec;

/**
 * Pool workers that are child processes: each worker is a process task whose child JVM runs the
 * pool's jobs a chunk at a time (see {@link WorkerProcess}). Immutable; thread-safe.
 */
public final class ProcessWorkers implements WorkerKind {
  private final Children children;
  private final JobPacker packer;

  /** Workers among {@code children}, whose functions {@code packer} ships. */
  public ProcessWorkers(Children children, JobPacker packer) {
    this.children = children;
    this.packer = packer;
  }

  @Override
  public String word() {
    return "process";
  }

  @Override
  public Task startWorker(TaskRegistry tasks, String name, WorkerLoop loop) {
    TaskSpec spec = TaskSpec.defaults().withName(name).withKind(TaskKind.PROCESS).withDaemon(true);
    return tasks.spawn(spec, new WorkerProcess(children, packer, loop));
  }
}
