/**
 * Child processes: the channel between the parent JVM and its children. For now it holds the wire
 * protocol ({@link dev.conch.process.Wire}: every message type in one place), its framing ({@link
 * dev.conch.process.Frames}), the parent's server ({@link dev.conch.process.Channel}) and the
 * child's client ({@link dev.conch.process.ChannelClient}). Child-JVM launch and proxies of runtime
 * objects come later.
 *
 * <p>May import {@code dev.conch.runtime}, Jackson ({@code com.fasterxml.jackson.databind}) and the
 * JDK; never the dsl, shell or view rooms, and never JLine. Writes nothing to the terminal.
 *
 * <p>Thread model: every class states its own. A {@code Channel} owns one accepting thread and one
 * platform thread per connection, all named after it; its {@code close()} stops and joins them. A
 * {@code ChannelClient} owns one reading thread, stopped and joined by its {@code close()}.
 */
package dev.conch.process;
