package dev.conch.net.download;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The body of one answer, taken chunk by chunk by the thread that writes it, with a limit on how
 * long the server may stay silent: the {@link java.net.http.HttpClient} times only the wait for the
 * headers, and its own input stream cannot be given a read timeout. Asks for one chunk ahead of the
 * one being written.
 *
 * <p>Thread model: the client's threads call the {@link Flow.Subscriber} methods; one reader calls
 * {@link #next} and {@link #cancel}. The queue hands every chunk over (happens-before).
 */
final class DownloadBody implements Flow.Subscriber<List<ByteBuffer>> {
  private static final Object END = new Object();

  private final BlockingQueue<Object> items = new LinkedBlockingQueue<>(); // at most 2 chunks
  private Flow.Subscription subscription; // guarded by this
  private boolean cancelled; // guarded by this

  private record Chunk(List<ByteBuffer> buffers) {}

  private record Failure(Throwable error) {}

  @Override
  public void onSubscribe(Flow.Subscription s) {
    synchronized (this) {
      if (!cancelled) {
        subscription = s;
        s.request(1);
        return;
      }
    }
    s.cancel();
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    items.add(new Chunk(buffers));
  }

  @Override
  public void onError(Throwable error) {
    items.add(new Failure(error));
  }

  @Override
  public void onComplete() {
    items.add(END);
  }

  /**
   * The next buffers of the body, or null at its end.
   *
   * @throws HttpTimeoutException when nothing came for {@code timeoutMillis} (the body is dropped)
   * @throws IOException when the connection failed, as the client says it
   */
  List<ByteBuffer> next(long timeoutMillis) throws IOException, InterruptedException {
    Object item = items.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    if (item == null) {
      cancel();
      throw new HttpTimeoutException("the body stopped for " + timeoutMillis + " ms");
    }
    return switch (item) {
      case Chunk chunk -> {
        request();
        yield chunk.buffers();
      }
      case Failure(IOException e) -> throw e;
      case Failure(Throwable e) -> throw new IOException(e);
      default -> {
        ended();
        yield null;
      }
    };
  }

  private synchronized void ended() {
    subscription = null; // nothing left to cancel: the connection goes back to the client's pool
  }

  private synchronized void request() {
    if (subscription != null) {
      subscription.request(1);
    }
  }

  /** Drops the rest of the body; the client closes its connection. */
  void cancel() {
    Flow.Subscription s;
    synchronized (this) {
      cancelled = true;
      s = subscription;
      subscription = null;
    }
    if (s != null) {
      s.cancel();
    }
  }
}
