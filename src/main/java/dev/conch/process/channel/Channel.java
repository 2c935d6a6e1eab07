package dev.conch.process.channel;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The parent's end of the channel: a Unix-domain socket in a private directory (owner-only, {@code
 * rwx------}) under the system temp dir, which lets in only a child that sends this session's
 * secret in its {@link Wire#HELLO}. Anything else gets {@link Wire#REFUSED} with the reason, is
 * disconnected and is remembered in {@link #refusals()}; nothing is printed.
 *
 * <p>Thread-safe. The channel owns a platform thread {@code <name>-accept}, one platform thread
 * {@code <name>-conn-<n>} per connection, which reads that connection's frames, and a virtual
 * thread {@code <name>-call-<n>-<id>} per call, which asks the {@link CallHandler} and writes the
 * reply. When a connection ends its calls are interrupted and joined before the handler hears of
 * it. {@link #close()} stops and joins them all and deletes the socket and its directory.
 */
public final class Channel implements AutoCloseable {
  private static final AtomicInteger CHANNELS = new AtomicInteger();
  private static final Duration JOIN = Duration.ofSeconds(5);
  private static final String CLOSED_BEFORE_HELLO = "channel: connection closed before HELLO";

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
        int number = connectionCount.incrementAndGet();
        Thread t =
            Thread.ofPlatform()
                .name(name + "-conn-" + number)
                .daemon()
                .unstarted(() -> serve(peer, number));
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

  private void serve(SocketChannel socket, int number) {
    Peer peer = null;
    Set<Thread> calls = ConcurrentHashMap.newKeySet();
    try {
      Frame hello = Frames.read(socket, Wire.MAX_GREETING);
      String refusal = refusal(hello);
      if (refusal != null) {
        refuse(socket, refusal);
        return;
      }
      Frames.write(socket, new Frame(Wire.WELCOME, null));
      peer = new Peer(number, hello.body().path("pid").asLong(-1));
      handler.connected(peer);
      answerCalls(socket, peer, calls);
    } catch (ChannelError e) {
      refuse(socket, e.getMessage());
    } catch (IOException e) {
      if (!isClosed()) {
        refuse("channel: connection lost: " + e.getMessage());
      }
    } finally {
      closeQuietly(socket);
      endCalls(calls);
      if (peer != null) {
        handler.disconnected(peer);
      }
      synchronized (lock) {
        connections.remove(socket);
      }
    }
  }

  /** Why a connection that sent {@code hello} is refused, or null when it is let in. */
  private String refusal(Frame hello) {
    if (hello == null) {
      return CLOSED_BEFORE_HELLO;
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
    return null;
  }

  /** Reads the peer's frames until BYE or the end, answering each call on a thread of its own. */
  private void answerCalls(SocketChannel socket, Peer peer, Set<Thread> calls) throws IOException {
    Object writeLock = new Object();
    for (Frame f = Frames.read(socket); f != null; f = Frames.read(socket)) {
      switch (f.type()) {
        case CALL -> {
          Frame call = f;
          Thread t =
              Thread.ofVirtual()
                  .name(name + "-call-" + peer.id() + "-" + call.id())
                  .unstarted(() -> reply(socket, writeLock, answer(peer, call), calls));
          calls.add(t);
          t.start();
        }
        case BYE -> {
          return;
        }
        default -> throw new ChannelError("channel: unexpected " + f.type() + " from a child");
      }
    }
  }

  private static void reply(
      SocketChannel socket, Object writeLock, Frame reply, Set<Thread> calls) {
    try {
      synchronized (writeLock) {
        Frames.write(socket, reply);
      }
    } catch (IOException e) {
      // The child is gone; nobody waits for this answer any more.
    } finally {
      calls.remove(Thread.currentThread());
    }
  }

  /** Interrupts the calls of a connection that ended and waits for them to finish. */
  private static void endCalls(Set<Thread> calls) {
    for (Thread t : calls) {
      t.interrupt();
    }
    joinAll(List.copyOf(calls));
  }

  private Frame answer(Peer peer, Frame call) {
    var body = Frame.object().put("id", call.id());
    try {
      body.set("value", handler.call(peer, call.body().path("args")));
      return new Frame(Wire.REPLY, body);
    } catch (InterruptedException e) {
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
    if (!reason.equals(CLOSED_BEFORE_HELLO)) { // a child killed while it started is no stranger
      handler.refused(reason);
    }
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
