package dev.conch.runtime;

import dev.conch.runtime.errors.Errors;

/**
 * An error that passes on one raised elsewhere (in a child process): its message is already the
 * original's one line, type included, so {@link Errors#oneLine} shows the message alone.
 */
public interface Relayed {}
