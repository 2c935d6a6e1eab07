package dev.conch.net.download;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The files of one URL in the target directory: {@code NAME}, which only ever receives a complete,
 * checked file (by an atomic rename); {@code NAME.part}, the bytes fetched so far; and {@code
 * NAME.part.meta}, a small JSON note of what the .part is: its URL, the server's validator (ETag or
 * Last-Modified) for {@code If-Range}, its length and, for a file fetched in segments, how far each
 * segment got; a .part whose first write is the whole file goes without one. Bytes go straight to
 * the .part through {@link FileChannel} writes, so after a crash its length is what was written; a
 * one-stream resume starts there. A segmented .part has holes, so its meta counts each segment's
 * bytes, rewritten only after every segment's writer has stopped: the counts never claim a byte
 * that was not written. Confined to the worker fetching the file; segments open channels of their
 * own.
 */
final class DownloadPart {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path file;
  private final Path part;
  private final Path meta;

  DownloadPart(Path file) {
    this.file = file;
    this.part = file.resolveSibling(file.getFileName() + ".part");
    this.meta = file.resolveSibling(file.getFileName() + ".part.meta");
  }

  /**
   * The bytes {@code [start, end]} of a file, {@code done} of them written from {@code start} on.
   */
  record Segment(long start, long end, long done) {
    /** The first byte not yet written. */
    long next() {
      return start + done;
    }

    /** Whether all of its bytes are written. */
    boolean complete() {
      return next() > end;
    }
  }

  /**
   * What a .part is.
   *
   * @param url the URL it comes from
   * @param etag the server's ETag, or null
   * @param lastModified the server's Last-Modified, or null
   * @param length the whole file's length, or -1 when not announced
   * @param segments for a segmented .part, its segments in order; empty for one stream
   */
  record Meta(String url, String etag, String lastModified, long length, List<Segment> segments) {
    Meta {
      segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** What to send as {@code If-Range}: a strong ETag, else Last-Modified, else null. */
    String validator() {
      return etag != null && !etag.startsWith("W/") ? etag : lastModified;
    }

    /** Whether the .part was fetched in segments. */
    boolean segmented() {
      return !segments.isEmpty();
    }

    /** This meta with {@code newSegments}. */
    Meta withSegments(List<Segment> newSegments) {
      return new Meta(url, etag, lastModified, length, newSegments);
    }
  }

  /** The final file. */
  Path file() {
    return file;
  }

  /** The .part file. */
  Path part() {
    return part;
  }

  /** The bytes in the .part, or 0 when there is none. */
  long size() throws IOException {
    return Files.isRegularFile(part) ? Files.size(part) : 0;
  }

  /**
   * The meta of the .part when there is a .part and its meta is readable and names {@code url};
   * else null.
   */
  Meta meta(String url) {
    if (!Files.isRegularFile(part) || !Files.isRegularFile(meta)) {
      return null;
    }
    try {
      Meta read = JSON.readValue(meta.toFile(), Meta.class);
      return url.equals(read.url()) ? read : null;
    } catch (IOException | RuntimeException e) {
      return null; // a torn or foreign meta says nothing we can trust
    }
  }

  /**
   * Whether the .part's meta is there but says the .part is not {@code url}'s (another URL saved
   * under this name before), or cannot be read: then the .part's bytes are not to be continued.
   */
  boolean foreign(String url) {
    return Files.isRegularFile(part) && Files.isRegularFile(meta) && meta(url) == null;
  }

  /** Whether {@code meta}'s segments claim no byte beyond the .part's end. */
  boolean holds(Meta read) throws IOException {
    long size = size();
    return read.segments().stream().allMatch(s -> s.done() == 0 || s.next() <= size)
        && read.segments().stream().allMatch(s -> s.done() >= 0 && s.next() <= s.end() + 1);
  }

  /** Writes {@code m} beside the .part, replacing the old meta at once. */
  void writeMeta(Meta m) throws IOException {
    Path temp = meta.resolveSibling(meta.getFileName() + ".new");
    JSON.writeValue(temp.toFile(), m);
    Files.move(temp, meta, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** An empty .part with no meta: the next bytes start at 0. */
  void reset() throws IOException {
    Files.deleteIfExists(meta);
    try (FileChannel channel = open()) {
      channel.truncate(0);
    }
  }

  /**
   * {@link #reset()}, its failures said as a download says them: an interrupt, or a .part that
   * cannot be written.
   */
  void startOver() throws InterruptedException {
    try {
      reset();
    } catch (ClosedByInterruptException e) {
      throw new InterruptedException();
    } catch (IOException e) {
      throw DownloadError.write(part.toString(), DownloadError.reason(e));
    }
  }

  /** The .part open for writing at any position, made when missing. */
  FileChannel open() throws IOException {
    return FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
  }

  /**
   * Moves the checked .part to its final name at once (replacing what is there); drops the meta.
   */
  void finish() throws IOException {
    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(meta);
  }

  /** Deletes the .part and its meta. */
  void discard() throws IOException {
    Files.deleteIfExists(part);
    Files.deleteIfExists(meta);
  }
}
