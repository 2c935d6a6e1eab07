package dev.conch.runtime.pool;

/**
 * Jobs {@code from} (inclusive) to {@code to} (exclusive) of one submission, which one worker takes
 * from the queue at once: fewer hand-offs for long maps, as Python's {@code chunksize}. Immutable.
 */
record Chunk(Submission owner, int from, int to) {
  /** Tells the worker that takes it to end. */
  static final Chunk STOP = new Chunk(null, 0, 0);

  int size() {
    return to - from;
  }
}
