package dev.conch.net.download;

/**
 * Tries an exchange again when it failed for a reason that may pass (a refused or lost connection,
 * a timeout, a short body, HTTP 408, 429 and 5xx), at most {@code retries} more times: waiting
 * {@code backoff}, then twice that, and so on, or what the server's {@code Retry-After} asks when
 * it asks. A wait above {@link DownloadOptions#MAX_RETRY_AFTER_MILLIS} is not waited: the file
 * fails at once. Other failures are thrown at once. Immutable and thread-safe; the wait is
 * interruptible.
 */
final class DownloadRetry {
  private final int retries;
  private final long backoffMillis;

  DownloadRetry(int retries, long backoffMillis) {
    this.retries = retries;
    this.backoffMillis = backoffMillis;
  }

  /** One try of an exchange. */
  @FunctionalInterface
  interface Attempt<T> {
    T run() throws InterruptedException;
  }

  /**
   * What {@code attempt} gives on its first try that does not fail for a passing reason.
   *
   * @throws DownloadError the failure of the last try, or the first that is not worth another
   */
  <T> T call(Attempt<T> attempt) throws InterruptedException {
    DownloadError last = null;
    for (int tried = 0; tried <= retries; tried++) {
      if (last != null) {
        pause(last, tried);
      }
      try {
        return attempt.run();
      } catch (DownloadError e) {
        if (!e.retryable()) {
          throw e;
        }
        last = e;
      }
    }
    throw last;
  }

  /** Waits before retry number {@code tried} (1 first) after {@code failure}. */
  private void pause(DownloadError failure, int tried) throws InterruptedException {
    long asked = failure.retryAfterMillis();
    if (asked > DownloadOptions.MAX_RETRY_AFTER_MILLIS) {
      throw failure;
    }
    long doubled = backoffMillis * (1L << Math.min(tried - 1, 16));
    long wait = asked >= 0 ? asked : Math.min(doubled, DownloadOptions.MAX_RETRY_AFTER_MILLIS);
    if (wait > 0) {
      Thread.sleep(wait);
    } else if (Thread.interrupted()) {
      throw new InterruptedException();
    }
  }
}
