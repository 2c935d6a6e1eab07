package dev.conch.process;

import dev.conch.runtime.pool.Job;

/**
 * Packs a pool's function for a child worker: the shipment's work is a serialized {@code
 * java.util.function.Function<Object[], Object>} that runs one job on its arguments. Supplied by
 * the layer that knows the learner's language. Implementations are thread-safe.
 */
public interface JobPacker {
  /** The function of {@code job} as a shipment. */
  Shipment pack(Job job);

  /** Where the classes of the values {@code job} returns are found. */
  default ClassLoader classesOf(Job job) {
    return job.getClass().getClassLoader();
  }
}
