package dev.conch.net.redis;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.ValueError;
import dev.conch.runtime.queue.Empty;
import dev.conch.runtime.queue.Full;
import dev.conch.runtime.queue.Queueing;
import dev.conch.runtime.race.SyncClock;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.wait.Waits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import redis.clients.jedis.args.ListDirection;

/**
 * A queue that lives in a Redis server, shared by every shell (and Python program) that names it: a
 * list {@code conch:queue:NAME}, items as JSON. {@code get} moves the item atomically into this
 * session's in-flight list ({@code LMOVE}/{@code BLMOVE}); {@code task_done} removes it from there.
 * When a session stops saying it is alive (killed, or its machine gone), the next {@code get} of
 * any other session first puts that session's in-flight items back at the head of the queue:
 * delivery is at least once, and an item whose job ran halfway runs again. A priority queue is a
 * sorted set instead, scored by each {@code [priority, item]}'s priority, equal ones in the order
 * they came (a sequence number before each member); its in-flight items keep their score.
 *
 * <p>Thread-safe: each call is a Redis command on a pooled connection; the items this session has
 * taken and not finished are guarded by this.
 */
public final class RedisQueue implements Queueing {
  private static final String PUT_IF_ROOM =
      "if redis.call('llen', KEYS[1]) < tonumber(ARGV[2]) then"
          + " return redis.call('rpush', KEYS[1], ARGV[1]) else return -1 end";
  private static final String PUT_BY_PRIORITY =
      "if tonumber(ARGV[3]) > 0 and redis.call('zcard', KEYS[1]) >= tonumber(ARGV[3]) then"
          + " return -1 end local seq = redis.call('incr', KEYS[2])"
          + " redis.call('zadd', KEYS[1], ARGV[1], string.format('%020d', seq) .. ':' .. ARGV[2])"
          + " return 1";
  private static final String TAKE_LOWEST =
      "local m = redis.call('zpopmin', KEYS[1]) if #m == 0 then return false end"
          + " local raw = m[2] .. '|' .. m[1] redis.call('rpush', KEYS[2], raw) return raw";
  private static final String GIVE_BACK_BY_PRIORITY =
      "local n = 0 while true do local raw = redis.call('lpop', KEYS[1])"
          + " if not raw then return n end local bar = string.find(raw, '|', 1, true)"
          + " redis.call('zadd', KEYS[2], string.sub(raw, 1, bar - 1), string.sub(raw, bar + 1))"
          + " n = n + 1 end";
  private static final double LONGEST_BLOCK = 0.5; // seconds: Ctrl-C is heard between blocks
  private static final long RECOVERY_NANOS = 1_000_000_000L;

  private final RedisLink link;
  private final String name;
  private final int maxsize;
  private final Order order;
  private final String key;
  private final SyncClock raceClock = new SyncClock();
  private final Deque<String> taken = new ArrayDeque<>(); // guarded by this
  private volatile long lastRecovery;

  /** Which item a get takes: the oldest, the newest, or the one of lowest priority. */
  public enum Order {
    FIFO("queue"),
    LIFO("lifoQueue"),
    PRIORITY("priorityQueue");

    private final String word;

    Order(String word) {
      this.word = word;
    }
  }

  RedisQueue(RedisLink link, String name, int maxsize, Order order) {
    this.link = link;
    this.name = name;
    this.maxsize = maxsize;
    this.order = order;
    this.key = "conch:queue:" + name;
  }

  public String getName() {
    return name;
  }

  public int getMaxsize() {
    return maxsize;
  }

  /** The Redis key of the list that holds the items. */
  public String getKey() {
    return key;
  }

  private String inFlight(String consumer) {
    return key + ":inflight:" + consumer;
  }

  private String consumers() {
    return key + ":consumers";
  }

  @Override
  public void put(Object item, boolean block, double timeoutSeconds) throws InterruptedException {
    requireTimeout("put", block, timeoutSeconds);
    String text = RedisLink.encode(item, label());
    raceClock.release(Task.current());
    String score = order == Order.PRIORITY ? priorityOf(item) : null;
    if (maxsize <= 0 && score == null) {
      link.call(r -> r.rpush(key, text));
      return;
    }
    long deadline = deadline(timeoutSeconds);
    Task task = Task.current();
    TaskState before = null;
    try {
      for (long pause = 1; ; pause = Math.min(pause * 2, 50)) {
        Object pushed =
            score == null
                ? link.call(r -> r.eval(PUT_IF_ROOM, List.of(key), List.of(text, "" + maxsize)))
                : link.call(
                    r ->
                        r.eval(
                            PUT_BY_PRIORITY,
                            List.of(key, key + ":seq"),
                            List.of(score, text, "" + maxsize)));
        if (!Long.valueOf(-1).equals(pushed)) {
          return;
        }
        if (!block || (timeoutSeconds >= 0 && System.nanoTime() - deadline > 0)) {
          int size = qsize();
          throw new Full(
              label(),
              size + " of " + maxsize + " items",
              size,
              maxsize,
              waited(block, timeoutSeconds));
        }
        if (before == null) {
          before = Waits.begin(task, TaskState.WAITING, this);
        }
        Thread.sleep(pause);
      }
    } finally {
      if (before != null) {
        Waits.end(task, before);
      }
    }
  }

  @Override
  public Object get(boolean block, double timeoutSeconds) throws InterruptedException {
    requireTimeout("get", block, timeoutSeconds);
    link.keepAlive();
    recoverTheDead();
    String mine = inFlight(link.consumer());
    String text = takeNow(mine);
    if (text == null && block) {
      text = await(mine, timeoutSeconds);
    }
    if (text == null) {
      throw new Empty(label(), waited(block, timeoutSeconds));
    }
    synchronized (this) {
      taken.addLast(text);
    }
    raceClock.acquire(Task.current());
    return RedisLink.decode(order == Order.PRIORITY ? memberJson(text) : text, label());
  }

  /** The item {@code get} takes now into {@code mine}, as it is kept in flight, or null. */
  private String takeNow(String mine) {
    return switch (order) {
      case FIFO -> link.call(r -> r.lmove(key, mine, ListDirection.LEFT, ListDirection.RIGHT));
      case LIFO -> link.call(r -> r.lmove(key, mine, ListDirection.RIGHT, ListDirection.RIGHT));
      case PRIORITY -> (String) link.call(r -> r.eval(TAKE_LOWEST, List.of(key, mine), List.of()));
    };
  }

  /** The priority of {@code item}, a {@code [priority, item]} list, as a score. */
  private String priorityOf(Object item) {
    if (item instanceof List<?> pair && !pair.isEmpty() && pair.get(0) instanceof Number n) {
      return String.valueOf(n.doubleValue());
    }
    throw new dev.conch.runtime.errors.TypeError(
        "redis.priority.item",
        "%s: put [priority, item] lists with a number first, such as [1, 'job'], not %s",
        label(),
        RedisLink.encode(item, label()));
  }

  /** The JSON of an in-flight priority item, {@code SCORE|SEQUENCE:JSON}. */
  private static String memberJson(String raw) {
    return raw.substring(raw.indexOf(':', raw.indexOf('|')) + 1);
  }

  /** Waits for an item in blocks of at most half a second, so that an interrupt ends it soon. */
  private String await(String mine, double timeoutSeconds) throws InterruptedException {
    long deadline = deadline(timeoutSeconds);
    Task task = Task.current();
    TaskState before = Waits.begin(task, TaskState.WAITING, this);
    try {
      while (true) {
        if (Thread.interrupted()) {
          throw new InterruptedException(label() + ": get interrupted");
        }
        double left = (deadline - System.nanoTime()) / 1e9;
        if (timeoutSeconds >= 0 && left <= 0) {
          return null;
        }
        double block = timeoutSeconds < 0 ? LONGEST_BLOCK : Math.min(LONGEST_BLOCK, left);
        String text = awaitOnce(mine, Math.max(0.01, block));
        if (text != null) {
          return text;
        }
        recoverTheDead();
      }
    } finally {
      Waits.end(task, before);
    }
  }

  /**
   * Waits up to {@code seconds} for an item: a list blocks in the server ({@code BLMOVE}); a sorted
   * set has no blocking move, so it is looked at again after short pauses.
   */
  private String awaitOnce(String mine, double seconds) throws InterruptedException {
    if (order != Order.PRIORITY) {
      ListDirection from = order == Order.LIFO ? ListDirection.RIGHT : ListDirection.LEFT;
      return link.call(r -> r.blmove(key, mine, from, ListDirection.RIGHT, seconds));
    }
    long until = System.nanoTime() + Seconds.nanos(seconds);
    for (long pause = 1; System.nanoTime() - until < 0; pause = Math.min(pause * 2, 50)) {
      String text = takeNow(mine);
      if (text != null) {
        return text;
      }
      Thread.sleep(pause);
    }
    return null;
  }

  /**
   * Puts back at the head of the queue the in-flight items of every consumer of it whose lease has
   * expired; at most once a second per queue object. Registers this session as a consumer.
   */
  private void recoverTheDead() {
    long now = System.nanoTime();
    if (now - lastRecovery < RECOVERY_NANOS && lastRecovery != 0) {
      return;
    }
    lastRecovery = now;
    link.call(r -> r.sadd(consumers(), link.consumer()));
    Set<String> known = link.call(r -> r.smembers(consumers()));
    for (String other : known) {
      if (other.equals(link.consumer()) || link.call(r -> r.exists(RedisLink.aliveKey(other)))) {
        continue;
      }
      String theirs = inFlight(other);
      if (order == Order.PRIORITY) {
        link.call(r -> r.eval(GIVE_BACK_BY_PRIORITY, List.of(theirs, key), List.of()));
      } else {
        ListDirection back = order == Order.LIFO ? ListDirection.RIGHT : ListDirection.LEFT;
        while (link.call(r -> r.lmove(theirs, key, ListDirection.RIGHT, back)) != null) {
          // one item back at the head each time, the last taken first, so they keep their order
        }
      }
      link.call(r -> r.srem(consumers(), other));
    }
  }

  @Override
  public void taskDone() {
    String text;
    synchronized (this) {
      text = taken.pollFirst();
    }
    if (text == null) {
      throw new ValueError(
          "queue.overdone.redis",
          "%s: task_done() called more times than items were taken here;"
              + " call it once for each item taken with get()",
          label());
    }
    raceClock.release(Task.current());
    link.call(r -> r.lrem(inFlight(link.consumer()), 1, text));
  }

  /**
   * Waits until no item is left, in the queue or in any consumer's hands: every item put has been
   * taken and marked with {@code task_done()}.
   */
  public void join() throws InterruptedException {
    Task task = Task.current();
    TaskState before = Waits.begin(task, TaskState.WAITING, this);
    try {
      for (long pause = 1; unfinished() > 0; pause = Math.min(pause * 2, 100)) {
        Thread.sleep(pause);
      }
    } finally {
      Waits.end(task, before);
    }
    raceClock.acquire(task);
  }

  private long unfinished() {
    long count = qsize();
    for (String consumer : link.call(r -> r.smembers(consumers()))) {
      count += link.call(r -> r.llen(inFlight(consumer)));
    }
    return count;
  }

  /** How many items wait in the queue now (those being worked on not counted). */
  public int qsize() {
    long size = link.call(r -> order == Order.PRIORITY ? r.zcard(key) : r.llen(key));
    return (int) Math.min(Integer.MAX_VALUE, size);
  }

  public boolean empty() {
    return qsize() == 0;
  }

  public boolean full() {
    return maxsize > 0 && qsize() >= maxsize;
  }

  /** Groovy's {@code q << item}: puts the item, waiting for room, and returns this queue. */
  public RedisQueue leftShift(Object item) throws InterruptedException {
    put(item);
    return this;
  }

  /** Forgets every item of the queue and of every consumer's hands (for a fresh lesson). */
  public void clear() {
    for (String consumer : link.call(r -> r.smembers(consumers()))) {
      link.call(r -> r.del(inFlight(consumer)));
    }
    link.call(r -> r.del(key, consumers(), key + ":seq"));
    synchronized (this) {
      taken.clear();
    }
  }

  private static void requireTimeout(String call, boolean block, double timeoutSeconds) {
    if (block && timeoutSeconds < 0 && timeoutSeconds != -1) {
      throw new ValueError(
          "queue.timeout.redis",
          "%s: the timeout must be 0 or more seconds, or -1 to wait as long as it takes",
          call);
    }
  }

  private static String waited(boolean block, double timeoutSeconds) {
    return block ? Seconds.text(timeoutSeconds) : null;
  }

  private static long deadline(double timeoutSeconds) {
    return System.nanoTime() + Seconds.nanos(timeoutSeconds);
  }

  @Override
  public String label() {
    return "redis " + order.word + " " + name;
  }

  /** {@code redis queue jobs (3 waiting) at redis://127.0.0.1:6379/0}. */
  @Override
  public String toString() {
    String size;
    try {
      size = qsize() + " waiting";
    } catch (RuntimeException e) {
      size = "server away";
    }
    return label() + " (" + size + ") at " + link.address();
  }
}
