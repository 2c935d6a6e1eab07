package dev.conch.net.download;

import dev.conch.net.download.DownloadFileResult.Restart;
import dev.conch.net.download.DownloadPart.Meta;
import dev.conch.net.download.DownloadPart.Segment;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * One URL of a download, from start to end: skipped when a complete copy is under its name (the
 * same sha256 when one is expected, else the length the server gives to HEAD); otherwise fetched
 * into its .part, in segments when asked and the server allows ranges, else as one stream; then
 * checked (the length announced, and the sha256 when one is expected) and only then renamed to its
 * name. A wrong sha256 deletes the .part: its bytes are known bad. Every failure ends this file
 * only; an interrupt keeps the .part and its meta. Confined to the worker that runs it.
 */
final class DownloadFile {
  private final URI url;
  private final String where;
  private final DownloadPart part;
  private final String expected;
  private final DownloadOptions options;
  private final DownloadHttp http;
  private final DownloadRetry retry;
  private final ThreadFactory segmentThreads;
  private final DownloadDigest digest; // null when no sha256 is expected

  /**
   * @param expected the sha256 the file must have, or null
   * @param segmentThreads makes the threads of its segments
   */
  DownloadFile(
      URI url,
      Path file,
      String expected,
      DownloadOptions options,
      DownloadHttp http,
      ThreadFactory segmentThreads) {
    this.url = url;
    this.where = url.toString();
    this.part = new DownloadPart(file);
    this.expected = expected;
    this.options = options;
    this.http = http;
    this.retry = new DownloadRetry(options.retries(), options.backoffMillis());
    this.segmentThreads = segmentThreads;
    this.digest = expected == null ? null : new DownloadDigest();
  }

  /**
   * Fetches the file, showing it in {@code progress}, and says how it ended. Interrupted, it
   * returns the file as stopped with the thread's interrupt set again.
   */
  DownloadFileResult run(DownloadProgress progress) {
    DownloadProgress.Fetching file = progress.start(part.file().getFileName().toString());
    DownloadFileResult result;
    try {
      result = fetchAndSave(file);
    } catch (DownloadError e) {
      result = result(file, DownloadOutcome.FAILED, partSize(), null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result = result(file, DownloadOutcome.STOPPED, partSize(), null, null);
    }
    progress.end(file, result.outcome());
    return result;
  }

  private DownloadFileResult fetchAndSave(DownloadProgress.Fetching file)
      throws InterruptedException {
    DownloadFileResult there = alreadyThere(file);
    if (there != null) {
      return there;
    }
    boolean earlier = DownloadStream.size(part) > 0 && !part.foreign(where);
    fetch(file);
    String sha = save(file);
    boolean resumed = earlier && file.restart() == Restart.NONE;
    DownloadOutcome outcome = resumed ? DownloadOutcome.RESUMED : DownloadOutcome.DOWNLOADED;
    return result(file, outcome, size(part.file()), sha, null);
  }

  /** The file as already there when a complete copy is under its name; else null. */
  private DownloadFileResult alreadyThere(DownloadProgress.Fetching file)
      throws InterruptedException {
    Path target = part.file();
    if (!Files.isRegularFile(target)) {
      return null;
    }
    long size = size(target);
    if (expected == null) {
      long announced = retry.call(this::headLength);
      return announced == size
          ? result(file, DownloadOutcome.ALREADY_THERE, size, null, null)
          : null;
    }
    String sha = sha256(target);
    return expected.equals(sha)
        ? result(file, DownloadOutcome.ALREADY_THERE, size, sha, null)
        : null;
  }

  private Long headLength() throws InterruptedException {
    try (DownloadReply head = http.head(url)) {
      if (head.passingFailure()) {
        throw head.error(); // worth another try
      }
      return head.status() == 200 ? head.length() : -1;
    }
  }

  /** Fills the .part: its segments when it has or may have them, else one stream. */
  private void fetch(DownloadProgress.Fetching file) throws InterruptedException {
    if (part.foreign(where)) {
      part.startOver();
    }
    Meta meta = part.meta(where);
    if (meta != null && meta.segmented()) {
      if (holds(meta) && segmented(meta, file)) {
        return;
      }
      part.startOver();
    } else if (options.segments() > 1 && DownloadStream.size(part) == 0) {
      Meta planned = retry.call(this::planSegments);
      if (planned != null && segmented(planned, file)) {
        return;
      }
    }
    new DownloadStream(url, part, http, retry, file, digest).fetch();
  }

  /** The segments the server's answer to HEAD allows, written to the meta; null for none. */
  private Meta planSegments() throws InterruptedException {
    try (DownloadReply head = http.head(url)) {
      if (head.passingFailure()) {
        throw head.error(); // worth another try
      }
      long length = head.length();
      if (head.status() != 200 || !head.acceptsRanges() || length < 0) {
        return null;
      }
      List<Segment> segments =
          DownloadSegments.plan(length, options.segments(), options.minSegmentBytes());
      if (segments.isEmpty()) {
        return null;
      }
      Meta meta = new Meta(where, head.etag(), head.lastModified(), length, segments);
      part.startOver();
      writeMeta(meta);
      return meta;
    }
  }

  /** Fetches the segments of {@code meta}; false when the server would not split the file. */
  private boolean segmented(Meta meta, DownloadProgress.Fetching file) throws InterruptedException {
    try {
      new DownloadSegments(url, part, http, retry, file, segmentThreads).fetch(meta);
      return true;
    } catch (DownloadSegments.RangeRefused e) {
      part.startOver();
      file.restarted(e.why());
      file.segmented(1);
      return false;
    }
  }

  /**
   * Checks the full .part and renames it to the file's name; returns its sha256 when one is
   * expected (taken while it was written, else read from the disk), else null.
   *
   * @throws DownloadError a short body, or a sha256 mismatch (the .part is then deleted)
   */
  private String save(DownloadProgress.Fetching file) throws InterruptedException {
    long size = DownloadStream.size(part);
    long length = file.total();
    if (length >= 0 && size != length) {
      throw DownloadError.shortBody(where, size, length);
    }
    String sha = null;
    if (expected != null) {
      String written = digest.hex(size);
      sha = written != null ? written : sha256(part.part());
    }
    try {
      if (expected != null && !expected.equals(sha)) {
        part.discard();
        throw DownloadError.sha256(part.file().toString(), expected, sha);
      }
      part.finish();
    } catch (IOException e) {
      throw DownloadError.write(part.file().toString(), DownloadError.reason(e));
    }
    return sha;
  }

  private boolean holds(Meta meta) {
    try {
      return part.holds(meta);
    } catch (IOException e) {
      return false;
    }
  }

  private void writeMeta(Meta meta) {
    try {
      part.writeMeta(meta);
    } catch (IOException e) {
      throw DownloadError.write(part.part().toString(), DownloadError.reason(e));
    }
  }

  private String sha256(Path path) throws InterruptedException {
    try {
      return DownloadChecksums.sha256(path);
    } catch (ClosedByInterruptException e) {
      throw new InterruptedException();
    } catch (IOException e) {
      throw DownloadError.read(path.toString(), DownloadError.reason(e));
    }
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw DownloadError.read(path.toString(), DownloadError.reason(e));
    }
  }

  private long partSize() {
    try {
      return part.size();
    } catch (IOException e) {
      return 0;
    }
  }

  private DownloadFileResult result(
      DownloadProgress.Fetching file,
      DownloadOutcome outcome,
      long size,
      String sha,
      DownloadError error) {
    boolean verified = sha != null && sha.equals(expected);
    return new DownloadFileResult(
        url,
        part.file(),
        outcome,
        size,
        file.fetched(),
        file.elapsedNanos(),
        file.restart(),
        file.segments(),
        sha,
        verified,
        error);
  }
}
