/**
 * The Groovy side of Conch: {@link dev.conch.dsl.ScriptHost} (one GroovyShell and Binding per
 * session), the script base class that exposes the built-ins, and the built-in table from which
 * help, completion, argument checks and the README check derive.
 *
 * <p>May import {@code runtime}, {@code view}, {@code i18n} and Groovy; never the terminal. A
 * ScriptHost compiles on the thread that calls it; the built-ins run on whatever task calls them.
 */
package dev.conch.dsl;
