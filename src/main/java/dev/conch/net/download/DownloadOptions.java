package dev.conch.net.download;

import java.util.Map;

/**
 * How a download runs, as curl's {@code --parallel-max}/{@code --parallel-max-host}/{@code
 * --retry}, aria2's {@code -j -x -s -k} and {@code --checksum}. Immutable.
 *
 * @param workers how many files are fetched at once (1 or more)
 * @param perHost how many connections may be open to one host (name and port as in the URL) at
 *     once; 0 for no cap of its own (then {@code workers × segments} at most)
 * @param segments into how many ranged requests a large file is split when the server allows it
 * @param minSegmentBytes a file is split only so far that each segment gets at least this many
 * @param retries how many more tries a file gets after a refused or lost connection, a timeout, a
 *     short body, or HTTP 408, 429 and 5xx
 * @param backoffMillis the wait before the first retry; each next one waits twice as long, unless
 *     the server says how long ({@code Retry-After})
 * @param timeoutMillis how long connecting, the answer's headers, and any silence inside a body may
 *     last
 * @param names the file name to save a URL as, by URL; others take the last segment of their path
 * @param sha256 the hashes the files must have
 */
public record DownloadOptions(
    int workers,
    int perHost,
    int segments,
    long minSegmentBytes,
    int retries,
    long backoffMillis,
    long timeoutMillis,
    Map<String, String> names,
    DownloadChecksums sha256) {

  /** The most a server's {@code Retry-After} is waited; asking for longer fails the file. */
  public static final long MAX_RETRY_AFTER_MILLIS = 60_000;

  /**
   * 8 files at once, no host cap, one stream per file (1 MiB segments at least when split), 3
   * retries from 250 ms, 10 s timeout, no names, no hashes.
   */
  public static final DownloadOptions DEFAULTS =
      new DownloadOptions(8, 0, 1, 1 << 20, 3, 250, 10_000, Map.of(), DownloadChecksums.none());

  /**
   * @throws DownloadError when a value is out of its range
   */
  public DownloadOptions {
    atLeast("workers", workers, 1);
    atLeast("perHost", perHost, 0);
    atLeast("segments", segments, 1);
    atLeast("minSegment", minSegmentBytes, 1);
    atLeast("retries", retries, 0);
    atLeast("backoff", backoffMillis, 0);
    atLeast("timeout", timeoutMillis, 1);
    names = Map.copyOf(names);
    if (sha256 == null) {
      sha256 = DownloadChecksums.none();
    }
  }

  private static void atLeast(String name, long value, long least) {
    if (value < least) {
      throw DownloadError.option(name, value, least + " or more");
    }
  }

  /** These options with {@code n} files at once. */
  public DownloadOptions withWorkers(int n) {
    return new DownloadOptions(
        n,
        perHost,
        segments,
        minSegmentBytes,
        retries,
        backoffMillis,
        timeoutMillis,
        names,
        sha256);
  }

  /** These options with at most {@code n} connections to one host. */
  public DownloadOptions withPerHost(int n) {
    return new DownloadOptions(
        workers,
        n,
        segments,
        minSegmentBytes,
        retries,
        backoffMillis,
        timeoutMillis,
        names,
        sha256);
  }

  /** These options splitting a file into {@code n} segments of at least {@code minBytes}. */
  public DownloadOptions withSegments(int n, long minBytes) {
    return new DownloadOptions(
        workers, perHost, n, minBytes, retries, backoffMillis, timeoutMillis, names, sha256);
  }

  /** These options with {@code n} retries, the first after {@code millis}. */
  public DownloadOptions withRetries(int n, long millis) {
    return new DownloadOptions(
        workers, perHost, segments, minSegmentBytes, n, millis, timeoutMillis, names, sha256);
  }

  /** These options with a timeout of {@code millis}. */
  public DownloadOptions withTimeout(long millis) {
    return new DownloadOptions(
        workers, perHost, segments, minSegmentBytes, retries, backoffMillis, millis, names, sha256);
  }

  /** These options saving the URLs that {@code byUrl} maps under those names. */
  public DownloadOptions withNames(Map<String, String> byUrl) {
    return new DownloadOptions(
        workers,
        perHost,
        segments,
        minSegmentBytes,
        retries,
        backoffMillis,
        timeoutMillis,
        byUrl,
        sha256);
  }

  /** These options checking the files against {@code sums}. */
  public DownloadOptions withSha256(DownloadChecksums sums) {
    return new DownloadOptions(
        workers,
        perHost,
        segments,
        minSegmentBytes,
        retries,
        backoffMillis,
        timeoutMillis,
        names,
        sums);
  }
}
