/**
 * Child processes: the channel between the parent JVM and its children. For now it holds the wire
 * protocol ({@link dev.conch.process.Wire}: every message type in one place), its framing ({@link
 * dev.conch.process.Frames}), the parent's server ({@link dev.conch.process.Channel}) and the
 * child's client ({@link dev.conch.process.ChannelClient}), and the proxies of runtime objects: the
 * parent's {@link dev.conch.process.Exports} and {@link dev.conch.process.ProxyCalls}, the child's
 * {@link dev.conch.process.Proxies} and one {@code Proxy…} class per kind. Child-JVM launch comes
 * later.
 *
 * <p>May import {@code dev.conch.runtime}, Jackson ({@code com.fasterxml.jackson.databind}) and the
 * JDK; never the dsl, shell or view rooms, and never JLine. Writes nothing to the terminal.
 *
 * <p>Thread model: every class states its own. A {@code Channel} owns one accepting thread and one
 * platform thread per connection, all named after it; its {@code close()} stops and joins them. A
 * {@code ChannelClient} owns one reading thread, stopped and joined by its {@code close()}, and a
 * short-lived virtual thread per frame it writes. {@code ProxyCalls} owns one agent thread per
 * thread of each child, ended and joined when that child disconnects.
 */
package dev.conch.process;
