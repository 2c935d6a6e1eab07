/**
 * The network built-ins' engines: {@code sweep}, which hosts answer, and {@code download}, files
 * fetched at once.
 *
 * <p>Sweep: {@link dev.conch.net.Targets} parses what is swept, {@link dev.conch.net.Sweep} chooses
 * the probe and runs it, and three probers do the asking: {@link dev.conch.net.IcmpSweep} (ICMP
 * echo from inside the JVM through {@link dev.conch.net.IcmpSocket}, which calls the operating
 * system through {@code java.lang.foreign}), {@link dev.conch.net.TcpSweep} (TCP connects) and
 * {@link dev.conch.net.PingSweep} (the system's ping). {@link dev.conch.net.SweepResult} is what a
 * learner explores afterwards.
 *
 * <p>Download: {@link dev.conch.net.Download} plans (URLs, names, the target directory) and runs;
 * {@link dev.conch.net.DownloadFile} takes one URL from start to end, through {@link
 * dev.conch.net.DownloadStream} (one stream, resumed with {@code Range}/{@code If-Range}) or {@link
 * dev.conch.net.DownloadSegments} (ranged requests at once) into the {@code .part} and meta of
 * {@link dev.conch.net.DownloadPart}; {@link dev.conch.net.DownloadHttp} holds the client and the
 * per-host cap, {@link dev.conch.net.DownloadRetry} the backoff. {@link
 * dev.conch.net.DownloadResult} is what a learner explores afterwards, {@link
 * dev.conch.net.DownloadProgress} what {@code /tasks} shows meanwhile.
 *
 * <p>May import {@code dev.conch.runtime} (to journal the calling task as waiting), {@code
 * dev.conch.i18n} (the words of input errors), Jackson and the JDK; never the dsl, shell or view
 * rooms, and never JLine. Writes nothing to the terminal.
 *
 * <p>Thread model: a sweep or a download runs on the task that calls it, which is journaled as
 * waiting on its progress object while the work runs on threads the call owns: the ICMP loop on one
 * platform thread ({@code sweep-icmp}), TCP and ping probes on virtual threads ({@code
 * sweep-tcp-N}, {@code sweep-ping-N}); download workers on virtual threads ({@code download-N}, one
 * file at a time each), a file's segments on virtual threads ({@code download-segment-N}), and the
 * HTTP client's work on virtual threads ({@code download-http-N}) plus the client's own selector
 * thread. None of these threads is journaled as a task. All are stopped when the calling task is
 * interrupted, and joined (the HTTP client's awaited one second at most) before the call returns.
 */
package dev.conch.net;
