package dev.conch.runtime.task;

import dev.conch.runtime.Clock;
import dev.conch.runtime.task.Sleepers.Timer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The coroutines of one session: many tasks, one of them running at a time. Each coroutine has a
 * virtual thread of its own but runs only while it holds the turn; it gives the turn away at a
 * cooperative point (a wait journaled by the runtime, a {@code sleep}, an explicit {@code yield}, a
 * switch) and the next one is chosen from those ready, first come first served unless a {@link
 * Chooser} decides. A task that starts a coroutine without being one (the main line) takes part as
 * well until it ends, as gevent's main greenlet does: its own waits let the coroutines run.
 *
 * <p>Sleeps are kept here, not in the threads: {@link Sleepers} makes due ones ready in the order
 * of their deadlines, so that the same program gives the same order every run; in stepping mode its
 * time is virtual.
 *
 * <p>A member whose wait on a runtime object ends (a consumer woken by a put) queues before the
 * turn passes on, so the order after a put is the same every run too.
 *
 * <p>The journal follows the turn: a member is journaled {@link TaskState#WAITING} on {@link
 * Turn#ITS_TURN} from the moment it queues for the turn (a coroutine not started yet, one whose
 * sleep is over, one that yielded or switched away) and {@link TaskState#RUNNING} from the moment
 * it is handed the turn, so at most one member is journaled running at any time.
 *
 * <p>Thread-safe: all state is guarded by {@code lock}; {@code holder} and {@code closed} are also
 * volatile, so a member waits for its turn parked, outside the lock, reading them, and is unparked
 * by whoever hands the turn over (a coroutine's thread is started by its first turn instead). The
 * clock thread waits on {@code lock} for the next deadline when no member runs.
 */
public final class Coroutines implements AutoCloseable {
  /** Picks which ready task runs next; it may block (a class choosing at the keyboard). */
  @FunctionalInterface
  public interface Chooser {
    /** The index in {@code ready} (never empty, in the order they became ready) to run next. */
    int choose(List<Task> ready) throws InterruptedException;
  }

  private static final Chooser FIRST = ready -> 0;

  private final Object lock = new Object();
  private final Deque<Task> ready = new ArrayDeque<>(); // guarded by lock
  private final Deque<Task> paused = new ArrayDeque<>(); // switched away from; guarded by lock
  private final Sleepers sleepers; // guarded by lock
  // members waiting for a coroutine to end, by that coroutine; guarded by lock
  private final Map<Task, List<Task>> joiners = new HashMap<>();
  private final ObjectWaits waits = new ObjectWaits(lock); // guarded by lock
  // who has the turn; written under lock, read without it by members waiting for their turn
  private volatile Task holder;
  private boolean choosing; // a chooser is deciding; guarded by lock
  private Chooser chooser = FIRST; // guarded by lock
  private Thread clockThread; // guarded by lock
  private volatile boolean closed; // written under lock

  Coroutines(Clock clock) {
    this.sleepers = new Sleepers(clock);
  }

  /**
   * From now on {@code how} picks the next task, and with {@code virtual} sleeps take no real time;
   * {@code null} goes back to first come first served in real time.
   */
  public void schedule(Chooser how, boolean virtual) {
    synchronized (lock) {
      chooser = how == null ? FIRST : how;
      sleepers.useVirtualTime(how != null && virtual);
    }
  }

  // --- members: called on the member's own thread ---

  /**
   * A coroutine is starting: it queues for its first turn now, on its starter's thread, so that
   * coroutines run first in the order they were started. Its thread starts when that turn comes:
   * like a greenlet not yet run, a coroutine that waits for its first turn costs no stack.
   */
  void enlist(Task starting) {
    synchronized (lock) {
      if (holder == starting) { // switched to before it started
        giveTurn(starting);
        return;
      }
      queue(starting);
    }
    dispatch();
  }

  /** A coroutine begins, on its own thread: it waits for its first turn. */
  void begin(Task me) {
    awaitTurn(me);
  }

  /**
   * {@code spawner}, which is not a coroutine, starts one: it takes part from now on, and holds the
   * turn (waiting for it if a coroutine holds it now).
   */
  void host(Task spawner) {
    if (spawner.coroutines() == this) {
      return;
    }
    spawner.joinCoroutines(this);
    boolean mine;
    synchronized (lock) {
      mine = holder == null && !choosing;
      if (mine) {
        holder = spawner;
      } else {
        queue(spawner);
      }
    }
    if (!mine) {
      awaitTurn(spawner);
    }
  }

  /** {@code me} is about to wait for something: the turn goes to the next one. */
  void suspend(Task me) {
    synchronized (lock) {
      waits.begin(me);
      dropTurn(me);
    }
    dispatch();
  }

  /**
   * {@code me} waits until {@code target}, a coroutine of this loop, has ended: it is made ready
   * the moment the target ends, not when its thread next runs, so the order is the same every run.
   */
  void join(Task me, Task target) throws InterruptedException {
    synchronized (lock) {
      if (target.getState().ended()) {
        return;
      }
      joiners.computeIfAbsent(target, t -> new ArrayList<>()).add(me);
      dropTurn(me);
    }
    awaitTurnUnlessInterrupted(me, () -> withdrawJoin(me, target), "joined " + target);
  }

  /** An interrupted joiner stops waiting for {@code target} and queues for its turn instead. */
  private void withdrawJoin(Task me, Task target) {
    List<Task> list = joiners.get(target);
    if (list != null && list.remove(me)) {
      queue(me);
    }
  }

  /**
   * A signal on a condition of {@code guard} has woken {@code member} from its wait: the turn waits
   * for it to queue before it passes on (see {@link ObjectWaits#settle}).
   */
  void woke(Task member, ReentrantLock guard) {
    synchronized (lock) {
      waits.woke(member, guard);
    }
  }

  /** {@code member} waits on a condition again before it queued: it is no longer on its way. */
  void waitsAgain(Task member) {
    synchronized (lock) {
      waits.waitsAgain(member);
    }
  }

  /** {@code me}'s wait is over: it waits for its turn again. */
  void resume(Task me) {
    synchronized (lock) {
      waits.end(me);
      if (holder == me) {
        return;
      }
      queue(me);
    }
    dispatch();
    awaitTurn(me);
  }

  /** {@code me} has ended (or left): the turn goes on, and no one will wait for it. */
  void leave(Task me) {
    synchronized (lock) {
      waits.end(me);
      List<Task> waitingForMe = joiners.remove(me);
      if (waitingForMe != null) {
        waitingForMe.forEach(this::queue); // at once and in order, so that every run is the same
      }
      if (holder == me) {
        holder = null; // the usual end: it ran to its end in its turn
      } else {
        ready.remove(me);
        paused.remove(me);
        sleepers.forget(me);
      }
    }
    dispatch();
  }

  /** Gives the turn to the others that are ready, then waits for it again. */
  void yieldTurn(Task me) {
    waits.settle(); // those this turn woke (a consumer after a put) queue before the one yielding
    synchronized (lock) {
      queue(me);
      dropTurn(me);
    }
    dispatch();
    awaitTurn(me);
  }

  /**
   * A cooperative sleep of {@code nanos}: the others run meanwhile; an interrupt ends it at once
   * (the task still waits for its turn before it hears of it).
   */
  void sleep(Task me, long nanos) throws InterruptedException {
    Timer timer;
    synchronized (lock) {
      timer = sleepers.add(me, nanos);
      dropTurn(me);
    }
    awaitTurnUnlessInterrupted(me, () -> withdrawSleep(me, timer), "slept");
  }

  /**
   * Hands the turn straight to {@code target} (greenlet's {@code switch}); {@code me} waits until
   * someone switches back to it, or until nothing else can run.
   */
  void switchTo(Task me, Task target, Runnable startTarget) {
    boolean start;
    synchronized (lock) {
      ready.remove(target);
      paused.remove(target);
      start = target.getState() == TaskState.NEW;
      paused.push(me);
      me.record(TaskState.WAITING, Turn.ITS_TURN);
      if (start) {
        holder = target; // it is handed the turn as it starts
      } else {
        giveTurn(target);
      }
    }
    if (start) {
      startTarget.run();
    }
    awaitTurn(me);
  }

  // --- the turn ---

  /** {@code me} no longer holds the turn, if it did. Under the lock. */
  private void dropTurn(Task me) {
    if (holder == me) {
      holder = null;
    }
  }

  /** When no one holds the turn, gives it to the next ready task (due sleepers first). */
  private void dispatch() {
    waits.settle();
    List<Task> choices;
    Chooser how;
    synchronized (lock) {
      if (holder != null || choosing || closed) {
        return;
      }
      wakeDue();
      if (ready.isEmpty() && sleepers.isEmpty() && !paused.isEmpty()) {
        ready.add(paused.pop()); // nothing else can run: back to who switched away last
      }
      if (ready.isEmpty()) {
        idle();
        return;
      }
      if (chooser == FIRST || ready.size() == 1) {
        giveTurn(ready.poll());
        return;
      }
      choosing = true;
      choices = new ArrayList<>(ready);
      how = chooser;
    }
    choose(how, choices);
  }

  private void choose(Chooser how, List<Task> choices) {
    int index;
    try {
      index = how.choose(choices);
    } catch (InterruptedException | RuntimeException e) {
      index = 0;
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
    Task next = choices.get(Math.floorMod(index, choices.size()));
    synchronized (lock) {
      choosing = false;
      if (holder == null && ready.remove(next)) {
        giveTurn(next);
        return;
      }
    }
    dispatch();
  }

  /** {@code next} holds the turn from now on, and is journaled running. Under the lock. */
  private void giveTurn(Task next) {
    if (next.getState().alive()) {
      next.record(TaskState.RUNNING, null); // before it can see the turn is its own and go on
    }
    holder = next;
    wake(next);
  }

  /** {@code member} queues for the turn, journaled as waiting for it. Under the lock. */
  private void queue(Task member) {
    ready.addLast(member);
    if (member.getState().alive()) {
      member.record(TaskState.WAITING, Turn.ITS_TURN);
    }
  }

  /**
   * Lets {@code member} see the turn is its own: starts its thread or unparks it. Under the lock.
   */
  private static void wake(Task member) {
    Thread thread = member.thread();
    if (thread == null) {
      return; // it has ended
    }
    if (thread.getState() == Thread.State.NEW) {
      thread.start();
    } else {
      LockSupport.unpark(thread);
    }
  }

  /** Moves the sleepers whose time has come to the ready tasks, earliest first. */
  private void wakeDue() {
    sleepers.due(ready.isEmpty()).forEach(this::queue);
  }

  /** No one can run now: the clock thread wakes the next sleeper when its time comes. */
  private void idle() {
    if (sleepers.isEmpty()) {
      return;
    }
    if (clockThread == null) {
      clockThread = Thread.ofVirtual().name("conch-coroutine-clock").start(this::keepTime);
    }
    lock.notifyAll();
  }

  private void keepTime() {
    while (true) {
      synchronized (lock) {
        if (closed) {
          return;
        }
        long wait = holder == null && !choosing ? sleepers.nanosToNext() : Long.MAX_VALUE;
        if (wait > 0) {
          try {
            lock.wait(wait == Long.MAX_VALUE ? 0 : Math.max(1, wait / 1_000_000), 0);
          } catch (InterruptedException e) {
            return;
          }
          continue;
        }
      }
      dispatch();
    }
  }

  private void awaitTurn(Task me) {
    boolean interrupted = false;
    while (holder != me && !closed) {
      LockSupport.park(this);
      if (Thread.interrupted()) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Hands the turn on, then waits for it again after a sleep or join; an interrupt first makes
   * {@code withdraw} (under the lock) take back what {@code me} waited for, and is thrown once
   * {@code me} has its turn back.
   */
  private void awaitTurnUnlessInterrupted(Task me, Runnable withdraw, String waitedHow)
      throws InterruptedException {
    dispatch();
    if (!awaitTurnOrInterrupt(me, withdraw)) {
      dispatch();
      awaitTurn(me);
      throw new InterruptedException(me.getName() + " was interrupted while it " + waitedHow);
    }
  }

  /**
   * Waits for the turn after a sleep or a join; false when interrupted first, after {@code
   * withdraw} (run under the lock) took back what it waited for.
   */
  private boolean awaitTurnOrInterrupt(Task me, Runnable withdraw) {
    while (true) {
      if (holder == me || closed) {
        return true;
      }
      if (Thread.interrupted()) {
        synchronized (lock) {
          if (holder == me || closed) {
            Thread.currentThread().interrupt(); // heard once it runs
            return true;
          }
          withdraw.run();
          return false;
        }
      }
      LockSupport.park(this);
    }
  }

  /** An interrupted sleeper's timer goes; it queues for its turn instead. */
  private void withdrawSleep(Task me, Timer timer) {
    if (sleepers.withdraw(timer)) {
      queue(me);
    }
  }

  /** Stops the clock and lets every waiting member go. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      List<Task> left = new ArrayList<>(ready);
      left.addAll(paused);
      sleepers.forEachSleeper(left::add);
      lock.notifyAll();
      left.forEach(Coroutines::wake);
    }
  }
}
