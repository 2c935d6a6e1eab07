package dev.conch.net.download;

import dev.conch.net.download.DownloadFileResult.Restart;
import dev.conch.net.download.DownloadPart.Meta;
import dev.conch.net.download.DownloadPart.Segment;
import java.io.IOException;
import java.io.Serial;
import java.net.URI;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongConsumer;

/**
 * One file fetched as several ranged requests at once, as aria2's {@code -x -s}: each segment
 * {@code [start, end]} on a virtual thread of its own ({@code download-segment-N}, not journaled),
 * asking {@code Range: bytes=start-end} with {@code If-Range}, writing at its offsets of the .part,
 * retried on its own from where it got. When every segment's thread has stopped, finished or not,
 * the .part's meta is rewritten with how far each got, so a stopped file continues segment by
 * segment next time. An answer that is not the range asked means the server will not split the
 * file: {@link RangeRefused} tells the caller to fetch it as one stream instead. Owned and joined
 * by the worker fetching the file, which calls {@link #fetch}.
 */
final class DownloadSegments {
  private final URI url;
  private final String where;
  private final DownloadPart part;
  private final DownloadHttp http;
  private final DownloadRetry retry;
  private final DownloadProgress.Fetching file;
  private final ThreadFactory threads;

  DownloadSegments(
      URI url,
      DownloadPart part,
      DownloadHttp http,
      DownloadRetry retry,
      DownloadProgress.Fetching file,
      ThreadFactory threads) {
    this.url = url;
    this.where = url.toString();
    this.part = part;
    this.http = http;
    this.retry = retry;
    this.file = file;
    this.threads = threads;
  }

  /** A segment's answer was not its range: fetch the file as one stream, from byte 0. */
  static final class RangeRefused extends RuntimeException {
    @Serial private static final long serialVersionUID = 1L;

    private final Restart why;

    RangeRefused(Restart why) {
      super(why.note(), null, false, false);
      this.why = why;
    }

    Restart why() {
      return why;
    }
  }

  /**
   * {@code n} segments of a file of {@code length} bytes, each at least {@code min} bytes long (the
   * last takes the rest); an empty list when fewer than two would do.
   */
  static List<Segment> plan(long length, int n, long min) {
    int count = (int) Math.min(n, length / Math.max(1, min));
    if (count < 2) {
      return List.of();
    }
    List<Segment> segments = new ArrayList<>(count);
    long size = length / count;
    for (int i = 0; i < count; i++) {
      long end = i == count - 1 ? length - 1 : (i + 1) * size - 1;
      segments.add(new Segment(i * size, end, 0));
    }
    return segments;
  }

  /**
   * Fetches every unfinished segment of {@code meta} at once and returns when all are written.
   *
   * @throws RangeRefused when the server did not answer a segment with its range
   * @throws DownloadError the first failure of a segment after its retries
   */
  void fetch(Meta meta) throws InterruptedException {
    List<Segment> segments = meta.segments();
    AtomicLongArray done = new AtomicLongArray(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      done.set(i, segments.get(i).done());
    }
    file.segmented(segments.size());
    file.begin(segments.stream().mapToLong(Segment::done).sum(), meta.length());
    RuntimeException failure;
    try (ExecutorService segmentThreads = Executors.newThreadPerTaskExecutor(threads)) {
      List<Future<Void>> futures = new ArrayList<>();
      for (int i = 0; i < segments.size(); i++) {
        int index = i;
        futures.add(segmentThreads.submit(() -> retry.call(() -> one(meta, index, done))));
      }
      failure = await(futures, segmentThreads);
    } // every segment's thread has stopped here; interrupted, close() set the interrupt again
    boolean interrupted = Thread.interrupted();
    save(meta, done);
    if (interrupted) {
      throw new InterruptedException();
    }
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Waits for every segment and returns the first failure, the others stopped once one fails.
   * Interrupted, it stops them all and sets the interrupt again.
   */
  private static RuntimeException await(
      List<Future<Void>> futures, ExecutorService segmentThreads) {
    RuntimeException failure = null;
    for (Future<Void> future : futures) {
      try {
        future.get();
      } catch (ExecutionException e) {
        failure = first(failure, e.getCause());
        segmentThreads.shutdownNow(); // one failed: the file fails, the others stop
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        segmentThreads.shutdownNow();
        return failure;
      }
    }
    return failure;
  }

  /** The failure to report: the first that is not a segment stopped because another failed. */
  private static RuntimeException first(RuntimeException before, Throwable next) {
    if (before != null || !(next instanceof RuntimeException e)) {
      return before;
    }
    return e;
  }

  /** Fetches the rest of segment {@code index}; one try. */
  private Void one(Meta meta, int index, AtomicLongArray done) throws InterruptedException {
    Segment segment = meta.segments().get(index);
    long from = segment.start() + done.get(index);
    if (from > segment.end()) {
      return null;
    }
    try (DownloadReply reply = http.get(url, from, segment.end(), meta.validator())) {
      checkRange(meta, reply, from);
      try (FileChannel channel = part.open()) {
        LongConsumer written =
            n -> {
              done.addAndGet(index, n);
              file.add(n);
            };
        var copied =
            DownloadStream.copy(
                reply,
                channel,
                from,
                DownloadStream.BeforeWrite.NOTHING,
                written,
                http.timeoutMillis());
        DownloadStream.check(copied, segment.end() + 1, where, http);
      }
    } catch (ClosedByInterruptException e) {
      throw new InterruptedException();
    } catch (IOException e) {
      throw DownloadError.write(part.part().toString(), DownloadError.reason(e));
    }
    return null;
  }

  /**
   * Throws unless {@code reply} is the range from {@code from} of the file {@code meta} describes:
   * {@link RangeRefused} for another answer of the file, the HTTP failure for anything else.
   */
  private static void checkRange(Meta meta, DownloadReply reply, long from) {
    DownloadReply.Range range = reply.range();
    if (reply.status() == 200
        || (reply.status() == 206 && (range == null || range.start() != from))) {
      throw new RangeRefused(DownloadStream.why(meta, reply));
    }
    if (reply.status() != 206) {
      throw reply.error();
    }
    if (range.total() != meta.length()) {
      throw new RangeRefused(Restart.CHANGED); // another length: another file
    }
  }

  /** Rewrites the meta with how far each segment got; its writers have all stopped. */
  private void save(Meta meta, AtomicLongArray done) {
    List<Segment> now = new ArrayList<>();
    for (int i = 0; i < meta.segments().size(); i++) {
      Segment s = meta.segments().get(i);
      now.add(new Segment(s.start(), s.end(), done.get(i)));
    }
    try {
      part.writeMeta(meta.withSegments(now));
    } catch (IOException e) {
      throw DownloadError.write(part.part().toString(), DownloadError.reason(e));
    }
  }
}
