/**
 * The network built-ins as a learner calls them: {@code sweep}, {@code fetch}, {@code download},
 * {@code serve}, {@code geo} and {@code database}, their argument parsers, and the per-session
 * services (servers, database connections, geo readers) closed with the session. The work itself is
 * in {@code dev.conch.net}; these run on the task that calls them.
 */
package dev.conch.dsl.net;
