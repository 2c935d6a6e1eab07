/**
 * Child processes: the child JVMs of a session ({@link dev.conch.process.Children}: started, kept
 * spare, ended with the session), how a process task and a process-pool worker hand a child its
 * work ({@link dev.conch.process.ProcessBody}, {@link dev.conch.process.WorkerProcess}), the
 * child's own start ({@link dev.conch.process.ChildMain}, {@link dev.conch.process.ChildWork}) and
 * the values copied between JVMs. Its rooms: {@code channel} (the wire between parent and child),
 * {@code proxy} (a child's stand-ins for the parent's locks, queues and managers' objects) and
 * {@code calls} (the parent answering those proxies).
 *
 * <p>May import {@code dev.conch.runtime}, Jackson ({@code com.fasterxml.jackson.databind}) and the
 * JDK; never the dsl, shell or view rooms, and never JLine. Writes nothing to the terminal.
 *
 * <p>Thread model: every class states its own. A process task's body runs on its task's thread; a
 * child's output is read by one thread per child, ended with it.
 */
package dev.conch.process;
