package dev.conch.runtime.queue;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.TypeError;
import dev.conch.runtime.errors.ValueError;
import dev.conch.runtime.race.SyncClock;
import dev.conch.runtime.sync.Acquirable;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.wait.GuardedWait;
import dev.conch.runtime.wait.TurnCondition;
import java.util.Iterator;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A queue that hands items from the tasks that put them to the tasks that get them, as Python's
 * {@code queue.Queue}, {@code LifoQueue} and {@code PriorityQueue}: first in first out, last in
 * first out, or smallest first. A queue with a {@code maxsize} above 0 holds at most that many
 * items; {@code put} waits for room and {@code get} waits for an item, and a task waiting so is
 * journaled as {@link TaskState#WAITING} on the queue, whose {@link #toString()} ({@code queue jobs
 * (2 of 2 items, full)}) is what {@code /tasks} shows. Waits end at once on an interrupt (Ctrl-C,
 * {@code cancel()}). Every queue also counts unfinished items for {@link #taskDone()} and {@link
 * #join()}, as Python's do.
 *
 * <p>Thread-safe. Putting an item happens-before the get that takes it: what a task did before its
 * put is visible to the task that gets the item. The last {@code taskDone()} happens-before the
 * return of the {@code join()} calls it releases.
 */
public final class Queue implements Queueing {
  private final QueueKind kind;
  private final String name;
  private final int maxsize;
  private final ReentrantLock lock = new ReentrantLock();
  private final SyncClock raceClock = new SyncClock(); // a put comes before the get of its item
  private final Condition notEmpty = new TurnCondition(lock);
  private final Condition notFull = new TurnCondition(lock);
  private final Condition allDone = new TurnCondition(lock);
  private final QueueStore items; // guarded by lock
  private long puts; // guarded by lock
  private long unfinished; // guarded by lock
  private int joiners; // guarded by lock

  Queue(QueueKind kind, String name, int maxsize) {
    this.kind = kind;
    this.name = name;
    this.maxsize = Math.max(0, maxsize);
    this.items = kind.newStore(label());
  }

  public String getName() {
    return name;
  }

  /** The most items the queue holds; 0 when it has no limit. */
  public int getMaxsize() {
    return maxsize;
  }

  /**
   * Puts {@code item}, as Python's {@code put(item, block, timeout)}: when the queue is full and
   * {@code block}, waits for room at most {@code timeoutSeconds} (seconds; -1: as long as it
   * takes).
   *
   * @throws ValueError when the timeout is negative and not -1
   * @throws Full when there is no room now and {@code block} is false, or none came in time
   * @throws MisuseError when a priority queue's item cannot be ordered against the items there
   */
  @Override
  public void put(Object item, boolean block, double timeoutSeconds) throws InterruptedException {
    if (block) {
      Acquirable.requireTimeoutOrForever(this, "put", timeoutSeconds);
    }
    lock.lock();
    try {
      if (!GuardedWait.await(this, lock, notFull, this::isFull, block, timeoutSeconds)) {
        throw new Full(label(), depth(), items.size(), maxsize, waited(block, timeoutSeconds));
      }
      raceClock.release(Task.current());
      addOrPassTheTurn(item);
      puts++;
      unfinished++;
      notEmpty.signal();
    } finally {
      lock.unlock();
    }
  }

  /** Groovy's {@code q << item}: puts the item, waiting for room, and returns this queue. */
  public Queue leftShift(Object item) throws InterruptedException {
    put(item);
    return this;
  }

  /**
   * Takes the next item, as Python's {@code get(block, timeout)}: when the queue is empty and
   * {@code block}, waits for one at most {@code timeoutSeconds} (seconds; -1: as long as it takes).
   *
   * @throws ValueError when the timeout is negative and not -1
   * @throws Empty when there is no item now and {@code block} is false, or none came in time
   */
  @Override
  public Object get(boolean block, double timeoutSeconds) throws InterruptedException {
    if (block) {
      Acquirable.requireTimeoutOrForever(this, "get", timeoutSeconds);
    }
    lock.lock();
    try {
      if (!GuardedWait.await(
          this, lock, notEmpty, () -> items.size() == 0, block, timeoutSeconds)) {
        throw new Empty(label(), waited(block, timeoutSeconds));
      }
      Object item = items.remove();
      raceClock.acquire(Task.current());
      notFull.signal();
      return item;
    } finally {
      lock.unlock();
    }
  }

  /** How many items the queue holds now. */
  public int qsize() {
    lock.lock();
    try {
      return items.size();
    } finally {
      lock.unlock();
    }
  }

  /** Whether the queue holds no item now. */
  public boolean empty() {
    return qsize() == 0;
  }

  /** Whether the queue holds {@code maxsize} items now; never for a queue without a limit. */
  public boolean full() {
    lock.lock();
    try {
      return isFull();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Says that the work on one item taken from the queue is finished (Python's {@code task_done}).
   * When every item put so far is finished, the tasks waiting in {@link #join()} go on.
   *
   * @throws MisuseError when it is called more times than items were put
   */
  @Override
  public void taskDone() {
    lock.lock();
    try {
      if (unfinished == 0) {
        throw new ValueError(
            "queue.overdone",
            "%s: task_done() called more times than items were put (%d);"
                + " call it once for each item taken with get()",
            label(),
            puts);
      }
      unfinished--;
      if (unfinished == 0) {
        allDone.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until every item put so far is finished: taken and marked with {@link #taskDone()}.
   * Returns at once when none is unfinished.
   */
  public void join() throws InterruptedException {
    lock.lock();
    joiners++;
    try {
      GuardedWait.await(this, lock, allDone, () -> unfinished > 0, true, -1);
    } finally {
      joiners--;
      lock.unlock();
    }
  }

  /**
   * A queue has no end to iterate to, so {@code for (x in q)} and {@code q.each { }} are refused
   * with a pointer to {@link Queueing#takeUntil}.
   *
   * @throws MisuseError always
   */
  public Iterator<Object> iterator() {
    throw new TypeError(
        "queue.iterate",
        "%s: a queue has no end to stop at; take items until a sentinel you put last,"
            + " such as for (item in q.takeUntil(null)) { … }",
        label());
  }

  /**
   * Adds {@code item}; when the store refuses it, hands the room this put was woken for to the next
   * waiting put, so that no put waits while there is room.
   */
  private void addOrPassTheTurn(Object item) {
    try {
      items.add(item);
    } catch (MisuseError refused) {
      notFull.signal();
      throw refused;
    }
  }

  private boolean isFull() {
    return maxsize > 0 && items.size() >= maxsize;
  }

  /** The seconds a timed wait waited, as the learner wrote them, or null when it did not wait. */
  private static String waited(boolean block, double timeoutSeconds) {
    return block ? Seconds.text(timeoutSeconds) : null;
  }

  /** How the queue is named in messages: {@code queue jobs}, {@code lifo queue stack}. */
  public String label() {
    return kind.word() + " " + name;
  }

  /** {@code 2 items}, or with a limit {@code 1 of 2 items}. */
  private String depth() {
    int size = items.size();
    if (maxsize == 0) {
      return size + (size == 1 ? " item" : " items");
    }
    return size + " of " + maxsize + (maxsize == 1 ? " item" : " items");
  }

  /**
   * The label and depth, {@code queue jobs (0 items)} or {@code queue jobs (2 of 2 items, full)};
   * while a task waits in {@link #join()}, also how many items are not finished yet: {@code queue
   * jobs (0 items, 3 not done)}.
   */
  @Override
  public String toString() {
    lock.lock();
    try {
      String full = isFull() ? ", full" : "";
      String notDone = joiners > 0 ? ", " + unfinished + " not done" : "";
      return label() + " (" + depth() + full + notDone + ")";
    } finally {
      lock.unlock();
    }
  }
}
