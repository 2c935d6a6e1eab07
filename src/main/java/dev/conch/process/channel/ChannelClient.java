package dev.conch.process.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child's end of the channel: connects to the parent's socket, says {@link Wire#HELLO} with the
 * session's secret, then sends calls and waits for their replies, matched by request id.
 *
 * <p>Thread-safe: many threads may call at once. Each frame is written by a short-lived virtual
 * thread (an interrupted writer would close the socket), writes serialised by {@code writeLock};
 * one thread, {@code conch-channel-client-<n>}, owned by this client, reads every reply and
 * completes the caller waiting for its id. {@link #close()} says {@link Wire#BYE}, closes the
 * socket and joins that thread.
 */
public final class ChannelClient implements AutoCloseable {
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final SocketChannel socket;
  private final Object writeLock = new Object();
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CompletableFuture<Frame>> pending = new ConcurrentHashMap<>();
  private final Thread reader;
  private volatile String lost; // why the channel ended, or null while it is open
  private volatile boolean closing; // close() was called: the end is this side's doing
  private volatile Runnable whenLost = () -> {};

  private ChannelClient(SocketChannel socket) {
    this.socket = socket;
    this.reader =
        Thread.ofPlatform()
            .name("conch-channel-client-" + CLIENTS.incrementAndGet())
            .daemon()
            .unstarted(this::readReplies);
  }

  /**
   * Connects to the channel at {@code path} and introduces itself with {@code secret}.
   *
   * @throws ChannelError when the parent refuses, e.g. {@code channel: refused: channel: wrong
   *     secret}
   */
  public static ChannelClient connect(Path path, String secret) throws IOException {
    SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      socket.connect(UnixDomainSocketAddress.of(path));
      var hello = Frame.object().put("secret", secret).put("version", Wire.VERSION);
      Frames.write(socket, new Frame(Wire.HELLO, hello.put("pid", ProcessHandle.current().pid())));
      Frame answer = Frames.read(socket);
      if (answer == null || answer.type() != Wire.WELCOME) {
        throw new ChannelError("channel: refused: " + reason(answer));
      }
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    ChannelClient client = new ChannelClient(socket);
    client.reader.start();
    return client;
  }

  private static String reason(Frame answer) {
    if (answer == null) {
      return "the parent closed the connection";
    }
    return answer.type() == Wire.REFUSED ? answer.text("reason") : "got " + answer.type();
  }

  /**
   * Asks the parent to answer {@code args} and waits at most {@code timeout} for the value.
   *
   * @throws ChannelError when the call failed in the parent, timed out, or the channel ended
   */
  public JsonNode call(JsonNode args, Duration timeout) throws IOException, InterruptedException {
    long id = ids.incrementAndGet();
    CompletableFuture<Frame> reply = new CompletableFuture<>();
    pending.put(id, reply);
    try {
      send(new Frame(Wire.CALL, Frame.object().put("id", id).set("args", args)));
      Frame answer = reply.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      if (answer.type() == Wire.ERROR) {
        throw new ChannelError("channel: call " + id + " failed: " + answer.text("message"));
      }
      return answer.body().path("value");
    } catch (ExecutionException e) {
      throw new ChannelError(e.getCause().getMessage());
    } catch (TimeoutException e) {
      throw new ChannelError("channel: call " + id + " had no reply within " + timeout);
    } finally {
      pending.remove(id);
    }
  }

  private void send(Frame frame) throws IOException {
    String why = lost;
    if (why != null) {
      throw new ChannelError(why);
    }
    FutureTask<Void> write =
        new FutureTask<>(
            () -> {
              synchronized (writeLock) {
                Frames.write(socket, frame);
              }
              return null;
            });
    // A socket channel is closed when a thread writing to it is interrupted, which would cut the
    // child off whenever Ctrl-C or cancel() interrupted a thread sending a call; so the frame is
    // written by a thread of its own that nobody interrupts, and the caller keeps its interrupt.
    Thread.ofVirtual().name(reader.getName() + "-write").start(write);
    boolean interrupted = false;
    try {
      while (true) {
        try {
          write.get();
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void readReplies() {
    String why = "channel: closed by the parent";
    try {
      for (Frame f = Frames.read(socket); f != null; f = Frames.read(socket)) {
        CompletableFuture<Frame> waiter = pending.get(f.id());
        if (waiter != null) {
          waiter.complete(f);
        }
      }
    } catch (IOException e) {
      why = socket.isOpen() ? "channel: " + e.getMessage() : "channel: closed";
    }
    lost = why;
    if (!closing) {
      whenLost.run(); // before the callers hear: they must not end the child their own way
    }
    for (CompletableFuture<Frame> waiter : pending.values()) {
      waiter.completeExceptionally(new ChannelError(why));
    }
  }

  /**
   * Runs {@code action} on the reading thread if the parent ends the connection (or dies) before
   * this side closes it: a child uses it to end itself when its parent is gone.
   */
  public void onLost(Runnable action) {
    this.whenLost = action;
  }

  /** Says BYE, closes the connection and joins the reading thread. Idempotent. */
  @Override
  public void close() throws IOException {
    closing = true;
    try {
      if (lost == null && socket.isOpen()) {
        send(new Frame(Wire.BYE, null));
      }
    } catch (IOException e) {
      // The parent is gone already; closing is all that is left.
    } finally {
      socket.close();
      joinReader();
    }
  }

  private void joinReader() {
    try {
      reader.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
