package dev.conch.process.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Unix socket over which child processes call their parent: only a client with the secret is
 * served; garbage, oversized frames and calls before HELLO are refused with a clear error while
 * others are still served; and each thread's call gets its own reply. Also: the socket lives in a
 * folder only its owner may open, which closing deletes; a blocked call holds up neither other
 * calls nor the child's disconnect; and closing the channel ends every thread it started.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ChannelTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private Channel channel;

  @BeforeEach
  void open() throws Exception {
    channel =
        Channel.open(
            (peer, args) -> {
              if (args.path("fail").asBoolean()) {
                throw new IllegalStateException("queue q: no such queue");
              }
              return args;
            });
  }

  @AfterEach
  void close() throws Exception {
    channel.close();
  }

  private SocketChannel raw() throws Exception {
    SocketChannel s = SocketChannel.open(StandardProtocolFamily.UNIX);
    s.connect(UnixDomainSocketAddress.of(channel.socket()));
    return s;
  }

  private static Frame hello(String secret) {
    return new Frame(Wire.HELLO, Frame.object().put("secret", secret).put("version", Wire.VERSION));
  }

  @Test
  void aClientWithTheSecretIsWelcomedAndItsCallIsAnswered() throws Exception {
    try (var client = ChannelClient.connect(channel.socket(), channel.secret())) {
      JsonNode args = Frame.object().put("op", "echo").put("n", 42);
      assertThat(client.call(args, WAIT)).isEqualTo(args);
    }
    assertThat(channel.refusals()).isEmpty();
  }

  @Test
  void theSecretIs32RandomBytesInHex() throws Exception {
    assertThat(channel.secret()).matches("[0-9a-f]{64}");
    try (Channel other = Channel.open((peer, args) -> args)) {
      assertThat(other.secret()).isNotEqualTo(channel.secret());
    }
  }

  @Test
  void aClientWithAWrongSecretIsRefused() {
    assertThatThrownBy(() -> ChannelClient.connect(channel.socket(), "0".repeat(64)))
        .isInstanceOf(ChannelError.class)
        .hasMessage("channel: refused: channel: wrong secret");
    assertThat(channel.refusals()).containsExactly("channel: wrong secret");
  }

  @Test
  void aConnectionWithoutTheSecretIsRefusedAndClosed() throws Exception {
    try (SocketChannel s = raw()) {
      Frames.write(s, new Frame(Wire.HELLO, Frame.object().put("version", Wire.VERSION)));
      Frame answer = Frames.read(s);
      assertThat(answer.type()).isEqualTo(Wire.REFUSED);
      assertThat(answer.text("reason")).isEqualTo("channel: wrong secret");
      assertThat(Frames.read(s)).as("the parent closed the connection").isNull();
    }
  }

  @Test
  void aCallBeforeHelloIsRefused() throws Exception {
    try (SocketChannel s = raw()) {
      Frames.write(s, new Frame(Wire.CALL, Frame.object().put("id", 1)));
      assertThat(Frames.read(s).text("reason")).isEqualTo("channel: expected HELLO, got CALL");
      assertThat(Frames.read(s)).isNull();
    }
  }

  @Test
  void garbageIsRefusedWithAClearErrorAndOthersAreStillServed() throws Exception {
    try (SocketChannel s = raw()) {
      s.write(ByteBuffer.wrap(new byte[] {0, 0, 0, 3, 42, 'h', 'i'}));
      assertThat(Frames.read(s).text("reason")).isEqualTo("frame: unknown type 42");
      assertThat(Frames.read(s)).isNull();
    }
    try (var client = ChannelClient.connect(channel.socket(), channel.secret())) {
      assertThat(client.call(TextNode.valueOf("still here"), WAIT).asText())
          .isEqualTo("still here");
    }
    assertThat(channel.refusals()).containsExactly("frame: unknown type 42");
  }

  @Test
  void anOversizedFrameIsRefusedWithAClearErrorAndOthersAreStillServed() throws Exception {
    try (SocketChannel s = raw()) {
      s.write(ByteBuffer.allocate(5).putInt(Integer.MAX_VALUE).put(Wire.HELLO.code()).flip());
      assertThat(Frames.read(s).text("reason"))
          .isEqualTo("frame: 2147483647 bytes is too large, at most 4096");
      assertThat(Frames.read(s)).isNull();
    }
    try (var client = ChannelClient.connect(channel.socket(), channel.secret())) {
      assertThat(client.call(TextNode.valueOf("ok"), WAIT).asText()).isEqualTo("ok");
    }
  }

  @Test
  void aFailingCallReachesTheCallerAsAnErrorAndTheChannelStaysUsable() throws Exception {
    try (var client = ChannelClient.connect(channel.socket(), channel.secret())) {
      assertThatThrownBy(() -> client.call(Frame.object().put("fail", true), WAIT))
          .isInstanceOf(ChannelError.class)
          .hasMessage("channel: call 1 failed: queue q: no such queue");
      assertThat(client.call(TextNode.valueOf("after"), WAIT).asText()).isEqualTo("after");
    }
  }

  @Test
  void callsFromManyThreadsEachGetTheirOwnReply() throws Exception {
    try (var client = ChannelClient.connect(channel.socket(), channel.secret())) {
      int n = 8;
      var start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int i = 0; i < n; i++) {
        int me = i;
        threads.add(
            Thread.ofPlatform()
                .name("caller-" + i)
                .start(
                    () -> {
                      try {
                        start.await();
                        for (int k = 0; k < 50; k++) {
                          String said = me + "/" + k;
                          String got = client.call(TextNode.valueOf(said), WAIT).asText();
                          assertThat(got).isEqualTo(said);
                        }
                      } catch (Throwable t) {
                        failures.add(t);
                      }
                    }));
      }
      start.countDown();
      for (Thread t : threads) {
        assertThat(t.join(WAIT)).as(t.getName() + " finished").isTrue();
      }
      assertThat(failures).isEmpty();
    }
  }

  @Test
  void theSocketLivesInAnOwnerOnlyDirectoryThatCloseDeletes() throws Exception {
    assertThat(channel.socket().getParent()).isEqualTo(channel.directory());
    assertThat(channel.directory().getParent())
        .isEqualTo(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(channel.directory())))
        .isEqualTo("rwx------");
    assertThat(channel.socket()).exists();
    channel.close();
    assertThat(channel.socket()).doesNotExist();
    assertThat(channel.directory()).doesNotExist();
  }

  @Test
  void closingTheChannelEndsEveryThreadItStarted() throws Exception {
    var client = ChannelClient.connect(channel.socket(), channel.secret());
    SocketChannel silent = raw(); // connected, never says HELLO
    client.call(TextNode.valueOf("up"), WAIT);
    List<Thread> mine = threadsNamed(channel.name() + "-");
    assertThat(mine).extracting(Thread::getName).contains(channel.name() + "-accept");
    assertThat(mine).hasSizeGreaterThanOrEqualTo(2);
    channel.close();
    for (Thread t : mine) {
      assertThat(t.join(WAIT)).as(t.getName() + " ended").isTrue();
    }
    assertThat(threadsNamed(channel.name() + "-")).isEmpty();
    assertThatThrownBy(() -> client.call(TextNode.valueOf("gone"), WAIT))
        .isInstanceOf(ChannelError.class)
        .hasMessageStartingWith("channel: ");
    client.close();
    silent.close();
    assertThat(threadsNamed("conch-channel-client-")).noneMatch(Thread::isAlive);
  }

  @Test
  void aBlockedCallHoldsUpNeitherOtherCallsNorTheEndOfItsChild() throws Exception {
    var blocked = new CountDownLatch(1);
    var interrupted = new CountDownLatch(1);
    var gone = new java.util.concurrent.CompletableFuture<Peer>();
    try (Channel blocking =
        Channel.open(
            new CallHandler() {
              @Override
              public JsonNode call(Peer peer, JsonNode args) throws Exception {
                if (args.asText().equals("block")) {
                  blocked.countDown();
                  try {
                    new CountDownLatch(1).await();
                  } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw e;
                  }
                }
                return args;
              }

              @Override
              public void disconnected(Peer peer) {
                gone.complete(peer);
              }
            })) {
      var client = ChannelClient.connect(blocking.socket(), blocking.secret());
      Thread caller =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      client.call(TextNode.valueOf("block"), WAIT);
                    } catch (Exception e) {
                      // the connection ends under it: expected
                    }
                  });
      assertThat(blocked.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(client.call(TextNode.valueOf("meanwhile"), WAIT).asText()).isEqualTo("meanwhile");
      client.close();
      assertThat(interrupted.await(5, TimeUnit.SECONDS))
          .as("the blocked call was interrupted")
          .isTrue();
      assertThat(gone.get(5, TimeUnit.SECONDS).pid()).isEqualTo(ProcessHandle.current().pid());
      assertThat(caller.join(WAIT)).isTrue();
    }
  }

  private static List<Thread> threadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(prefix))
        .toList();
  }
}
