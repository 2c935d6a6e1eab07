package dev.conch.runtime.shared;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the session's pipes and managers, the objects made for sharing between processes, naming
 * the unnamed ones {@code pipe-1}, {@code manager-2}, … from one counter. Thread-safe; keeps none
 * of what it makes.
 */
public final class SharedObjects {
  private final AtomicLong made = new AtomicLong();

  /**
   * The two ends of a new pipe named {@code name} (or a generated name): both send and receive when
   * {@code duplex}; otherwise a receiving end, then a sending end, as Python's {@code
   * Pipe(duplex=False)}.
   */
  public List<PipeEnd> pipe(String name, boolean duplex) {
    return Pipe.open(name != null ? name : "pipe-" + made.incrementAndGet(), duplex);
  }

  /** A new manager named {@code name}, or a generated name. */
  public Manager manager(String name) {
    return new Manager(name != null ? name : "manager-" + made.incrementAndGet());
  }
}
