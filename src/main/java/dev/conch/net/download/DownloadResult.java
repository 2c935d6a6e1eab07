package dev.conch.net.download;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * What a download did: one row per URL in the order given, the wall time, and what fetching the
 * files one after the other would have cost (the sum of their own times: the serial estimate the
 * lesson compares with). A learner explores it from Groovy: {@code r.files}, {@code r.failed},
 * {@code r.wall}, {@code r.serial}, {@code r.each { … }}. Immutable and thread-safe.
 */
public final class DownloadResult implements Iterable<DownloadFileResult> {
  private final Path dir;
  private final List<DownloadFileResult> files;
  private final long wallNanos;
  private final boolean interrupted;

  /**
   * @param dir where the files went
   * @param files one per URL, in the order given
   * @param wallNanos how long the whole download took
   * @param interrupted whether it was stopped (Ctrl-C) before every file was done
   */
  DownloadResult(Path dir, List<DownloadFileResult> files, long wallNanos, boolean interrupted) {
    this.dir = dir;
    this.files = List.copyOf(files);
    this.wallNanos = wallNanos;
    this.interrupted = interrupted;
  }

  /** Where the files went. */
  public Path getDir() {
    return dir;
  }

  /** Every URL's row, in the order given. */
  public List<DownloadFileResult> getFiles() {
    return files;
  }

  /** The rows of the files that are complete under their names. */
  public List<DownloadFileResult> getDone() {
    return files.stream().filter(DownloadFileResult::ok).toList();
  }

  /** The rows of the files that failed. */
  public List<DownloadFileResult> getFailed() {
    return files.stream().filter(f -> f.outcome() == DownloadOutcome.FAILED).toList();
  }

  /** How many files ended as {@code outcome}. */
  public int count(DownloadOutcome outcome) {
    return (int) files.stream().filter(f -> f.outcome() == outcome).count();
  }

  /** Whether every file is complete under its name. */
  public boolean isComplete() {
    return files.stream().allMatch(DownloadFileResult::ok);
  }

  /** Whether it was stopped (Ctrl-C) before every file was done. */
  public boolean isInterrupted() {
    return interrupted;
  }

  /** The bytes that came over the network in this run. */
  public long getBytes() {
    return files.stream().mapToLong(DownloadFileResult::fetched).sum();
  }

  /** How long the whole download took, in seconds. */
  public double getWall() {
    return wallNanos / 1e9;
  }

  /** How long the whole download took, in nanoseconds. */
  public long wallNanos() {
    return wallNanos;
  }

  /** The bytes fetched per second of wall time. */
  public double getRate() {
    return wallNanos <= 0 ? 0 : getBytes() * 1e9 / wallNanos;
  }

  /** About how long fetching the files one after the other would have taken, in seconds. */
  public double getSerial() {
    return serialNanos() / 1e9;
  }

  /** The sum of every file's own time, in nanoseconds: the serial estimate. */
  public long serialNanos() {
    return files.stream().mapToLong(DownloadFileResult::elapsedNanos).sum();
  }

  @Override
  public Iterator<DownloadFileResult> iterator() {
    return files.iterator();
  }

  /**
   * {@code download: 10 files: 8 downloaded, 1 resumed, 0 already there, 1 failed, 0 stopped; 12.3
   * MiB in 1.20 s}.
   */
  @Override
  public String toString() {
    int n = files.size();
    StringBuilder line = new StringBuilder("download: " + n + (n == 1 ? " file:" : " files:"));
    String sep = " ";
    for (DownloadOutcome outcome : DownloadOutcome.values()) {
      int count = count(outcome);
      if (count > 0) { // the outcomes that happened: five counts of which four are 0 say little
        line.append(sep).append(count).append(' ').append(outcome.word());
        sep = ", ";
      }
    }
    return line.append(
            String.format(Locale.ROOT, "; %.1f MiB in %.2f s", getBytes() / 1048576.0, getWall()))
        .toString();
  }
}
