/**
 * From the text of a learner's line to a loaded class: the compile-time rewrites that shape it
 * (built-in calls, session variables and session classes, interrupt checks in loops, {@code %} in
 * static code, method values, Python spellings under static compilation), the class loader that
 * keeps compiled bytes for child JVMs, the lines kept compiled to run again ({@link
 * dev.conch.dsl.compile.CompiledLines}), and the Groovy parser's caches and chatter kept in check.
 * Runs on the thread that compiles; the rewritten code's helpers ({@link
 * dev.conch.dsl.compile.SessionAccess}, {@link dev.conch.dsl.compile.FastRemainder}) on any task.
 */
package dev.conch.dsl.compile;
