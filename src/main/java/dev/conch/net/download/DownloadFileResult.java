package dev.conch.net.download;

import java.net.URI;
import java.nio.file.Path;

/**
 * What became of one URL of a download. Immutable.
 *
 * @param url the URL as given
 * @param file where it is saved: the final name, whether or not it got there
 * @param outcome how it ended
 * @param size the bytes under the final name, or, when it did not get there, in its {@code .part}
 * @param fetched the bytes that came over the network in this run
 * @param elapsedNanos how long this file took on its own; the sum over all files is what fetching
 *     them one at a time would about cost
 * @param restart whether the bytes of an earlier run were thrown away, and why
 * @param segments how many ranged requests fetched it at once (1: one stream)
 * @param sha256 the sha256 of the saved file in lower-case hex, or null when none was expected or
 *     it was not saved
 * @param verified whether that sha256 was compared with an expected one and matched
 * @param error why it failed, or null
 */
public record DownloadFileResult(
    URI url,
    Path file,
    DownloadOutcome outcome,
    long size,
    long fetched,
    long elapsedNanos,
    Restart restart,
    int segments,
    String sha256,
    boolean verified,
    DownloadError error) {

  /** Why a resumed file started again from byte 0. */
  public enum Restart {
    /** It did not. */
    NONE,
    /** The server answered {@code Range: bytes=N-} with the whole file (200), as if unasked. */
    RANGE_IGNORED,
    /** The file changed on the server since the {@code .part} was begun (ETag or date differ). */
    CHANGED;

    /**
     * The bundle key of {@link #note()} without the {@code runtime.} prefix ({@code
     * download.restart.range}, {@code download.restart.changed}), or null.
     */
    public String key() {
      return switch (this) {
        case NONE -> null;
        case RANGE_IGNORED -> "download.restart.range";
        case CHANGED -> "download.restart.changed";
      };
    }

    /**
     * One line for the shell: {@code the server ignored Range: started again}, {@code the file
     * changed on the server: started again}, or null.
     */
    public String note() {
      return switch (this) {
        case NONE -> null;
        case RANGE_IGNORED -> "the server ignored Range: started again";
        case CHANGED -> "the file changed on the server: started again";
      };
    }
  }

  /** The file's name in the target directory. */
  public String name() {
    return file.getFileName().toString();
  }

  /** Whether bytes of an earlier run were thrown away because of the server. */
  public boolean restartedFromZero() {
    return restart != Restart.NONE;
  }

  /** The error's one line, or null when it did not fail. */
  public String errorText() {
    return error == null ? null : error.getMessage();
  }

  /** How long it took, in seconds. */
  public double seconds() {
    return elapsedNanos / 1e9;
  }

  /** The bytes fetched in this run per second of its own time; 0 when none were. */
  public double rate() {
    return elapsedNanos <= 0 ? 0 : fetched * 1e9 / elapsedNanos;
  }

  /** Whether it is under its name, complete. */
  public boolean ok() {
    return outcome.ok();
  }

  // Groovy reads properties through getters: r.name, r.size, r.outcome, r.sha256, …

  /** {@link #name()}, for Groovy. */
  public String getName() {
    return name();
  }

  /** {@link #size()}, for Groovy. */
  public long getSize() {
    return size;
  }

  /** {@link #outcome()}, for Groovy. */
  public DownloadOutcome getOutcome() {
    return outcome;
  }

  /** {@link #sha256()}, for Groovy. */
  public String getSha256() {
    return sha256;
  }

  /** {@link #verified()}, for Groovy. */
  public boolean isVerified() {
    return verified;
  }

  /** {@link #file()}, for Groovy. */
  public Path getFile() {
    return file;
  }

  /** {@link #seconds()}, for Groovy. */
  public double getSeconds() {
    return seconds();
  }

  /** {@link #ok()}, for Groovy. */
  public boolean isOk() {
    return ok();
  }

  /** {@link #errorText()}, for Groovy: the error's line, or null. */
  public String getError() {
    return errorText();
  }
}
