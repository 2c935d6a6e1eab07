/**
 * {@code sweep}, which hosts answer: {@link dev.conch.net.sweep.Targets} parses what is swept,
 * {@link dev.conch.net.sweep.Sweep} chooses the probe and runs it, and three probers do the asking:
 * {@link dev.conch.net.sweep.IcmpSweep} (fping's loop over one {@link
 * dev.conch.net.icmp.IcmpSocket}), {@link dev.conch.net.sweep.TcpSweep} (TCP connects) and {@link
 * dev.conch.net.sweep.PingSweep} (the system's ping). {@link dev.conch.net.sweep.SweepResult} is
 * what a learner explores afterwards, {@link dev.conch.net.sweep.SweepProgress} what {@code /tasks}
 * and the status line show meanwhile.
 *
 * <p>May import {@code dev.conch.net.icmp}, {@code dev.conch.runtime}, {@code dev.conch.i18n},
 * Jackson and the JDK. Thread model: a sweep runs on the task that calls it, journaled as waiting
 * on its progress: the ICMP loop on one platform thread ({@code sweep-icmp}), TCP and ping probes
 * on virtual threads ({@code sweep-tcp-N}, {@code sweep-ping-N}), at most {@code workers} at once,
 * all owned by the sweep, stopped when the calling task is interrupted and joined before it
 * returns.
 */
package dev.conch.net.sweep;
