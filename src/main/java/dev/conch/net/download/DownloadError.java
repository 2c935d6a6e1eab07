package dev.conch.net.download;

import dev.conch.runtime.errors.KeyedError;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a download, or one file of it, failed: one line that names the URL or the file, such as
 * {@code download: http://127.0.0.1:8000/a.bin: HTTP 404}. Its words are the bundle entry {@code
 * runtime.<key>}; every key is made by one factory method here. Some failures are worth another try
 * (a refused or lost connection, a timeout, a short body, HTTP 408, 429 and 5xx); {@link
 * #retryable()} says which, and {@link #retryAfterMillis()} how long the server asked to wait.
 * Immutable.
 */
public final class DownloadError extends KeyedError {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final long retryAfterMillis;

  private DownloadError(
      String key, boolean retryable, long retryAfterMillis, String english, Object... args) {
    super(key, null, english, args);
    this.retryable = retryable;
    this.retryAfterMillis = retryAfterMillis;
  }

  /** An HTTP status that is not a success; 408, 429 and 5xx are retryable. */
  static DownloadError http(String url, int status, long retryAfterMillis) {
    boolean again = status == 408 || status == 429 || status >= 500;
    return new DownloadError(
        "download.http", again, retryAfterMillis, "download: %s: HTTP %d", url, status);
  }

  /** Nothing listened at the URL's port. */
  static DownloadError refused(String url) {
    return new DownloadError("download.refused", true, -1, "download: %s: connection refused", url);
  }

  /** The server did not answer, or stopped sending, for {@code millis}. */
  static DownloadError timeout(String url, long millis) {
    return new DownloadError(
        "download.timeout", true, -1, "download: %s: no answer within %d ms", url, millis);
  }

  /** The connection broke for another reason, given as the JDK says it. */
  static DownloadError lost(String url, String reason) {
    return new DownloadError(
        "download.lost", true, -1, "download: %s: connection lost: %s", url, reason);
  }

  /** The body ended at {@code got} bytes of the {@code announced} ones. */
  static DownloadError shortBody(String url, long got, long announced) {
    return new DownloadError(
        "download.short",
        true,
        -1,
        "download: %s: short body: %d of %d bytes",
        url,
        got,
        announced);
  }

  /** The bytes arrived but their sha256 is not the one expected; the .part was deleted. */
  static DownloadError sha256(String file, String expected, String actual) {
    return new DownloadError(
        "download.sha256",
        false,
        -1,
        "download: %s: sha256 mismatch: expected %s, got %s; the .part is deleted",
        file,
        expected,
        actual);
  }

  /** The file could not be written, renamed or read back. */
  static DownloadError write(String file, String reason) {
    return new DownloadError(
        "download.write", false, -1, "download: %s: cannot write: %s", file, reason);
  }

  /** A file already there could not be read to check it. */
  static DownloadError read(String file, String reason) {
    return new DownloadError(
        "download.read", false, -1, "download: %s: cannot read: %s", file, reason);
  }

  /** The target directory cannot be made or written. */
  static DownloadError dir(String dir, String reason) {
    return new DownloadError(
        "download.dir", false, -1, "download: %s: cannot download into it: %s", dir, reason);
  }

  /** What was given as a URL is a web address without its scheme: {@code meant} is it with one. */
  static DownloadError noScheme(String text, String meant) {
    return new DownloadError(
        "download.url.noscheme",
        false,
        -1,
        "download: %s: a URL starts with http:// or https://; did you mean %s?",
        text,
        meant);
  }

  /** What was given as a URL is not an http or https one. */
  static DownloadError url(String text) {
    return new DownloadError(
        "download.url", false, -1, "download: %s: not an http or https URL", text);
  }

  /** The URL's path ends without a file name, and no name was given for it. */
  static DownloadError noName(String url) {
    return new DownloadError(
        "download.noname",
        false,
        -1,
        "download: %s: the URL names no file; give it one with names:",
        url);
  }

  /** A file name that would leave the target directory or is not a name at all. */
  static DownloadError badName(String url, String name) {
    return new DownloadError(
        "download.badname", false, -1, "download: %s: '%s' is not a plain file name", url, name);
  }

  /** Two URLs would be saved under one name. */
  static DownloadError sameName(String first, String second, String name) {
    return new DownloadError(
        "download.samename",
        false,
        -1,
        "download: %s and %s would both be saved as %s",
        first,
        second,
        name);
  }

  /** A sha256 that is not 64 hex digits. */
  static DownloadError badSha(String value) {
    return new DownloadError(
        "download.badsha", false, -1, "download: sha256: '%s' is not 64 hex digits", value);
  }

  /** One bare hash given for several URLs. */
  static DownloadError oneSha(int urls) {
    return new DownloadError(
        "download.onesha",
        false,
        -1,
        "download: sha256: one hash for %d URLs; give a map of URL or name to hash, or a"
            + " SHA256SUMS file",
        urls);
  }

  /** A SHA256SUMS file or URL that could not be read, or holds no sums. */
  static DownloadError sums(String source, String reason) {
    return new DownloadError(
        "download.sums",
        false,
        -1,
        "download: %s: cannot read the sha256 sums: %s",
        source,
        reason);
  }

  /** An option out of its range. */
  static DownloadError option(String name, Object value, String expected) {
    return new DownloadError(
        "download.option", false, -1, "download: %s: %s, expected %s", name, value, expected);
  }

  /** A short reason for an I/O failure, without the path the message names anyway. */
  static String reason(IOException e) {
    return switch (e) {
      case NoSuchFileException x -> "no such file";
      case AccessDeniedException x -> "permission denied";
      case NotDirectoryException x -> "not a directory";
      case FileAlreadyExistsException x -> "a file of that name is in the way";
      case FileSystemException x when x.getReason() != null -> x.getReason();
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
  }

  /** Whether another try may succeed. */
  boolean retryable() {
    return retryable;
  }

  /** How long the server asked to wait before the next try ({@code Retry-After}), or -1. */
  long retryAfterMillis() {
    return retryAfterMillis;
  }
}
