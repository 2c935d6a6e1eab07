package dev.conch.net.download;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;

/**
 * The body of one answer, read chunk by chunk by the thread that writes it, with a limit on how
 * long the server may stay silent. Each chunk is one of the client's pooled buffers, given to the
 * file as it is (no copy) and handed back to the pool when the next one is asked for, or on {@link
 * #cancel()}.
 *
 * <p>Confined to the reader, except that the client runs the demand callback on its own thread; the
 * semaphore hands that wake-up over (happens-before).
 */
final class DownloadBody {
  private final Content.Source source;
  private Content.Chunk held; // the chunk the reader is writing, to be released
  private boolean ended;

  DownloadBody(Content.Source source) {
    this.source = source;
  }

  /**
   * The next bytes of the body, or null at its end. The buffer is valid until the next call.
   *
   * @throws HttpTimeoutException when nothing came for {@code timeoutMillis} (the body is dropped)
   * @throws IOException when the connection failed, as the client says it
   */
  ByteBuffer next(long timeoutMillis) throws IOException, InterruptedException {
    release();
    while (!ended) {
      Content.Chunk chunk = source.read();
      if (chunk == null) {
        await(timeoutMillis);
        continue;
      }
      if (Content.Chunk.isFailure(chunk)) {
        ended = true;
        throw asIo(chunk.getFailure());
      }
      ended = chunk.isLast();
      if (chunk.hasRemaining()) {
        held = chunk;
        return chunk.getByteBuffer();
      }
      chunk.release();
    }
    return null;
  }

  private void await(long timeoutMillis) throws IOException, InterruptedException {
    Semaphore ready = new Semaphore(0);
    source.demand(ready::release);
    try {
      if (!ready.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS)) {
        throw new HttpTimeoutException("the body stopped for " + timeoutMillis + " ms");
      }
    } catch (InterruptedException | IOException e) {
      cancel();
      throw e;
    }
  }

  private void release() {
    if (held != null) {
      held.release();
      held = null;
    }
  }

  /**
   * Drops the rest of the body, unless it was read to its end; the client closes its connection.
   */
  void cancel() {
    release();
    if (!ended) {
      ended = true;
      source.fail(new IOException("the download stopped reading"));
    }
  }

  /** What the client failed with, as the {@link IOException} the download's errors expect. */
  static IOException asIo(Throwable failure) {
    return switch (failure) {
      case IOException e -> e;
      case TimeoutException e -> new HttpTimeoutException(String.valueOf(e.getMessage()));
      default -> new IOException(failure.getMessage(), failure);
    };
  }
}
