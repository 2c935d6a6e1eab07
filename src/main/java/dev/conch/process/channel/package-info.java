/**
 * The channel between the parent JVM and its children: the wire protocol ({@link
 * dev.conch.process.channel.Wire}: every message type in one place), its framing ({@link
 * dev.conch.process.channel.Frames}), the parent's server ({@link
 * dev.conch.process.channel.Channel}) and the child's client ({@link
 * dev.conch.process.channel.ChannelClient}).
 *
 * <p>Thread model: a {@code Channel} owns one accepting thread and one platform thread per
 * connection, all named after it; its {@code close()} stops and joins them. A {@code ChannelClient}
 * owns one reading thread, stopped and joined by its {@code close()}, and a short-lived virtual
 * thread per frame it writes.
 */
package dev.conch.process.channel;
