package dev.conch.runtime.task;

import dev.conch.runtime.errors.RuntimeError;

/**
 * What a task's calls do when the task is a coroutine (or takes part with coroutines): give the
 * turn away when a wait starts and wait for it when the wait ends, join in turn, yield, switch.
 * Kept apart from {@link Task} so that a task's own logic reads on its own. Stateless.
 */
final class Turns {
  private Turns() {}

  /**
   * The coroutines {@code task} takes part in when the calling thread is the task's own, else null
   * (no task, not a member, or a thread acting for it).
   */
  static Coroutines here(Task task) {
    Coroutines loop = task == null ? null : task.coroutines();
    return loop != null && Thread.currentThread() == task.thread() ? loop : null;
  }

  /** {@code task} enters {@code newState} on its own thread while it takes part in {@code loop}. */
  static void enter(Coroutines loop, Task task, TaskState old, TaskState newState, Object target) {
    if (newState == TaskState.RUNNING && waits(old)) {
      loop.resume(task); // its turn first, then the journal says it runs
      task.record(newState, target);
      return;
    }
    task.record(newState, target);
    if (old == TaskState.RUNNING && waits(newState)) {
      loop.suspend(task);
    } else if (newState.ended()) {
      loop.leave(task);
    }
  }

  private static boolean waits(TaskState s) {
    return s == TaskState.SLEEPING || s == TaskState.WAITING || s == TaskState.BLOCKED;
  }

  /**
   * Joins {@code target} the coroutines' way when {@code waiter} and it take part in the same loop;
   * returns false when the ordinary join applies.
   */
  static boolean joinInTurn(Task waiter, Task target) throws InterruptedException {
    Coroutines loop = here(waiter);
    if (loop == null || loop != target.coroutines()) {
      return false;
    }
    TaskState before = waiter.getState();
    waiter.record(TaskState.WAITING, target);
    try {
      loop.join(waiter, target);
    } finally {
      waiter.record(before, null);
    }
    return true;
  }

  /** Lets the other ready coroutines run first; outside coroutines, other threads. */
  static void yieldTurn(Task me) {
    Coroutines loop = here(me);
    if (loop != null) {
      loop.yieldTurn(me);
    } else {
      Thread.yield();
    }
  }

  /** {@code me} hands the turn straight to {@code target} (greenlet's switch). */
  static void switchTo(Task me, Task target) {
    if (target.getKind() != TaskKind.COROUTINE) {
      throw new RuntimeError(
          "coroutine.switch.kind",
          "%s is a %s, not a coroutine: switch to coroutines only",
          target,
          target.getKind().word());
    }
    if (target.getState().ended()) {
      throw new RuntimeError(
          "coroutine.switch.ended", "%s has ended: there is nothing to switch to", target);
    }
    if (me == target) {
      return;
    }
    TaskRegistry owner = target.registry();
    if (me == null || owner == null) {
      throw new RuntimeError("task.outside", "task %s: start it from Conch code", target.getName());
    }
    Coroutines loop = owner.coroutines();
    loop.host(me);
    if (target.getState() == TaskState.SLEEPING) {
      throw new RuntimeError(
          "coroutine.switch.sleeping", "%s is sleeping: it runs again when its sleep ends", target);
    }
    loop.switchTo(me, target, target::start);
  }
}
