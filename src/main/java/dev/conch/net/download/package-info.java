/**
 * {@code download}, files fetched at once: {@link dev.conch.net.download.Download} plans (URLs,
 * names, the target directory) and runs; {@link dev.conch.net.download.DownloadFile} takes one URL
 * from start to end, through {@link dev.conch.net.download.DownloadStream} (one stream, resumed
 * with {@code Range}/{@code If-Range}) or {@link dev.conch.net.download.DownloadSegments} (ranged
 * requests at once) into the {@code .part} and meta of {@link dev.conch.net.download.DownloadPart};
 * {@link dev.conch.net.download.DownloadHttp} holds one download's connections and per-host cap on
 * the session's {@link dev.conch.net.download.DownloadClient}, {@link
 * dev.conch.net.download.DownloadRetry} the backoff. {@link dev.conch.net.download.DownloadResult}
 * is what a learner explores afterwards, {@link dev.conch.net.download.DownloadProgress} what
 * {@code /tasks} shows meanwhile.
 *
 * <p>May import {@code dev.conch.runtime}, {@code dev.conch.i18n}, Jackson, Jetty's HTTP client and
 * the JDK. Thread model: a download runs on the task that calls it, journaled as waiting on its
 * progress, while workers run on virtual threads ({@code download-N}, one file at a time each), a
 * file's segments on virtual threads ({@code download-segment-N}). None is journaled as a task; all
 * are stopped when the calling task is interrupted, and joined before the call returns, and the
 * download's connections are closed. The session's client runs on virtual threads of its own
 * ({@code download-http}) from its first download until the session closes.
 */
package dev.conch.net.download;
