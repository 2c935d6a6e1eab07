package dev.conch.runtime.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The members of one coroutine loop that are in a wait of a runtime object (a queue's get, a
 * semaphore's acquire; not a sleep or a join), and which of them a signal has woken, so that the
 * turn lets the woken ones queue before it passes on ({@link #settle}).
 *
 * <p>Guarded by the loop's lock: every method but {@link #settle} is called holding it, and settle
 * takes it itself, since a member leaves its wait and queues for the turn in one step under it.
 */
final class ObjectWaits {
  /** The longest a turn waits for the members it woke to queue. */
  private static final long SETTLE_NANOS = 1_000_000_000L;

  private final Object lock;
  // each waiting member, oldest first, with the guard it takes back before it queues once a signal
  // has woken it (null until then)
  private final Map<Task, ReentrantLock> members = new LinkedHashMap<>();

  ObjectWaits(Object lock) {
    this.lock = lock;
  }

  /** {@code member} begins a wait. */
  void begin(Task member) {
    members.put(member, null);
  }

  /** A signal on a condition of {@code guard} has woken {@code member}, if it waits. */
  void woke(Task member, ReentrantLock guard) {
    members.replace(member, guard);
  }

  /** {@code member} waits on a condition again before it queued: it is no longer on its way. */
  void waitsAgain(Task member) {
    members.replace(member, null);
  }

  /** {@code member}'s wait is over (it queues now), or it has ended. */
  void end(Task member) {
    members.remove(member);
  }

  /**
   * Before the turn passes on, lets every member whose wait has just ended (a consumer woken by a
   * put: its thread runs, it has not queued yet) queue first, so that the next one is the same on
   * every run, and the choices offered in stepping mode too. A member a signal woke is named by the
   * signal ({@link #woke}) and waited for whatever its thread's state, unless the guard it must
   * take back is held by the caller (a producer passing the turn on as it waits for room); one
   * woken another way (a lock given back, a timeout) is known by its thread running. Between its
   * wake-up and its queueing a woken member runs only the runtime's own code, so this takes
   * microseconds; the bound of one second only keeps a starved machine (a collector's pause, a
   * loaded CI host) from stalling the turn for good.
   */
  void settle() {
    List<Task> waiting;
    synchronized (lock) {
      if (members.isEmpty()) {
        return;
      }
      waiting = new ArrayList<>(members.keySet());
    }
    long deadline = System.nanoTime() + SETTLE_NANOS;
    for (Task t : waiting) {
      Thread thread = t.thread();
      if (thread == null || thread == Thread.currentThread()) {
        continue; // one that begins a wait passes the turn on itself
      }
      while (System.nanoTime() < deadline && onItsWay(t, thread)) {
        Thread.yield();
      }
    }
  }

  /** Whether {@code t}, waiting on a runtime object, has been woken and has not queued yet. */
  private boolean onItsWay(Task t, Thread thread) {
    synchronized (lock) {
      if (!members.containsKey(t)) {
        return false;
      }
      ReentrantLock guard = members.get(t);
      if (guard != null) {
        return !guard.isHeldByCurrentThread();
      }
    }
    Thread.State state = thread.getState();
    return state == Thread.State.RUNNABLE || state == Thread.State.BLOCKED;
  }
}
