package dev.conch.net.download;

import dev.conch.net.download.DownloadFileResult.Restart;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * One file fetched as one stream into its .part, as {@code curl -C -} and {@code wget -c} do: a
 * .part with {@code N} bytes is continued with {@code Range: bytes=N-} and {@code If-Range} (the
 * validator its meta kept), and only a {@code 206} whose {@code Content-Range} starts at {@code N}
 * is appended. A {@code 200} means the server ignored the range, or the file changed: the .part is
 * emptied and the answer written from byte 0, and the file says why. A {@code 416} for a length of
 * exactly {@code N} means the .part is complete. Each try starts again from the .part's actual
 * length, so a retry after a short body continues it. Confined to the worker fetching the file.
 */
final class DownloadStream {
  private final URI url;
  private final String where;
  private final DownloadPart part;
  private final DownloadHttp http;
  private final DownloadRetry retry;
  private final DownloadProgress.Fetching file;
  private final DownloadDigest digest;

  /**
   * @param digest hashes what is written, when the file's sha256 is to be checked; or null
   */
  DownloadStream(
      URI url,
      DownloadPart part,
      DownloadHttp http,
      DownloadRetry retry,
      DownloadProgress.Fetching file,
      DownloadDigest digest) {
    this.url = url;
    this.where = url.toString();
    this.part = part;
    this.http = http;
    this.retry = retry;
    this.file = file;
    this.digest = digest;
  }

  /** The bytes written from one answer: the position after the last, and why it stopped early. */
  record Copied(long end, IOException failure) {}

  /** Fetches the rest of the file into the .part, trying again as the options allow. */
  void fetch() throws InterruptedException {
    retry.call(this::once);
  }

  private Void once() throws InterruptedException {
    long have = size(part);
    DownloadPart.Meta meta = have > 0 ? part.meta(where) : null;
    try (DownloadReply reply = http.get(url, have, -1, meta == null ? null : meta.validator())) {
      DownloadReply.Range range = reply.range();
      int status = reply.status();
      if (have > 0 && status == 206 && continues(meta, range, have)) {
        return write(reply, have);
      }
      if (have > 0 && status == 416 && range != null && range.total() == have) {
        file.begin(have, have); // the .part is the whole file already
        return null;
      }
      if (status == 200) {
        if (have > 0) {
          restart(why(meta, reply));
        }
        return write(reply, 0);
      }
      if (have == 0 || (status != 206 && status != 416)) {
        throw reply.error();
      }
    }
    restart(Restart.CHANGED); // a range or length that does not fit the .part: start from 0
    return once();
  }

  /** Whether a 206 for {@code range} is the rest of a .part of {@code have} bytes. */
  private static boolean continues(DownloadPart.Meta meta, DownloadReply.Range range, long have) {
    return range != null
        && range.start() == have
        && (meta == null || meta.length() < 0 || meta.length() == range.total());
  }

  private Void write(DownloadReply reply, long from) throws InterruptedException {
    long total = reply.fileLength();
    DownloadPart.Meta meta =
        new DownloadPart.Meta(where, reply.etag(), reply.lastModified(), total, List.of());
    try {
      file.begin(from, total);
      try (FileChannel channel = part.open()) {
        BeforeWrite before = new MetaFirst(meta, total, from > 0);
        Copied copied = copy(reply, channel, from, before, file::add, http.timeoutMillis());
        check(copied, total, where, http);
      }
    } catch (ClosedByInterruptException e) {
      throw new InterruptedException();
    } catch (IOException e) {
      throw DownloadError.write(part.part().toString(), DownloadError.reason(e));
    }
    return null;
  }

  private void restart(Restart why) throws InterruptedException {
    part.startOver();
    file.restarted(why);
  }

  /** The .part's length; a failure to read it is a failure to write the file. */
  static long size(DownloadPart part) {
    try {
      return part.size();
    } catch (IOException e) {
      throw DownloadError.write(part.part().toString(), DownloadError.reason(e));
    }
  }

  /**
   * Why a server sent the whole file when asked for a range: the file changed when its validator
   * differs from the one the .part's meta kept, else it ignored the range.
   */
  static Restart why(DownloadPart.Meta meta, DownloadReply reply) {
    if (meta == null || meta.validator() == null) {
      return Restart.RANGE_IGNORED;
    }
    String now = meta.validator().equals(meta.etag()) ? reply.etag() : reply.lastModified();
    return now != null && !now.equals(meta.validator()) ? Restart.CHANGED : Restart.RANGE_IGNORED;
  }

  /** What is done with bytes about to be written at a position of the .part, before they are. */
  @FunctionalInterface
  interface BeforeWrite {
    /** Nothing. */
    BeforeWrite NOTHING = (at, bytes) -> {};

    /** Sees {@code bytes} (from their position to their limit), to be written at {@code at}. */
    void accept(long at, ByteBuffer bytes) throws IOException;
  }

  /**
   * Keeps the .part's meta for a resume: written before the first bytes that leave the .part short
   * of the whole file, or at once when the .part is continued. A body whose first bytes are the
   * whole file needs none: the .part is renamed as soon as it is checked, and a .part left whole by
   * a crash in between is completed by a {@code 416} next time (its sha256 checked when one is
   * expected). This spares a small file a write and a rename of its meta, most of its cost beside
   * the request. Each write is also handed to the digest, when there is one.
   */
  private final class MetaFirst implements BeforeWrite {
    private final DownloadPart.Meta meta;
    private final long total;
    private boolean kept;

    MetaFirst(DownloadPart.Meta meta, long total, boolean now) throws IOException {
      this.meta = meta;
      this.total = total;
      if (now) {
        keep();
      }
    }

    @Override
    public void accept(long at, ByteBuffer bytes) throws IOException {
      if (!kept && (total < 0 || at + bytes.remaining() < total)) {
        keep();
      }
      if (digest != null) {
        digest.add(at, bytes);
      }
    }

    private void keep() throws IOException {
      part.writeMeta(meta);
      kept = true;
    }
  }

  /**
   * Writes the body of {@code reply} into {@code channel} from {@code position}, showing {@code
   * before} the bytes of every write and telling {@code written} how many were written. A failure
   * of the body ends it and is returned; a failure to write is thrown ({@link DownloadError}, or
   * {@link ClosedByInterruptException} when interrupted).
   */
  static Copied copy(
      DownloadReply reply,
      FileChannel channel,
      long position,
      BeforeWrite before,
      LongConsumer written,
      long timeoutMillis)
      throws IOException, InterruptedException {
    long at = position;
    while (true) {
      ByteBuffer buffer;
      try {
        buffer = reply.next(timeoutMillis);
      } catch (IOException e) {
        return new Copied(at, e);
      }
      if (buffer == null) {
        return new Copied(at, null);
      }
      long from = at;
      before.accept(from, buffer);
      while (buffer.hasRemaining()) {
        at += channel.write(buffer, at);
      }
      written.accept(at - from);
    }
  }

  /**
   * Throws what an answer's early end means: a timeout, a short body when fewer than {@code end}
   * bytes came ({@code end} -1: unknown), or the connection's failure.
   */
  static void check(Copied copied, long end, String where, DownloadHttp http) {
    if (copied.failure() instanceof HttpTimeoutException) {
      throw DownloadError.timeout(where, http.timeoutMillis());
    }
    if (end >= 0 && copied.end() < end) {
      throw DownloadError.shortBody(where, copied.end(), end);
    }
    if (copied.failure() != null) {
      throw http.failure(where, copied.failure());
    }
  }
}
