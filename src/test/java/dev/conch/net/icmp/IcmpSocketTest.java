package dev.conch.net.icmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.security.auth.module.UnixSystem;
import dev.conch.net.icmp.IcmpSocket.Kind;
import dev.conch.net.icmp.IcmpSocket.Reply;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ICMP echo over loopback only (127.0.0.1 and ::1), never to another address. The sockets opened in
 * this JVM are raw ones and need root; the datagram sockets and the refusals run {@link
 * IcmpEchoMain} in a child JVM inside a throwaway network namespace that holds only lo ({@link
 * NetworkNamespace}), as nobody, so the host's own sysctl stays as it is.
 */
@Timeout(30)
class IcmpSocketTest {
  private static final InetAddress V4 = InetAddress.ofLiteral("127.0.0.1");
  private static final InetAddress V6 = InetAddress.ofLiteral("::1");
  private static final int WAIT_STEP_MILLIS = 100;
  private static final int WAIT_STEPS = 50;
  private static final String REPLY_V4 = "reply 7 from /127.0.0.1 in \\d+ us";
  private static final String REPLY_V6 = "reply 7 from /0:0:0:0:0:0:0:1 in \\d+ us";

  @BeforeAll
  static void needsRoot() {
    assumeTrue(new UnixSystem().getUid() == 0, "raw ICMP sockets and network namespaces need root");
  }

  @ParameterizedTest(name = "ipv6={0}")
  @ValueSource(booleans = {false, true})
  void rawSocketGetsTheEchoReplyFromLoopback(boolean ipv6) throws Exception {
    try (IcmpSocket socket = openRaw(ipv6)) {
      long sent = System.nanoTime();

      assertThat(socket.send(loopback(ipv6), 7)).isNull();
      List<Reply> replies = awaitReplies(socket, 1);

      assertThat(replies).extracting(Reply::sequence).containsExactly(7);
      assertThat(replies.getFirst().from()).isEqualTo(loopback(ipv6));
      assertThat(replies.getFirst().receivedNanos()).isGreaterThan(sent);
      assertThat(socket.kind()).isEqualTo(Kind.RAW);
      assertThat(socket.ipv6()).isEqualTo(ipv6);
    }
  }

  @ParameterizedTest(name = "ipv6={0}")
  @ValueSource(booleans = {false, true})
  void rawSocketMatchesSequencesSentOutOfOrder(boolean ipv6) throws Exception {
    try (IcmpSocket socket = openRaw(ipv6)) {
      for (int sequence : new int[] {5, 2, 65535, 0, 9}) {
        assertThat(socket.send(loopback(ipv6), sequence)).isNull();
      }

      List<Reply> replies = awaitReplies(socket, 5);

      assertThat(replies).extracting(Reply::sequence).containsExactlyInAnyOrder(0, 2, 5, 9, 65535);
      assertThat(replies).extracting(Reply::from).containsOnly(loopback(ipv6));
    }
  }

  /**
   * Raw sockets see every echo reply of the host. b's reply is in a's queue before a sends, so a
   * must skip it (another identifier) to return its own first.
   */
  @ParameterizedTest(name = "ipv6={0}")
  @ValueSource(booleans = {false, true})
  void rawSocketLeavesAnotherSocketsReplies(boolean ipv6) throws Exception {
    try (IcmpSocket a = openRaw(ipv6);
        IcmpSocket b = openRaw(ipv6)) {
      assertThat(b.send(loopback(ipv6), 42)).isNull();
      assertThat(awaitReplies(b, 1)).extracting(Reply::sequence).containsExactly(42);

      assertThat(a.send(loopback(ipv6), 43)).isNull();

      assertThat(awaitReplies(a, 1)).extracting(Reply::sequence).containsExactly(43);
      assertThat(b.receive(0)).isNull();
    }
  }

  @Test
  void sendAndReceiveRefuseArgumentsOutOfRange() throws Exception {
    try (IcmpSocket socket = IcmpSocket.open(false, Kind.RAW)) {
      assertThatThrownBy(() -> socket.send(V6, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("/0:0:0:0:0:0:0:1 is not an IPv4 address");
      assertThatThrownBy(() -> socket.send(V4, 65536))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("sequence 65536 is not within 0..65535");
      assertThatThrownBy(() -> socket.receive(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("timeout -1 ms is negative");
    }
  }

  @Test
  void interruptedReceiveThrowsAndKeepsTheInterruptStatus() throws Exception {
    try (IcmpSocket socket = IcmpSocket.open(false, Kind.RAW)) {
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(() -> socket.receive(10_000))
            .isInstanceOf(InterruptedIOException.class)
            .hasMessage("interrupted while waiting for an ICMP echo reply");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted();
      }
    }
  }

  @Test
  void closedSocketRefusesCallsAndClosesOnce() throws Exception {
    IcmpSocket socket = IcmpSocket.open(false, Kind.RAW);
    socket.close();
    socket.close();

    assertThatThrownBy(() -> socket.send(V4, 1))
        .isInstanceOf(SocketException.class)
        .hasMessage("ICMP socket is closed");
    assertThatThrownBy(() -> socket.receive(0))
        .isInstanceOf(SocketException.class)
        .hasMessage("ICMP socket is closed");
  }

  /** Either the receiver is inside a call (the descriptor goes when it leaves) or between calls. */
  @Test
  void closeStopsAReceiverOnAnotherThreadAndReleasesTheDescriptor() throws Exception {
    Set<String> before = openSockets();
    IcmpSocket socket = IcmpSocket.open(false, Kind.RAW);
    Set<String> mine = new HashSet<>(openSockets());
    mine.removeAll(before);
    assertThat(mine).hasSize(1);
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    CountDownLatch receiving = new CountDownLatch(1);
    Thread receiver =
        Thread.ofPlatform()
            .name("icmp-test-receiver")
            .start(() -> receiveUntilFailure(socket, receiving, outcome));
    try {
      receiving.await();
      socket.close();

      assertThat(receiver.join(Duration.ofSeconds(5))).isTrue();
    } finally {
      receiver.interrupt();
      receiver.join();
    }
    assertThat(outcome.get())
        .isInstanceOf(SocketException.class)
        .hasMessage("ICMP socket is closed");
    assertThat(openSockets()).doesNotContainAnyElementsOf(mine);
  }

  @Test
  void closedPingGroupRangeNamesTheSysctlAndTheGroup() {
    try (NetworkNamespace ns = NetworkNamespace.create(true, "1 0")) {
      assertThat(ns.runAsNobody("v4", "auto", "127.0.0.1"))
          .containsExactly(
              "unavailable: ICMP needs root or net.ipv4.ping_group_range to include group 65534"
                  + " (it is \"1 0\")");
      assertThat(ns.runAsNobody("v4", "datagram", "127.0.0.1"))
          .containsExactly(
              "unavailable: ICMP datagram sockets need net.ipv4.ping_group_range to include group"
                  + " 65534 (it is \"1 0\")");
      assertThat(ns.runAsNobody("v4", "raw", "127.0.0.1"))
          .containsExactly("unavailable: ICMP raw sockets need root or CAP_NET_RAW");
    }
  }

  @Test
  void closedPingGroupRangeLeavesRootARawSocket() {
    try (NetworkNamespace ns = NetworkNamespace.create(true, "1 0")) {
      List<String> out = ns.runAsRoot("v4", "auto", "127.0.0.1");

      assertThat(out).hasSize(2).first().isEqualTo("opened RAW");
      assertThat(out.getLast()).matches(REPLY_V4);
    }
  }

  @Test
  void openedPingGroupRangeGivesNobodyADatagramSocketThatGetsReplies() {
    try (NetworkNamespace ns = NetworkNamespace.create(true, "0 2147483647")) {
      List<String> v4 = ns.runAsNobody("v4", "auto", "127.0.0.1");

      assertThat(v4).hasSize(2).first().isEqualTo("opened DATAGRAM");
      assertThat(v4.getLast()).matches(REPLY_V4);
      if (hasIpv6Loopback()) {
        List<String> v6 = ns.runAsNobody("v6", "auto", "::1");
        assertThat(v6).hasSize(2).first().isEqualTo("opened DATAGRAM");
        assertThat(v6.getLast()).matches(REPLY_V6);
      }
    }
  }

  @Test
  void sendSaysWhyTheSystemRefusedAnAddressWithNoRoute() {
    try (NetworkNamespace ns = NetworkNamespace.create(false, "1 0")) {
      assertThat(ns.runAsRoot("v4", "raw", "127.0.0.1"))
          .containsExactly("opened RAW", "refused ENETUNREACH");
    }
  }

  private static IcmpSocket openRaw(boolean ipv6) throws IcmpUnavailableError {
    if (ipv6) {
      assumeTrue(hasIpv6Loopback(), "this machine has no IPv6 loopback (::1)");
    }
    return IcmpSocket.open(ipv6, Kind.RAW);
  }

  /** Up to count replies, waiting at most WAIT_STEPS × WAIT_STEP_MILLIS. */
  private static List<Reply> awaitReplies(IcmpSocket socket, int count) throws IOException {
    List<Reply> replies = new ArrayList<>();
    for (int step = 0; step < WAIT_STEPS && replies.size() < count; step++) {
      Reply reply = socket.receive(WAIT_STEP_MILLIS);
      if (reply != null) {
        replies.add(reply);
      }
    }
    return replies;
  }

  private static void receiveUntilFailure(
      IcmpSocket socket, CountDownLatch receiving, CompletableFuture<Throwable> outcome) {
    receiving.countDown();
    try {
      for (int step = 0; step < WAIT_STEPS * 2; step++) {
        socket.receive(WAIT_STEP_MILLIS);
      }
      outcome.complete(null);
    } catch (Throwable t) {
      outcome.complete(t);
    }
  }

  /** The sockets this process holds open, as /proc names them ({@code socket:[inode]}). */
  private static Set<String> openSockets() throws IOException {
    Set<String> sockets = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:")) {
            sockets.add(target);
          }
        } catch (NoSuchFileException e) {
          // closed while listing (the listing's own descriptor, for one)
        }
      }
    }
    return sockets;
  }

  private static boolean hasIpv6Loopback() {
    try {
      return NetworkInterface.getByInetAddress(V6) != null;
    } catch (SocketException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InetAddress loopback(boolean ipv6) {
    return ipv6 ? V6 : V4;
  }
}
