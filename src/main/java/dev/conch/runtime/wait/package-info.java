/**
 * How a task waits so that the shell sees it and Ctrl-C ends it: {@link
 * dev.conch.runtime.wait.Waits} journals the waiting task as waiting on what it names (and clamps
 * timeouts one way), {@link dev.conch.runtime.wait.GuardedWait} waits on a condition until a guard
 * no longer holds, and {@link dev.conch.runtime.wait.Interrupts} interrupts on the runtime's behalf
 * and tells learners' compiled loops whether to stop. Stateless helpers, called on the waiting
 * task's own thread (interrupts from any thread).
 */
package dev.conch.runtime.wait;
