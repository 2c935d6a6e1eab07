package dev.conch.net.icmp;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One ICMP echo socket for a whole sweep, as fping uses one: the caller paces {@link #send}s, and
 * {@link #receive} hands back the echo replies meant for this socket, matched by identifier and
 * sequence number. Sequence numbers have 16 bits: the caller keeps them unique among the requests
 * in flight, maps each to its target and may check the reply's source. Linux only, through
 * java.lang.foreign (the JDK has no ICMP API: {@code InetAddress.isReachable} falls back to TCP
 * port 7 without root).
 *
 * <p>Two kinds: an unprivileged {@link Kind#DATAGRAM} socket, allowed when {@code
 * net.ipv4.ping_group_range} admits the process's group (the kernel then sets the identifier,
 * computes the checksum and delivers only this socket's replies), and a {@link Kind#RAW} socket for
 * root or CAP_NET_RAW, which sees every ICMP packet of the host: it asks the kernel for echo
 * replies only (ICMP_FILTER, ICMP6_FILTER) and keeps those to the identifier it chose.
 *
 * <p>Thread-safe: one thread may send while others receive; {@link #close} may come from any thread
 * at any time, and the descriptor is released once no call is using it. Calls block in native code
 * (receive for at most 100 ms at a time), which pins a virtual thread to its carrier: run the
 * receiving loop on a platform thread.
 */
public final class IcmpSocket implements AutoCloseable {
  /** How the socket reaches ICMP. */
  public enum Kind {
    /** socket(SOCK_DGRAM, IPPROTO_ICMP): no privilege, needs net.ipv4.ping_group_range. */
    DATAGRAM,
    /** socket(SOCK_RAW, IPPROTO_ICMP): needs root or CAP_NET_RAW. */
    RAW
  }

  /**
   * An echo reply: who sent it, the sequence number it echoes, and System.nanoTime() just after it
   * was read.
   */
  public record Reply(InetAddress from, int sequence, long receivedNanos) {}

  private static final int MAX_SEQUENCE = 0xFFFF;
  private static final int LONGEST_NATIVE_WAIT_MILLIS = 100;
  private static final int PACKETS_PER_LOOK = 64;
  private static final int RECEIVE_BUFFER_BYTES = 1500;
  private static final AtomicInteger NEXT_IDENTIFIER =
      new AtomicInteger(ThreadLocalRandom.current().nextInt());

  private final Libc libc;
  private final int fd;
  private final Kind kind;
  private final boolean ipv6;
  private final int identifier;
  private final Object lock = new Object();
  private int callsInProgress; // guarded by lock
  private boolean closed; // guarded by lock

  private IcmpSocket(Libc libc, int fd, Kind kind, boolean ipv6) {
    this.libc = libc;
    this.fd = fd;
    this.kind = kind;
    this.ipv6 = ipv6;
    this.identifier = NEXT_IDENTIFIER.getAndIncrement() & MAX_SEQUENCE;
  }

  /**
   * Opens an echo socket for IPv4 (ipv6 false) or IPv6: an unprivileged ICMP datagram socket when
   * net.ipv4.ping_group_range admits this process's group, else a raw socket when privileged.
   *
   * @throws IcmpUnavailableError with a one-line reason when neither can be had
   */
  public static IcmpSocket open(boolean ipv6) throws IcmpUnavailableError {
    Libc libc = Libc.load();
    int fd = descriptor(libc, ipv6, Kind.DATAGRAM);
    if (fd != -Libc.EACCES) {
      return wrap(libc, ipv6, Kind.DATAGRAM, fd);
    }
    fd = descriptor(libc, ipv6, Kind.RAW);
    if (fd == -Libc.EPERM || fd == -Libc.EACCES) {
      throw IcmpUnavailableError.needsRootOrGroup(groupAndRange(libc));
    }
    return wrap(libc, ipv6, Kind.RAW, fd);
  }

  /**
   * Opens an echo socket of the given kind.
   *
   * @throws IcmpUnavailableError with a one-line reason when the system refuses it
   */
  public static IcmpSocket open(boolean ipv6, Kind kind) throws IcmpUnavailableError {
    Libc libc = Libc.load();
    return wrap(libc, ipv6, kind, descriptor(libc, ipv6, kind));
  }

  /** Opens a socket: its descriptor, or minus the errno. */
  private static int descriptor(Libc libc, boolean ipv6, Kind kind) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = Libc.callState(arena);
      int fd =
          libc.socket(
              state,
              ipv6 ? Libc.AF_INET6 : Libc.AF_INET,
              (kind == Kind.RAW ? Libc.SOCK_RAW : Libc.SOCK_DGRAM) | Libc.SOCK_CLOEXEC,
              ipv6 ? Libc.IPPROTO_ICMPV6 : Libc.IPPROTO_ICMP);
      return fd < 0 ? -Libc.errno(state) : fd;
    }
  }

  /** The socket on a descriptor from {@link #descriptor}, or the refusal as an exception. */
  private static IcmpSocket wrap(Libc libc, boolean ipv6, Kind kind, int fd)
      throws IcmpUnavailableError {
    if (fd < 0) {
      int errno = -fd;
      throw IcmpUnavailableError.refused(
          ipv6, kind, errno, libc.errnoName(errno), groupAndRange(libc));
    }
    IcmpSocket socket = new IcmpSocket(libc, fd, kind, ipv6);
    try {
      socket.passOnlyEchoReplies();
    } catch (IOException e) {
      socket.close();
      throw new IcmpUnavailableError(e.getMessage());
    }
    return socket;
  }

  /** "N (it is "low high")": the effective group and the range that does not admit it. */
  private static String groupAndRange(Libc libc) {
    String group = Integer.toUnsignedString(libc.getegid());
    // Not Files.readString: on this sysctl file it returned only the first byte ("1" of "1\t0").
    try (InputStream in = Files.newInputStream(Path.of("/proc/sys/net/ipv4/ping_group_range"))) {
      String range = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      return group + " (it is \"" + range.trim().replaceAll("\\s+", " ") + "\")";
    } catch (IOException e) {
      return group;
    }
  }

  /** Whether this socket is a datagram or a raw one. */
  public Kind kind() {
    return kind;
  }

  /** Whether this socket speaks ICMPv6. */
  public boolean ipv6() {
    return ipv6;
  }

  /**
   * Sends one echo request with the given sequence number (0 to 65535).
   *
   * @return null when sent, else the errno name of the system's refusal, such as ENETUNREACH for an
   *     address with no route
   * @throws IllegalArgumentException for an address of the other family or a sequence out of range
   * @throws IOException when the socket is closed
   */
  public String send(InetAddress to, int sequence) throws IOException {
    if ((to instanceof Inet6Address) != ipv6) {
      throw new IllegalArgumentException(
          to + " is not an " + (ipv6 ? "IPv6" : "IPv4") + " address");
    }
    if (sequence < 0 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException("sequence " + sequence + " is not within 0..65535");
    }
    byte[] packet = EchoPacket.request(ipv6, identifier, sequence);
    enter();
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = Libc.callState(arena);
      MemorySegment buf = arena.allocateFrom(JAVA_BYTE, packet);
      MemorySegment sockaddr = Libc.sockaddr(arena, to);
      long sent = libc.sendto(state, fd, buf, 0, sockaddr);
      if (sent < 0 && Libc.errno(state) == Libc.EINTR) {
        sent = libc.sendto(state, fd, buf, 0, sockaddr);
      }
      return sent < 0 ? libc.errnoName(Libc.errno(state)) : null;
    } finally {
      leave();
    }
  }

  /**
   * Waits up to timeoutMillis (0: just looks) for the next echo reply meant for this socket, and
   * skips every other packet on the way: other processes' replies, our own requests seen over
   * loopback on a raw socket, other ICMP types.
   *
   * @return the reply, or null when none came in time
   * @throws InterruptedIOException when the thread is interrupted while waiting (its interrupt
   *     status stays set)
   * @throws IOException when the socket is closed or the system reports an error
   */
  public Reply receive(int timeoutMillis) throws IOException {
    if (timeoutMillis < 0) {
      throw new IllegalArgumentException("timeout " + timeoutMillis + " ms is negative");
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    Reply reply = readQueued();
    for (long left = deadline - System.nanoTime();
        reply == null && left > 0;
        left = deadline - System.nanoTime()) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("interrupted while waiting for an ICMP echo reply");
      }
      awaitReadable((int) Math.min(LONGEST_NATIVE_WAIT_MILLIS, ceilMillis(left)));
      reply = readQueued();
    }
    return reply;
  }

  /** Reads up to PACKETS_PER_LOOK queued packets without waiting; the first echo reply to us. */
  private Reply readQueued() throws IOException {
    enter();
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = Libc.callState(arena);
      MemorySegment buf = arena.allocate(RECEIVE_BUFFER_BYTES);
      MemorySegment from = arena.allocate(Libc.SOCKADDR_IN6);
      MemorySegment fromLength = arena.allocate(JAVA_INT);
      for (int i = 0; i < PACKETS_PER_LOOK; i++) {
        fromLength.set(JAVA_INT, 0, (int) from.byteSize());
        long n = libc.recvfrom(state, fd, buf, Libc.MSG_DONTWAIT, from, fromLength);
        long now = System.nanoTime();
        if (n < 0) {
          return nothingQueued(Libc.errno(state));
        }
        int sequence = match(buf.asSlice(0, n).toArray(JAVA_BYTE));
        if (sequence >= 0) {
          return new Reply(Libc.address(from), sequence, now);
        }
      }
      return null;
    } finally {
      leave();
    }
  }

  private Reply nothingQueued(int errno) throws IOException {
    if (errno == Libc.EAGAIN || errno == Libc.EINTR) {
      return null;
    }
    throw new SocketException("ICMP receive: " + libc.errnoName(errno));
  }

  /** The sequence number if the packet is an echo reply to this socket, else -1. */
  private int match(byte[] packet) {
    boolean raw = kind == Kind.RAW;
    return EchoPacket.replySequence(
        packet, packet.length, ipv6, raw && !ipv6, raw ? identifier : EchoPacket.ANY_IDENTIFIER);
  }

  /** Waits in poll() until a packet is queued or the time is up; an EINTR counts as time up. */
  private void awaitReadable(int millis) throws IOException {
    enter();
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = Libc.callState(arena);
      if (libc.poll(state, Libc.pollIn(arena, fd), millis) < 0 && Libc.errno(state) != Libc.EINTR) {
        throw new SocketException("ICMP poll: " + libc.errnoName(Libc.errno(state)));
      }
    } finally {
      leave();
    }
  }

  private static long ceilMillis(long nanos) {
    return (nanos + 999_999) / 1_000_000;
  }

  /**
   * On a raw socket, asks the kernel to queue only echo replies (ICMP_FILTER, ICMP6_FILTER), so
   * that our own requests over loopback, neighbour discovery and the like stay out of the queue.
   * Datagram sockets get only their replies anyway.
   */
  private void passOnlyEchoReplies() throws IOException {
    if (kind != Kind.RAW) {
      return;
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = Libc.callState(arena);
      MemorySegment filter =
          ipv6
              ? Libc.icmp6Filter(arena, EchoPacket.ECHO_REPLY_V6)
              : Libc.icmpFilter(arena, EchoPacket.ECHO_REPLY_V4);
      int level = ipv6 ? Libc.IPPROTO_ICMPV6 : Libc.SOL_RAW;
      int option = ipv6 ? Libc.ICMP6_FILTER : Libc.ICMP_FILTER;
      if (libc.setsockopt(state, fd, level, option, filter) < 0) {
        throw new SocketException("ICMP filter: " + libc.errnoName(Libc.errno(state)));
      }
    }
  }

  private void enter() throws SocketException {
    synchronized (lock) {
      if (closed) {
        throw new SocketException("ICMP socket is closed");
      }
      callsInProgress++;
    }
  }

  private void leave() {
    synchronized (lock) {
      callsInProgress--;
      if (closed && callsInProgress == 0) {
        libc.close(fd);
      }
    }
  }

  /**
   * Closes the socket. Calls under way finish first (a receive within 100 ms), and the descriptor
   * is released after the last; later calls throw. Idempotent.
   */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      if (callsInProgress == 0) {
        libc.close(fd);
      }
    }
  }
}
