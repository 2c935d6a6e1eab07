package dev.conch.net.redis;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.race.SyncClock;
import dev.conch.runtime.sync.Acquirable;
import dev.conch.runtime.sync.OwnedLock;
import dev.conch.runtime.task.Hold;
import dev.conch.runtime.task.RuntimeInternals;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.wait.Waits;
import java.util.List;
import java.util.UUID;
import redis.clients.jedis.params.SetParams;

/**
 * A lock that lives in a Redis server, shared by every shell that names it: the key {@code
 * conch:lock:NAME} holds the holder's unique token under a lease, renewed while the holder holds it
 * and lets go only if the token is still its own (a check-and-delete script). A holder paused
 * longer than its lease (a stopped process, a long collector pause, a network cut) loses the lock
 * without knowing; the lease is what makes a dead holder's lock free again.
 *
 * <p>Thread-safe; one task of this session holds it at a time, as a plain lock (taking it again
 * would wait forever, so it is an error, as {@code lock()} says).
 */
public final class RedisLock implements Acquirable, OwnedLock {
  private static final long LEASE_MILLIS = Long.getLong("conch.redis.leaseMillis", 10_000);
  private static final String RENEW =
      "if redis.call('get', KEYS[1]) == ARGV[1] then"
          + " return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
  private static final String RELEASE =
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1])"
          + " else return 0 end";

  private final RedisLink link;
  private final String name;
  private final String key;
  private final SyncClock raceClock = new SyncClock();

  /** This lock as a task's holdings see it: a cancelled holder gives it back. */
  private final Hold hold =
      new Hold() {
        @Override
        public boolean heldBy(Task task) {
          return owner() == task;
        }

        @Override
        public void releaseAll(Task task) {
          if (heldBy(task)) {
            release();
          }
        }
      };

  private String token; // guarded by this: set while a task of this session holds it
  private Task owner; // guarded by this
  private Thread renewer; // guarded by this

  RedisLock(RedisLink link, String name) {
    this.link = link;
    this.name = name;
    this.key = "conch:lock:" + name;
  }

  public String getName() {
    return name;
  }

  @Override
  public boolean acquire(boolean blocking, double timeoutSeconds) throws InterruptedException {
    Acquirable.requireNoTimeoutUnlessBlocking(this, blocking, timeoutSeconds);
    Task task = Task.current();
    synchronized (this) {
      if (owner != null && owner == task) {
        throw Acquirable.selfDeadlock(label(), task);
      }
    }
    String mine = UUID.randomUUID().toString();
    long deadline = System.nanoTime() + Seconds.nanos(timeoutSeconds);
    TaskState before = null;
    try {
      for (long pause = 1; ; pause = Math.min(pause * 2, 100)) {
        if (tryTake(task, mine)) {
          return true;
        }
        if (!blocking || (timeoutSeconds >= 0 && System.nanoTime() - deadline > 0)) {
          return false;
        }
        if (before == null) {
          before = Waits.begin(task, TaskState.BLOCKED, this);
        }
        Thread.sleep(pause);
      }
    } finally {
      if (before != null) {
        Waits.end(task, before);
      }
    }
  }

  private boolean tryTake(Task task, String mine) {
    String set = link.call(r -> r.set(key, mine, SetParams.setParams().nx().px(LEASE_MILLIS)));
    if (!"OK".equals(set)) {
      return false;
    }
    synchronized (this) {
      if (owner != null) { // another task of this session got it between our calls: impossible
        return false;
      }
      token = mine;
      owner = task;
      renewer = Thread.ofVirtual().name("redis-lease-" + name).start(() -> renew(mine));
    }
    if (task != null) {
      RuntimeInternals.took(task, hold);
    }
    raceClock.locked(task, this);
    return true;
  }

  /**
   * Renews the lease every third of it while {@code mine} is the token held and the session lives
   * (a session that ends holding the lock leaves it to its lease).
   */
  private void renew(String mine) {
    while (!link.closed()) {
      try {
        Thread.sleep(LEASE_MILLIS / 3);
        Object kept = link.call(r -> r.eval(RENEW, List.of(key), List.of(mine, "" + LEASE_MILLIS)));
        if (Long.valueOf(0).equals(kept)) {
          return; // released, or lost
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // the server is away for now: try again at the next third
      }
    }
  }

  /** Whether a thread still renews this lock's lease (for tests). */
  synchronized boolean renewing() {
    return renewer != null && renewer.isAlive();
  }

  /**
   * Gives the lock back.
   *
   * @throws RuntimeError when no task of this session holds it, or the lease ran out meanwhile
   */
  @Override
  public void release() {
    String mine;
    Thread renewing;
    synchronized (this) {
      mine = token;
      renewing = renewer;
      if (mine == null) {
        throw new RuntimeError(
            "lock.notheld",
            "%s: %s does not hold it, so it cannot release it",
            label(),
            Acquirable.holderName(Task.current()));
      }
      token = null;
      owner = null;
      renewer = null;
    }
    raceClock.unlocked(Task.current(), this);
    renewing.interrupt();
    Object deleted = link.call(r -> r.eval(RELEASE, List.of(key), List.of(mine)));
    if (Long.valueOf(0).equals(deleted)) {
      throw new RuntimeError(
          "redis.lease.lost",
          "%s: its lease ran out before it was released, so another holder may have had it"
              + " meanwhile",
          label());
    }
  }

  /** Whether some shell holds the lock now. */
  public boolean locked() {
    return link.call(r -> r.exists(key));
  }

  /** The task of this session holding it, or null (another shell's holder is not known here). */
  @Override
  public synchronized Task owner() {
    return owner;
  }

  @Override
  public String label() {
    return "redis lock " + name;
  }

  @Override
  public String toString() {
    Task holder = owner();
    if (holder != null) {
      return label() + " (held by " + holder.getName() + ")";
    }
    try {
      return label() + (locked() ? " (held by another shell)" : "");
    } catch (RuntimeException e) {
      return label() + " (server away)";
    }
  }
}
