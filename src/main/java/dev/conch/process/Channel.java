package dev.conch.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The parent's end of the channel: a Unix-domain socket in a private directory (owner-only, {@code
 * rwx------}) under the system temp dir, which lets in only a child that sends this session's
 * secret in its {@link Wire#HELLO}. Anything else gets {@link Wire#REFUSED} with the reason, is
 * disconnected and is remembered in {@link #refusals()}; nothing is printed.
 *
 * <p>Thread-safe. The channel owns a platform thread {@code <name>-accept} and one platform thread
 * {@code <name>-conn-<n>} per connection; each connection is served by its own thread alone, which
 * calls the {@link CallHandler} one call at a time. {@link #close()} stops and joins them all and
 * deletes the socket and its directory.
 */
public final class Channel implements AutoCloseable {
  private static final AtomicInteger CHANNELS = new AtomicInteger();
  private static final Duration JOIN = Duration.ofSeconds(5);

  private final String name = "conch-channel-" + CHANNELS.incrementAndGet();
  private final AtomicInteger connectionCount = new AtomicInteger();
  private final Path directory;
  private final Path socket;
  private final String secret;
  private final CallHandler handler;
  private final ServerSocketChannel server;
  private final Thread acceptor;
  private final Object lock = new Object();
  private boolean closed; // guarded by lock
  private final Map<SocketChannel, Thread> connections = new LinkedHashMap<>(); // guarded by lock
  private final List<String> refusals = new ArrayList<>(); // guarded by lock

  private Channel(CallHandler handler) throws IOException {
    this.handler = handler;
    this.secret = newSecret();
    this.directory =
        Files.createTempDirectory(
            "conch-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    this.socket = directory.resolve("channel.sock");
    this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    this.acceptor = Thread.ofPlatform().name(name + "-accept").daemon().unstarted(this::acceptAll);
  }

  /** Opens a channel whose calls {@code handler} answers, and starts accepting children. */
  public static Channel open(CallHandler handler) throws IOException {
    Channel channel = new Channel(handler);
    channel.acceptor.start();
    return channel;
  }

  /** The name its threads start with, e.g. {@code conch-channel-1}. */
  public String name() {
    return name;
  }

  /** The socket a child connects to. */
  public Path socket() {
    return socket;
  }

  /** The private directory holding the socket. */
  public Path directory() {
    return directory;
  }

  /** This session's secret, 32 random bytes in hex, which a child sends in its HELLO. */
  public String secret() {
    return secret;
  }

  /** Why each refused or dropped connection was let go, oldest first. */
  public List<String> refusals() {
    synchronized (lock) {
      return List.copyOf(refusals);
    }
  }

  private void acceptAll() {
    try {
      while (true) {
        SocketChannel peer = server.accept();
        Thread t =
            Thread.ofPlatform()
                .name(name + "-conn-" + connectionCount.incrementAndGet())
                .daemon()
                .unstarted(() -> serve(peer));
        if (!register(peer, t)) {
          peer.close();
          return;
        }
        t.start();
      }
    } catch (ClosedChannelException e) {
      // close() closed the server socket: the normal way out.
    } catch (IOException e) {
      refuse("channel: accepting stopped: " + e.getMessage());
    }
  }

  private boolean register(SocketChannel peer, Thread t) {
    synchronized (lock) {
      if (!closed) {
        connections.put(peer, t);
      }
      return !closed;
    }
  }

  private void serve(SocketChannel peer) {
    try {
      String refusal = handshake(peer);
      if (refusal != null) {
        refuse(peer, refusal);
        return;
      }
      answerCalls(peer);
    } catch (ChannelException e) {
      refuse(peer, e.getMessage());
    } catch (IOException e) {
      if (!isClosed()) {
        refuse("channel: connection lost: " + e.getMessage());
      }
    } finally {
      closeQuietly(peer);
      synchronized (lock) {
        connections.remove(peer);
      }
    }
  }

  /** Reads the HELLO; returns why it is refused, or null after answering WELCOME. */
  private String handshake(SocketChannel peer) throws IOException {
    Frame hello = Frames.read(peer);
    if (hello == null) {
      return "channel: connection closed before HELLO";
    }
    if (hello.type() != Wire.HELLO) {
      return "channel: expected HELLO, got " + hello.type();
    }
    if (!MessageDigest.isEqual(bytes(hello.text("secret")), bytes(secret))) {
      return "channel: wrong secret";
    }
    JsonNode version = hello.body().get("version");
    if (version == null || version.asInt() != Wire.VERSION) {
      return "channel: protocol version " + version + ", expected " + Wire.VERSION;
    }
    Frames.write(peer, new Frame(Wire.WELCOME, null));
    return null;
  }

  private void answerCalls(SocketChannel peer) throws IOException {
    for (Frame f = Frames.read(peer); f != null; f = Frames.read(peer)) {
      switch (f.type()) {
        case CALL -> Frames.write(peer, answer(f));
        case BYE -> {
          return;
        }
        default -> throw new ChannelException("channel: unexpected " + f.type() + " from a child");
      }
    }
  }

  private Frame answer(Frame call) {
    var body = Frame.object().put("id", call.id());
    try {
      body.set("value", handler.call(call.body().path("args")));
      return new Frame(Wire.REPLY, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Frame(Wire.ERROR, body.put("message", "channel: interrupted"));
    } catch (Exception e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Frame(Wire.ERROR, body.put("message", message));
    }
  }

  /**
   * Tells the peer why it is refused (if it still listens), ends the output so that it reads the
   * end of the stream, and remembers the reason. What the peer had still sent is read and dropped
   * (at most {@link Wire#MAX_FRAME} bytes), since closing a socket with unread bytes resets it and
   * the peer would lose the reason.
   */
  private void refuse(SocketChannel peer, String reason) {
    refuse(reason);
    try {
      Frames.write(peer, new Frame(Wire.REFUSED, Frame.object().put("reason", reason)));
      peer.shutdownOutput();
      ByteBuffer drop = ByteBuffer.allocate(8192);
      for (long n = 0; n <= Wire.MAX_FRAME && peer.read(drop.clear()) >= 0; n += drop.position()) {
        // dropping what the peer sent after the refused frame
      }
    } catch (IOException e) {
      // The peer is gone already; the reason is remembered all the same.
    }
  }

  private static void closeQuietly(SocketChannel peer) {
    try {
      peer.close();
    } catch (IOException e) {
      // Closing a socket that failed: nothing more to do.
    }
  }

  private void refuse(String reason) {
    synchronized (lock) {
      refusals.add(reason);
    }
  }

  private boolean isClosed() {
    synchronized (lock) {
      return closed;
    }
  }

  /**
   * Stops accepting, disconnects every child, joins every thread of this channel (waiting at most a
   * few seconds for each) and deletes the socket and its directory. Idempotent.
   */
  @Override
  public void close() throws IOException {
    List<Thread> threads = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      threads.add(acceptor);
      threads.addAll(connections.values());
      server.close();
      for (SocketChannel peer : connections.keySet()) {
        peer.close();
      }
    }
    joinAll(threads);
    Files.deleteIfExists(socket);
    Files.deleteIfExists(directory);
  }

  private static void joinAll(List<Thread> threads) {
    boolean interrupted = false;
    for (Thread t : threads) {
      try {
        t.join(JOIN);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static String newSecret() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return HexFormat.of().formatHex(raw);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
