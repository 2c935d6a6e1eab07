package dev.conch.runtime.deadlock;

import dev.conch.runtime.sync.JvmLock;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Asks the JVM which threads are deadlocked on its own locks — {@code synchronized} monitors and
 * {@code java.util.concurrent} locks that learners' code uses directly — and turns the answer into
 * links between tasks. Threads blocked on runtime locks are left to the runtime's own wait-for
 * graph, and threads that belong to no task are left out. Stateless; thread-safe.
 */
final class JvmDeadlocks {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private JvmDeadlocks() {}

  /** The wait-for links among {@code live} tasks that the JVM finds deadlocked. */
  static Map<Task, Deadlock.Link> links(Collection<Task> live) {
    long[] ids =
        THREADS.isSynchronizerUsageSupported()
            ? THREADS.findDeadlockedThreads()
            : THREADS.findMonitorDeadlockedThreads();
    if (ids == null) {
      return Map.of();
    }
    Map<Long, Task> byThread = new HashMap<>();
    for (Task task : live) {
      Thread thread = task.thread();
      if (thread != null) {
        byThread.put(thread.threadId(), task);
      }
    }
    Map<Task, Deadlock.Link> next = new LinkedHashMap<>();
    for (ThreadInfo info : THREADS.getThreadInfo(ids)) {
      Task waiter = info == null ? null : byThread.get(info.getThreadId());
      Task holder = info == null ? null : byThread.get(info.getLockOwnerId());
      if (waiter == null || holder == null || info.getLockInfo() == null || onRuntimeLock(waiter)) {
        continue;
      }
      boolean monitor = info.getThreadState() == Thread.State.BLOCKED;
      next.put(waiter, new Deadlock.Link(waiter, JvmLock.of(info.getLockInfo(), monitor), holder));
    }
    return next;
  }

  private static boolean onRuntimeLock(Task task) {
    return task.getState() == TaskState.BLOCKED && task.getWaitTarget() instanceof Lock;
  }
}
