package dev.conch.runtime;

import dev.conch.runtime.errors.MemoryError;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A few MiB of heap held back so that the shell can still speak when memory runs out. {@link
 * #ranOut} lets go of it and turns the JVM's {@link OutOfMemoryError} into a {@link MemoryError}
 * naming the session variables that hold the most; {@link #retake} takes the reserve back once the
 * heap has room again (after {@code big = null} or {@code /reset}).
 *
 * <p>Thread-safe: any task that runs out may call {@link #ranOut} at the same time.
 */
public final class MemoryReserve {
  private static final int MOST = 8 << 20;

  private final int size;
  private final AtomicReference<byte[]> reserve = new AtomicReference<>();
  private volatile Supplier<List<MemoryHolder>> holders = List::of;

  /** A reserve of 8 MiB, or a 32nd of the heap when that is less, taken now. */
  public MemoryReserve() {
    this.size = (int) Math.min(MOST, Runtime.getRuntime().maxMemory() / 32);
    retake();
  }

  /** Says who holds memory: the session's largest variables, as {@code largest} finds them. */
  public void holdersFrom(Supplier<List<MemoryHolder>> largest) {
    this.holders = largest;
  }

  /** Whether the reserve is held now. */
  public boolean held() {
    return reserve.get() != null;
  }

  /**
   * Lets go of the reserve and says what ran out and who holds the most. Counting the holders is
   * bounded; should even that run out of memory, the error names nobody.
   */
  public MemoryError ranOut(OutOfMemoryError cause) {
    reserve.set(null);
    List<MemoryHolder> top;
    try {
      top = holders.get();
    } catch (OutOfMemoryError | RuntimeException e) {
      top = List.of();
    }
    return new MemoryError(cause, top);
  }

  /** {@code error} as a {@link MemoryError} when it is an {@link OutOfMemoryError}, else itself. */
  public Throwable said(Throwable error) {
    return error instanceof OutOfMemoryError oom ? ranOut(oom) : error;
  }

  /**
   * Takes the reserve back if it was released and the heap shows room for it four times over
   * without a collection; cheap enough to call after every line.
   */
  public void retake() {
    if (reserve.get() != null) {
      return;
    }
    Runtime jvm = Runtime.getRuntime();
    long free = jvm.maxMemory() - (jvm.totalMemory() - jvm.freeMemory());
    if (free < 4L * size) {
      return;
    }
    try {
      reserve.compareAndSet(null, new byte[size]);
    } catch (OutOfMemoryError stillShort) {
      // the room was not there after all: the next call tries again
    }
  }
}
