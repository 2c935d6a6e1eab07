/**
 * The network built-ins' engines: {@code sweep}, which hosts answer, and {@code fetch}, one page.
 * {@link dev.conch.net.Targets} parses what is swept, {@link dev.conch.net.Sweep} chooses the probe
 * and runs it, and three probers do the asking: {@link dev.conch.net.IcmpSweep} (ICMP echo from
 * inside the JVM through {@link dev.conch.net.IcmpSocket}, which calls the operating system through
 * {@code java.lang.foreign}), {@link dev.conch.net.TcpSweep} (TCP connects) and {@link
 * dev.conch.net.PingSweep} (the system's ping). {@link dev.conch.net.SweepResult} is what a learner
 * explores afterwards. {@link dev.conch.net.PageFetcher} gets a {@link dev.conch.net.Page} as
 * {@link dev.conch.net.FetchOptions} say, or a one-line {@link dev.conch.net.FetchError}.
 *
 * <p>{@code serve}, a file server for the classroom: {@link dev.conch.net.FileServer} runs Jetty
 * over one directory ({@link dev.conch.net.ServedFiles}: Range, HEAD, validators, listings), logs
 * each request ({@link dev.conch.net.ServeRequest}) and can make the link slow ({@link
 * dev.conch.net.SlowLinkHandler}: latency per request and per new connection, a byte rate per
 * connection).
 *
 * <p>May import {@code dev.conch.runtime} (to journal the sweeping task as waiting), {@code
 * dev.conch.i18n} (the words of input errors), Jackson, jsoup (fetch's HTML), Jetty's core server
 * (for serve) and the JDK; never the dsl, shell or view rooms, and never JLine. Writes nothing to
 * the terminal.
 *
 * <p>Thread model: a sweep runs on the task that calls it, which waits while its probes run: the
 * ICMP loop on one platform thread ({@code sweep-icmp}), TCP and ping probes on virtual threads
 * ({@code sweep-tcp-N}, {@code sweep-ping-N}), at most {@code workers} at once. All of them are
 * owned by the sweep, stopped when the calling task is interrupted, and joined before the sweep
 * returns. A fetch runs on the task that calls it, journaled as waiting on its {@link
 * dev.conch.net.PageRequest}; the exchange runs on the {@link dev.conch.net.PageFetcher}'s client
 * (virtual threads {@code fetch-N} and the JDK's selector thread), which the session closes. A file
 * server owns its threads ({@code serve-<port>-N}, {@code serve-<port>-timer}), blocks none of them
 * to slow the link (delays and paced writes wait on the timer), and its {@code stop()} joins them
 * all.
 */
package dev.conch.net;
