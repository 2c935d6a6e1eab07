/**
 * {@code serve}, a file server for the classroom: {@link dev.conch.net.serve.FileServer} runs Jetty
 * over one directory ({@link dev.conch.net.serve.ServedFiles}: Range, HEAD, validators, listings),
 * logs each request ({@link dev.conch.net.serve.ServeRequest}) and can make the link slow ({@link
 * dev.conch.net.serve.SlowLinkHandler}: latency per request and per new connection, a byte rate per
 * connection).
 *
 * <p>May import {@code dev.conch.net.sweep} (how addresses are written), Jetty's core server and
 * the JDK. Thread model: a server owns its threads ({@code serve-<port>-N}, {@code
 * serve-<port>-timer}), blocks none of them to slow the link (delays and paced writes wait on the
 * timer), and its {@code stop()} joins them all.
 */
package dev.conch.net.serve;
