package dev.conch.net.sweep;

/**
 * A way of sweeping: probes every address of a {@link SweepProgress} and records what each gave.
 */
interface Prober {
  /**
   * Probes every address of {@code progress} with {@code options}, recording each result there, and
   * returns when all are done.
   *
   * @throws InterruptedException when interrupted: everything it started is stopped first, and the
   *     addresses it had finished keep their results
   */
  void probe(SweepProgress progress, SweepOptions options) throws InterruptedException;
}
