package dev.conch.net.icmp;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * The few calls of the C library that ICMP echo needs (socket, sendto, recvfrom, poll, setsockopt,
 * close), reached through java.lang.foreign, with the Linux constants and socket address layouts
 * they take. Linux on x86_64 and aarch64 share these numbers and layouts. Every call that can fail
 * records errno in a call-state segment the caller allocates. Thread-safe: stateless once loaded.
 */
@SuppressWarnings("restricted") // downcall handles and C strings: the point of this class
final class Libc {
  static final int AF_INET = 2;
  static final int AF_INET6 = 10;
  static final int SOCK_DGRAM = 2;
  static final int SOCK_RAW = 3;
  static final int SOCK_CLOEXEC = 0x80000;
  static final int IPPROTO_ICMP = 1;
  static final int IPPROTO_ICMPV6 = 58;
  static final int SOL_RAW = 255;
  static final int ICMP_FILTER = 1;
  static final int ICMP6_FILTER = 1;
  private static final short POLLIN = 1;
  static final int MSG_DONTWAIT = 0x40;

  static final int EPERM = 1;
  static final int EINTR = 4;
  static final int EAGAIN = 11;
  static final int EACCES = 13;
  static final int EAFNOSUPPORT = 97;

  /** struct sockaddr_in: family, port (big-endian), address, 8 bytes of zeros. */
  static final StructLayout SOCKADDR_IN =
      MemoryLayout.structLayout(
          JAVA_SHORT.withName("sin_family"),
          JAVA_SHORT.withOrder(ByteOrder.BIG_ENDIAN).withName("sin_port"),
          MemoryLayout.sequenceLayout(4, JAVA_BYTE).withName("sin_addr"),
          MemoryLayout.sequenceLayout(8, JAVA_BYTE).withName("sin_zero"));

  /** struct sockaddr_in6: family, port, flow info, address, scope id. */
  static final StructLayout SOCKADDR_IN6 =
      MemoryLayout.structLayout(
          JAVA_SHORT.withName("sin6_family"),
          JAVA_SHORT.withOrder(ByteOrder.BIG_ENDIAN).withName("sin6_port"),
          JAVA_INT.withName("sin6_flowinfo"),
          MemoryLayout.sequenceLayout(16, JAVA_BYTE).withName("sin6_addr"),
          JAVA_INT.withName("sin6_scope_id"));

  /** struct pollfd: descriptor, requested events, returned events. */
  static final StructLayout POLLFD =
      MemoryLayout.structLayout(
          JAVA_INT.withName("fd"), JAVA_SHORT.withName("events"), JAVA_SHORT.withName("revents"));

  private static final long POLLFD_FD = POLLFD.byteOffset(groupElement("fd"));
  private static final long POLLFD_EVENTS = POLLFD.byteOffset(groupElement("events"));
  private static final long SIN_FAMILY = SOCKADDR_IN.byteOffset(groupElement("sin_family"));
  private static final long SIN6_FAMILY = SOCKADDR_IN6.byteOffset(groupElement("sin6_family"));
  private static final long SIN_ADDR = SOCKADDR_IN.byteOffset(groupElement("sin_addr"));
  private static final long SIN6_ADDR = SOCKADDR_IN6.byteOffset(groupElement("sin6_addr"));
  private static final long SIN6_SCOPE = SOCKADDR_IN6.byteOffset(groupElement("sin6_scope_id"));
  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO = CALL_STATE.varHandle(groupElement("errno"));

  private static Libc loaded; // guarded by Libc.class

  private final MethodHandle socket;
  private final MethodHandle close;
  private final MethodHandle sendto;
  private final MethodHandle recvfrom;
  private final MethodHandle poll;
  private final MethodHandle setsockopt;
  private final MethodHandle getegid;
  private final MethodHandle strerrorname; // null where the C library lacks strerrorname_np

  private Libc(Linker linker) {
    var errno = Linker.Option.captureCallState("errno");
    socket =
        handle(
            linker, "socket", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), errno);
    close = handle(linker, "close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    sendto =
        handle(
            linker,
            "sendto",
            FunctionDescriptor.of(
                JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT),
            errno);
    recvfrom =
        handle(
            linker,
            "recvfrom",
            FunctionDescriptor.of(
                JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS),
            errno);
    poll =
        handle(
            linker, "poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT), errno);
    setsockopt =
        handle(
            linker,
            "setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT),
            errno);
    getegid = handle(linker, "getegid", FunctionDescriptor.of(JAVA_INT));
    strerrorname =
        linker
            .defaultLookup()
            .find("strerrorname_np")
            .map(f -> linker.downcallHandle(f, FunctionDescriptor.of(ADDRESS, JAVA_INT)))
            .orElse(null);
  }

  /** The C library, bound on first use; refuses where these numbers and layouts do not hold. */
  static synchronized Libc load() throws IcmpUnavailableError {
    if (loaded == null) {
      String os = System.getProperty("os.name");
      String arch = System.getProperty("os.arch");
      if (!os.toLowerCase(Locale.ROOT).startsWith("linux")
          || !(arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"))) {
        throw IcmpUnavailableError.notBuiltFor(os, arch);
      }
      try {
        loaded = new Libc(Linker.nativeLinker());
        loaded.warmUp();
      } catch (IllegalCallerException e) {
        throw IcmpUnavailableError.noNativeAccess();
      }
    }
    return loaded;
  }

  /**
   * Calls sendto, recvfrom and poll once on no descriptor (-1: EBADF, nothing is sent), so that the
   * first echo's round trip does not include ~10 ms of linking these calls.
   */
  private void warmUp() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = callState(arena);
      MemorySegment buf = arena.allocate(EchoPacket.HEADER_BYTES);
      MemorySegment from = arena.allocate(SOCKADDR_IN6);
      MemorySegment fromLength = arena.allocateFrom(JAVA_INT, (int) from.byteSize());
      sendto(state, -1, buf, MSG_DONTWAIT, from);
      recvfrom(state, -1, buf, MSG_DONTWAIT, from, fromLength);
      poll(state, pollIn(arena, -1), 0);
      errno(state);
    }
  }

  private static MethodHandle handle(
      Linker linker, String name, FunctionDescriptor descriptor, Linker.Option... options) {
    MemorySegment function =
        linker
            .defaultLookup()
            .find(name)
            .orElseThrow(() -> new IllegalStateException("C library has no " + name));
    return linker.downcallHandle(function, descriptor, options);
  }

  /** A segment for the errno of one call, to pass first to the calls below. */
  static MemorySegment callState(Arena arena) {
    return arena.allocate(CALL_STATE);
  }

  /** The errno that the last call given this state left. */
  static int errno(MemorySegment state) {
    return (int) ERRNO.get(state, 0L);
  }

  /** errno's symbolic name, such as ENETUNREACH, or "errno N" where the C library cannot say. */
  String errnoName(int errno) {
    if (strerrorname != null) {
      MemorySegment name =
          (MemorySegment) call(() -> (MemorySegment) strerrorname.invokeExact(errno));
      if (!name.equals(MemorySegment.NULL)) {
        return name.reinterpret(64).getString(0);
      }
    }
    return "errno " + errno;
  }

  int socket(MemorySegment state, int domain, int type, int protocol) {
    return (int) call(() -> (int) socket.invokeExact(state, domain, type, protocol));
  }

  int close(int fd) {
    return (int) call(() -> (int) close.invokeExact(fd));
  }

  long sendto(MemorySegment state, int fd, MemorySegment buf, int flags, MemorySegment to) {
    return (long)
        call(
            () ->
                (long)
                    sendto.invokeExact(
                        state, fd, buf, buf.byteSize(), flags, to, (int) to.byteSize()));
  }

  /** recvfrom into buf; from is a sockaddr big enough for the family, fromLength a socklen_t. */
  long recvfrom(
      MemorySegment state,
      int fd,
      MemorySegment buf,
      int flags,
      MemorySegment from,
      MemorySegment fromLength) {
    return (long)
        call(
            () ->
                (long)
                    recvfrom.invokeExact(state, fd, buf, buf.byteSize(), flags, from, fromLength));
  }

  /** poll for one descriptor; fds is a {@link #POLLFD}. */
  int poll(MemorySegment state, MemorySegment fds, int timeoutMillis) {
    return (int) call(() -> (int) poll.invokeExact(state, fds, 1L, timeoutMillis));
  }

  int setsockopt(MemorySegment state, int fd, int level, int name, MemorySegment value) {
    return (int)
        call(
            () ->
                (int)
                    setsockopt.invokeExact(state, fd, level, name, value, (int) value.byteSize()));
  }

  int getegid() {
    return (int) call(() -> (int) getegid.invokeExact());
  }

  /** A sockaddr_in or sockaddr_in6 for the address, port 0. */
  static MemorySegment sockaddr(Arena arena, InetAddress address) {
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address v6) {
      MemorySegment sa = arena.allocate(SOCKADDR_IN6);
      sa.set(JAVA_SHORT, SIN6_FAMILY, (short) AF_INET6);
      MemorySegment.copy(bytes, 0, sa, JAVA_BYTE, SIN6_ADDR, bytes.length);
      sa.set(JAVA_INT, SIN6_SCOPE, v6.getScopeId());
      return sa;
    }
    MemorySegment sa = arena.allocate(SOCKADDR_IN);
    sa.set(JAVA_SHORT, SIN_FAMILY, (short) AF_INET);
    MemorySegment.copy(bytes, 0, sa, JAVA_BYTE, SIN_ADDR, bytes.length);
    return sa;
  }

  /**
   * The address in a sockaddr_in or sockaddr_in6 that recvfrom filled (both open with the family).
   */
  static InetAddress address(MemorySegment sa) {
    try {
      if (sa.get(JAVA_SHORT, SIN6_FAMILY) == AF_INET6) {
        byte[] bytes = sa.asSlice(SIN6_ADDR, 16).toArray(JAVA_BYTE);
        int scope = sa.get(JAVA_INT, SIN6_SCOPE);
        return scope == 0
            ? InetAddress.getByAddress(bytes)
            : Inet6Address.getByAddress(null, bytes, scope);
      }
      return InetAddress.getByAddress(sa.asSlice(SIN_ADDR, 4).toArray(JAVA_BYTE));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("recvfrom gave a malformed address", e);
    }
  }

  /** A struct pollfd that waits for the descriptor to become readable. */
  static MemorySegment pollIn(Arena arena, int fd) {
    MemorySegment pollfd = arena.allocate(POLLFD);
    pollfd.set(JAVA_INT, POLLFD_FD, fd);
    pollfd.set(JAVA_SHORT, POLLFD_EVENTS, POLLIN);
    return pollfd;
  }

  /**
   * A struct icmp_filter (raw IPv4, level SOL_RAW) that lets only the given type (below 32) pass:
   * one 32-bit mask in which a set bit drops its type.
   */
  static MemorySegment icmpFilter(Arena arena, int passType) {
    return arena.allocateFrom(JAVA_INT, ~(1 << passType));
  }

  /**
   * A struct icmp6_filter (raw ICMPv6) that lets only the given type pass: 256 bits in eight 32-bit
   * words, in which a set bit blocks its type.
   */
  static MemorySegment icmp6Filter(Arena arena, int passType) {
    int[] words = {-1, -1, -1, -1, -1, -1, -1, -1};
    words[passType >> 5] &= ~(1 << (passType & 31));
    return arena.allocateFrom(JAVA_INT, words);
  }

  /** A native call, as a lambda that may throw what invokeExact declares. */
  private interface NativeCall {
    Object run() throws Throwable;
  }

  private static Object call(NativeCall call) {
    try {
      return call.run();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
