/**
 * ICMP echo from inside the JVM: {@link dev.conch.net.icmp.IcmpSocket} opens an unprivileged
 * datagram socket where {@code net.ipv4.ping_group_range} admits the user, else a raw one, and
 * sends and receives echo packets ({@link dev.conch.net.icmp.EchoPacket}) through libc's {@code
 * socket}, {@code sendto}, {@code poll} and {@code recvfrom}, called through {@code
 * java.lang.foreign} ({@link dev.conch.net.icmp.Libc}).
 *
 * <p>May import the JDK only. Thread model: a socket may be used by one sending and one receiving
 * thread at once; its native waits would pin a virtual thread's carrier, so the receiving loop
 * belongs on a platform thread.
 */
package dev.conch.net.icmp;
