/**
 * The Groovy side of Conch: {@link dev.conch.dsl.ScriptHost} (one GroovyShell and Binding per
 * session), the built-in table ({@link dev.conch.dsl.Builtins}) from which help, completion,
 * argument checks and the README check derive, and the built-ins of tasks, synchronisation, queues
 * and pools with their argument parsers ({@code …Args}). Its rooms: {@code compile} (from a line's
 * text to a class: the rewrites that shape a learner's code), {@code extensions} (Python spellings
 * added to runtime objects as Groovy extension methods), {@code process} (closures shipped to child
 * JVMs), {@code net} (the network built-ins) and {@code python} (Python typed at the prompt).
 *
 * <p>May import {@code runtime}, {@code view}, {@code i18n} and Groovy; never the terminal. A
 * ScriptHost compiles on the thread that calls it; the built-ins run on whatever task calls them.
 */
package dev.conch.dsl;
