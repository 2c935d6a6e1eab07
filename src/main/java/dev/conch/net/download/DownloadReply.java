package dev.conch.net.download;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;

/**
 * One answer of the server, its headers read the way a careful downloader reads them: {@code
 * Content-Length}, {@code Content-Range} ({@code bytes 100-199/1000}, {@code bytes *}{@code
 * /1000}), {@code Accept-Ranges}, the validators {@code ETag} and {@code Last-Modified}, and {@code
 * Retry-After} (seconds or a date). Holds the connection to its host, and the host's connection
 * permit, until closed. Confined to the thread that sent the request.
 */
final class DownloadReply implements AutoCloseable {
  private static final Pattern CONTENT_RANGE =
      Pattern.compile("bytes\\s+(?:(\\d+)-(\\d+)|\\*)/(\\d+|\\*)", Pattern.CASE_INSENSITIVE);

  private final String url;
  private final int status;
  private final HttpFields headers;
  private final DownloadBody body;
  private final Runnable release;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * @param body the body still to be read
   * @param release gives the host's connection permit back; run once, on close
   */
  DownloadReply(String url, int status, HttpFields headers, DownloadBody body, Runnable release) {
    this.url = url;
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.release = release;
  }

  /** The bytes a {@code Content-Range} names: {@code start}-{@code end} of {@code total}. */
  record Range(long start, long end, long total) {}

  /** The HTTP status. */
  int status() {
    return status;
  }

  /** {@code Content-Length}, or -1 when absent. */
  long length() {
    try {
      return headers.getLongField("Content-Length");
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * {@code Content-Range}, or null when absent or malformed; -1 for a part given as {@code *}. A
   * 416 says {@code bytes *}{@code /total}: start and end -1.
   */
  Range range() {
    Matcher m = CONTENT_RANGE.matcher(header("Content-Range"));
    if (!m.matches()) {
      return null;
    }
    long start = m.group(1) == null ? -1 : Long.parseLong(m.group(1));
    long end = m.group(2) == null ? -1 : Long.parseLong(m.group(2));
    long total = "*".equals(m.group(3)) ? -1 : Long.parseLong(m.group(3));
    return new Range(start, end, total);
  }

  /**
   * The whole file's length: the total of a 206's {@code Content-Range}, else {@code
   * Content-Length}; -1 when unknown.
   */
  long fileLength() {
    Range r = range();
    return status == 206 ? (r == null ? -1 : r.total()) : length();
  }

  /** Whether the server says it serves byte ranges ({@code Accept-Ranges: bytes}). */
  boolean acceptsRanges() {
    return header("Accept-Ranges").toLowerCase(Locale.ROOT).contains("bytes");
  }

  /** {@code ETag}, or null. */
  String etag() {
    return headers.get("ETag");
  }

  /** {@code Last-Modified}, or null. */
  String lastModified() {
    return headers.get("Last-Modified");
  }

  /** How long {@code Retry-After} asks to wait, in milliseconds; -1 when it does not. */
  long retryAfterMillis() {
    String value = header("Retry-After").strip();
    if (value.matches("\\d{1,9}")) {
      return Long.parseLong(value) * 1000;
    }
    try {
      Instant when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Math.max(0, Duration.between(Instant.now(), when).toMillis());
    } catch (DateTimeParseException e) {
      return -1;
    }
  }

  /** Whether the status is a failure worth another try: 408, 429 or 5xx. */
  boolean passingFailure() {
    return status == 408 || status == 429 || status >= 500;
  }

  /** This answer as a failure: {@code download: URL: HTTP 404}. */
  DownloadError error() {
    return DownloadError.http(url, status, retryAfterMillis());
  }

  private String header(String name) {
    String value = headers.get(name);
    return value == null ? "" : value;
  }

  /**
   * The next bytes of the body, or null at its end; valid until the next call.
   *
   * @throws IOException when the connection failed or stayed silent for {@code timeoutMillis}
   */
  ByteBuffer next(long timeoutMillis) throws IOException, InterruptedException {
    return body.next(timeoutMillis);
  }

  /** Drops what is left of the body and gives the host's permit back. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      body.cancel();
      release.run();
    }
  }
}
