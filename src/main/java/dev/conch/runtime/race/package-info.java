/**
 * Races named as they happen: {@link dev.conch.runtime.race.RaceDetector} watches every read and
 * write of a session variable and says the first pair on a variable in a run that nothing orders
 * (happens-before with vector clocks, as Go's race detector and ThreadSanitizer). Each task carries
 * a {@link dev.conch.runtime.race.TaskClock}; spawn, join and every {@link
 * dev.conch.runtime.race.SyncClock} of a lock, queue, pipe, event, barrier or pool pass what one
 * task knows to another; each variable's {@code Shadow} keeps its last write and the reads since.
 *
 * <p>Pure Java, like the rest of the runtime. Thread model: a task's clock is changed by its own
 * thread only; shadows and sync clocks guard themselves (a lock's clock is guarded by the lock).
 */
package dev.conch.runtime.race;
