package dev.conch.runtime;

import dev.conch.runtime.deadlock.DeadlockWatcher;
import dev.conch.runtime.pool.Pools;
import dev.conch.runtime.queue.Queues;
import dev.conch.runtime.shared.SharedObjects;
import dev.conch.runtime.sync.Locks;
import dev.conch.runtime.task.Sleeper;
import dev.conch.runtime.task.TaskRegistry;

/**
 * The services of one Conch session. A record of services, not a facade: each service holds its own
 * logic. Thread-safe. Closing it stops and joins every task it started.
 */
public record ConchRuntime(
    Clock clock,
    OutputRouter output,
    TaskRegistry tasks,
    Sleeper sleeper,
    Locks locks,
    DeadlockWatcher deadlocks,
    Queues queues,
    Pools pools,
    SharedObjects shared,
    MemoryReserve memory,
    Slots slots)
    implements AutoCloseable {

  /** A fresh runtime whose tasks print to {@code sink}. */
  public static ConchRuntime create(OutputRouter.Sink sink) {
    Clock clock = new Clock();
    OutputRouter output = new OutputRouter(sink);
    TaskRegistry tasks = new TaskRegistry(clock, output);
    ConchRuntime runtime =
        new ConchRuntime(
            clock,
            output,
            tasks,
            new Sleeper(),
            new Locks(),
            new DeadlockWatcher(tasks),
            new Queues(),
            new Pools(tasks),
            new SharedObjects(),
            new MemoryReserve(),
            new Slots());
    tasks.bindRuntime(runtime);
    return runtime;
  }

  @Override
  public void close() {
    deadlocks.close();
    pools.close();
    tasks.close();
    slots.clear();
  }
}
