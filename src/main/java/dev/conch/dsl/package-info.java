/**
 * The Groovy side of Conch: {@link dev.conch.dsl.ScriptHost} (one GroovyShell and Binding per
 * session) with the compile-time rewrites that shape a learner's code (built-in calls, session
 * variables, interrupt checks, {@code %} in static code), the built-in table from which help,
 * completion, argument checks and the README check derive, and the Python spellings added to
 * runtime objects as Groovy extension methods. Its sub-package {@code python} answers Python typed
 * at the prompt.
 *
 * <p>May import {@code runtime}, {@code view}, {@code i18n} and Groovy; never the terminal. A
 * ScriptHost compiles on the thread that calls it; the built-ins run on whatever task calls them.
 */
package dev.conch.dsl;
