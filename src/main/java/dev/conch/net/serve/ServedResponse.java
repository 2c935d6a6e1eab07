package dev.conch.net.serve;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingNestedCallback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The response to one request, as a {@link FileServer} sends it: it counts the body bytes, paces
 * them to the connection's budget when the link is slow, and logs the request once, just before the
 * client can see its end (when the bytes that complete it are handed on, or when the handler
 * finishes, if that comes first), so a client that has its answer finds it in the log.
 *
 * <p>Pacing never blocks a thread: a body write is cut into chunks of about a fiftieth of a
 * second's worth, and each chunk that must wait is handed on by Jetty's scheduler when its time
 * comes; the writer's callback completes after the last chunk. Thread-safe: Jetty calls {@code
 * write} one at a time (the next only after the previous completed), from any of its threads, and
 * the chunks are written from the scheduler's thread.
 */
final class ServedResponse extends Response.Wrapper {
  private static final int MIN_CHUNK = 1024;
  private static final int MAX_CHUNK = 64 * 1024;
  private static final long MIN_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final ServedConnection connection;
  private final ServeLog log;
  private final boolean head;
  private final String range;
  private final long startNanos;
  private final int chunk;
  private final boolean paced;
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicBoolean logged = new AtomicBoolean();

  ServedResponse(
      Request request, Response response, ServedConnection connection, ServeLog log, long rate) {
    super(request, response);
    this.connection = connection;
    this.log = log;
    this.head = HttpMethod.HEAD.is(request.getMethod());
    this.range = request.getHeaders().get(HttpHeader.RANGE);
    this.startNanos = System.nanoTime();
    this.chunk = Math.clamp(rate / 50, MIN_CHUNK, MAX_CHUNK);
    this.paced = rate > 0 && !head;
  }

  @Override
  public void write(boolean last, ByteBuffer content, Callback callback) {
    if (!paced || content == null || !content.hasRemaining()) {
      handOn(last, content, callback);
    } else {
      new PacedWrite(last, content, callback).iterate();
    }
  }

  /**
   * Hands a write to the connection, logging the request first when the client will have all of the
   * answer with it: any write of a HEAD (its headers are all of it), the last write, or the one
   * that completes the Content-Length (Jetty may follow that with an empty last write).
   */
  private void handOn(boolean last, ByteBuffer content, Callback callback) {
    long sent = bytes.addAndGet(head || content == null ? 0 : content.remaining());
    long length = head ? 0 : getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    if (last || (length >= 0 && sent >= length)) {
      record(sent, true);
    }
    getWrapped().write(last, content, callback);
  }

  /** {@code callback}, logging the request before it completes, if no last write has yet. */
  Callback logging(Callback callback) {
    return new Callback.Nested(callback) {
      @Override
      public void succeeded() {
        record(bytes.get(), true);
        super.succeeded();
      }

      @Override
      public void failed(Throwable cause) {
        record(bytes.get(), false);
        super.failed(cause);
      }
    };
  }

  private void record(long sent, boolean complete) {
    if (!logged.compareAndSet(false, true)) {
      return;
    }
    Request request = getRequest();
    int status = getStatus() == 0 ? 200 : getStatus();
    log.add(
        new ServeRequest(
            request.getMethod(),
            request.getHttpURI().getDecodedPath(),
            range,
            complete || isCommitted() ? status : 500,
            sent,
            connection.number(),
            Request.getRemotePort(request),
            Duration.ofNanos(System.nanoTime() - startNanos),
            complete));
  }

  /** One body write, handed on chunk by chunk as the connection's budget allows. */
  private final class PacedWrite extends IteratingNestedCallback {
    private final boolean last;
    private final ByteBuffer content;
    private final Scheduler scheduler;

    PacedWrite(boolean last, ByteBuffer content, Callback callback) {
      super(callback);
      this.last = last;
      this.content = content;
      this.scheduler = getRequest().getComponents().getScheduler();
    }

    @Override
    protected Action process() {
      if (!content.hasRemaining()) {
        return Action.SUCCEEDED;
      }
      int n = Math.min(content.remaining(), chunk);
      ByteBuffer slice = content.slice(content.position(), n);
      content.position(content.position() + n);
      boolean lastSlice = last && !content.hasRemaining();
      long wait = connection.reserve(n, System.nanoTime());
      if (wait < MIN_WAIT_NANOS) {
        send(lastSlice, slice);
      } else {
        scheduler.schedule(() -> send(lastSlice, slice), wait, TimeUnit.NANOSECONDS);
      }
      return Action.SCHEDULED;
    }

    private void send(boolean lastSlice, ByteBuffer slice) {
      try {
        handOn(lastSlice, slice, this);
      } catch (RuntimeException e) {
        failed(e);
      }
    }
  }
}
