package dev.conch.runtime.task;

import dev.conch.runtime.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The sleeping coroutines of one {@link Coroutines} and their time: a timer per sleeper, due ones
 * handed out in the order of their deadlines (ties in the order they fell asleep), so that the same
 * program wakes its sleepers in the same order every run. In stepping mode time is virtual: when
 * nothing else is ready it jumps to the next deadline, so a sleep takes no real time.
 *
 * <p>Not thread-safe: confined to the holder of its {@code Coroutines}' lock.
 */
final class Sleepers {
  /** One sleeper's deadline; {@code seq} orders sleepers with the same deadline. */
  record Timer(long deadline, long seq, Task task) implements Comparable<Timer> {
    @Override
    public int compareTo(Timer o) {
      int c = Long.compare(deadline, o.deadline);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private final Clock clock;
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private long seq;
  private boolean virtualTime;
  private long virtualNow;

  Sleepers(Clock clock) {
    this.clock = clock;
  }

  /**
   * From now on time is virtual ({@code virtual}) or the clock's, starting from the clock's now.
   */
  void useVirtualTime(boolean virtual) {
    virtualTime = virtual;
    virtualNow = clock.now();
  }

  /** {@code task} sleeps for {@code nanos} from now; its timer, to withdraw it if interrupted. */
  Timer add(Task task, long nanos) {
    Timer timer = new Timer(now() + Math.max(0, nanos), seq++, task);
    timers.add(timer);
    return timer;
  }

  /** Takes back {@code timer}; false when it has already come due. */
  boolean withdraw(Timer timer) {
    return timers.remove(timer);
  }

  /** Forgets every timer of {@code task}, which has ended. */
  void forget(Task task) {
    timers.removeIf(t -> t.task() == task);
  }

  boolean isEmpty() {
    return timers.isEmpty();
  }

  /**
   * The sleepers whose time has come, earliest first, no longer kept here; when {@code
   * nothingReady} in virtual time, time first jumps to the next deadline.
   */
  List<Task> due(boolean nothingReady) {
    if (virtualTime && nothingReady && !timers.isEmpty()) {
      virtualNow = Math.max(virtualNow, timers.peek().deadline());
    }
    long now = now();
    List<Task> due = new ArrayList<>();
    while (!timers.isEmpty() && timers.peek().deadline() <= now) {
      due.add(timers.poll().task());
    }
    return due;
  }

  /** Nanoseconds until the next deadline (zero or less when due), or MAX_VALUE with none. */
  long nanosToNext() {
    return timers.isEmpty() ? Long.MAX_VALUE : timers.peek().deadline() - now();
  }

  /** Each sleeper, in no particular order. */
  void forEachSleeper(Consumer<Task> action) {
    timers.forEach(t -> action.accept(t.task()));
  }

  private long now() {
    return virtualTime ? virtualNow : clock.now();
  }
}
