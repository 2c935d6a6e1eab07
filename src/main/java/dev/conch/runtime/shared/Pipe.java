package dev.conch.runtime.shared;

import dev.conch.runtime.race.SyncClock;
import dev.conch.runtime.wait.TurnCondition;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two connected ends, Python's {@code multiprocessing.Pipe()}: what one end sends, the other end
 * receives, in order. A duplex pipe's ends both send and receive; a one-way pipe has a receiving
 * end and a sending end, in that order, as in Python. The state of both ends lives here; {@link
 * PipeEnd} is what a learner holds.
 *
 * <p>Thread-safe: every field is guarded by {@code guard}. A send happens-before the receive that
 * takes its message.
 */
final class Pipe {
  /** Stands for a null message in the mailboxes, which hold no nulls. */
  static final Object NULL = new Object();

  final String name;
  final SyncClock raceClock = new SyncClock(); // a send comes before the recv of its message
  final ReentrantLock guard = new ReentrantLock();
  final Condition changed = new TurnCondition(guard);

  /** The messages waiting at each end; guarded by guard. */
  final List<ArrayDeque<Object>> boxes = List.of(new ArrayDeque<>(), new ArrayDeque<>());

  final boolean[] closed = new boolean[2]; // guarded by guard

  private Pipe(String name) {
    this.name = name;
  }

  /** The two ends of a new pipe named {@code name}; the receiving end first when not duplex. */
  static List<PipeEnd> open(String name, boolean duplex) {
    Pipe pipe = new Pipe(name);
    if (duplex) {
      return List.of(new PipeEnd(pipe, 0, true, true), new PipeEnd(pipe, 1, true, true));
    }
    return List.of(new PipeEnd(pipe, 0, false, true), new PipeEnd(pipe, 1, true, false));
  }

  /** How the pipe is named in messages: {@code pipe p}. */
  String label() {
    return "pipe " + name;
  }
}
