/**
 * Closures run in child JVMs: a learner's {@link dev.conch.dsl.process.Process} handle, what is
 * shipped with a closure (its compiled classes, the session variables it reads) and how a child
 * runs it and sends back the result. Called from the task that starts the process.
 */
package dev.conch.dsl.process;
