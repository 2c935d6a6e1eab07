package dev.conch.runtime.task;

import java.util.function.BooleanSupplier;

/**
 * Work a task handed off (a pool's job) failed, and nobody has asked about it yet: no error
 * callback was given, and nobody waits for its result. Whoever reports it waits until {@code
 * caller} has ended, as a line or script may still ask, and then says it unless {@code heard}.
 *
 * @param worker the task the work failed on
 * @param caller the task that handed the work off, or null
 * @param error how the work failed
 * @param heard whether someone has asked for the result since
 */
public record UnheardFailure(
    Task worker, Task caller, RuntimeException error, BooleanSupplier heard) {}
