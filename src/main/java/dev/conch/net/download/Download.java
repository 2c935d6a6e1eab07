package dev.conch.net.download;

import dev.conch.net.download.DownloadFileResult.Restart;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongSupplier;

/**
 * One download, planned and then run: the URLs checked and named, the target directory made, then
 * every file fetched by at most {@code workers} virtual threads ({@code download-N}, not journaled)
 * while the calling task is journaled as waiting on the download's {@link DownloadProgress}. The
 * workers are owned by the run: interrupted (Ctrl-C), it stops them, joins them, and returns what
 * was done within a second, every .part and its meta kept. Confined to the task that planned it.
 */
public final class Download {
  private final List<URI> urls;
  private final List<Path> files;
  private final Path dir;
  private final DownloadOptions options;

  private Download(List<URI> urls, List<Path> files, Path dir, DownloadOptions options) {
    this.urls = List.copyOf(urls);
    this.files = List.copyOf(files);
    this.dir = dir;
    this.options = options;
  }

  /**
   * Checks {@code urls} (one, or a collection or array: Strings, {@link URI}s, {@link URL}s), names
   * each file, and makes {@code dir} when it is missing.
   *
   * @throws DownloadError when a URL is not http(s) or names no file, two URLs share a name, one
   *     bare sha256 is given for several URLs, or {@code dir} cannot be written
   */
  public static Download plan(Object urls, Path dir, DownloadOptions options) {
    List<URI> list = new ArrayList<>();
    collect(urls, list);
    Map<String, URI> byName = new HashMap<>();
    List<Path> files = new ArrayList<>();
    for (URI url : list) {
      String name = DownloadNames.name(url, options.names());
      URI before = byName.putIfAbsent(name, url);
      if (before != null) {
        throw DownloadError.sameName(before.toString(), url.toString(), name);
      }
      files.add(dir.resolve(name));
    }
    if (options.sha256().isSingle() && list.size() != 1) {
      throw DownloadError.oneSha(list.size());
    }
    prepare(dir);
    return new Download(list, files, dir, options);
  }

  private static void collect(Object spec, List<URI> into) {
    switch (spec) {
      case null -> throw DownloadError.url("null");
      case Collection<?> items -> items.forEach(item -> collect(item, into));
      case Object[] items -> List.of(items).forEach(item -> collect(item, into));
      default -> into.add(DownloadNames.url(spec));
    }
  }

  private static void prepare(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw DownloadError.dir(dir.toString(), DownloadError.reason(e));
    }
    if (!Files.isWritable(dir)) {
      throw DownloadError.dir(dir.toString(), "permission denied");
    }
  }

  /** The URLs, in the order given. */
  public List<URI> urls() {
    return urls;
  }

  /** Where each URL is saved, in the same order. */
  public List<Path> files() {
    return files;
  }

  /** The target directory. */
  public Path dir() {
    return dir;
  }

  /** The options it runs with. */
  public DownloadOptions options() {
    return options;
  }

  /**
   * Fetches every file and returns one row per URL. One file failing never stops the others.
   * Interrupted (Ctrl-C), it stops within a second and returns what it had, marked interrupted,
   * with the thread's interrupt set again; files not finished are {@link DownloadOutcome#STOPPED}
   * and keep their .part.
   *
   * @param clock the runtime's clock, for when the download began
   * @param client the session's HTTP client, on which the download opens connections of its own
   * @throws DownloadError when the SHA256SUMS URL cannot be read (before any file is fetched)
   */
  public DownloadResult run(LongSupplier clock, DownloadClient client) {
    DownloadProgress progress =
        new DownloadProgress(urls.size(), clock.getAsLong(), System::nanoTime);
    AtomicReferenceArray<DownloadFileResult> rows = new AtomicReferenceArray<>(urls.size());
    Task task = Task.current();
    TaskState before = task == null ? null : task.getState();
    if (task != null) {
      task.enter(TaskState.WAITING, progress);
    }
    long start = System.nanoTime();
    boolean interrupted;
    try (DownloadHttp http = new DownloadHttp(client, options.timeoutMillis(), options.perHost())) {
      interrupted = fetchAll(http, progress, rows);
    } finally {
      if (task != null) {
        task.enter(before, null);
      }
    }
    DownloadResult result =
        new DownloadResult(dir, rows(rows), System.nanoTime() - start, interrupted);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return result;
  }

  /** Runs the workers until every file is done or they are stopped; whether they were. */
  private boolean fetchAll(
      DownloadHttp http, DownloadProgress progress, AtomicReferenceArray<DownloadFileResult> rows) {
    DownloadChecksums sums;
    try {
      sums = resolve(http);
    } catch (InterruptedException e) {
      return true;
    }
    AtomicInteger next = new AtomicInteger();
    ThreadFactory segmentThreads = Thread.ofVirtual().name("download-segment-", 0).factory();
    try (ExecutorService workers =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("download-", 0).factory())) {
      for (int w = 0; w < Math.min(options.workers(), urls.size()); w++) {
        workers.execute(() -> work(next, sums, http, segmentThreads, progress, rows));
      }
    } // interrupted while waiting here, close() stops the workers, waits for them, interrupts again
    return Thread.interrupted();
  }

  private DownloadChecksums resolve(DownloadHttp http) throws InterruptedException {
    DownloadChecksums sums = options.sha256();
    return sums.sumsUrl() == null ? sums : sums.fetched(http.text(sums.sumsUrl()));
  }

  /** One worker: takes the next file until none is left or it is stopped. */
  private void work(
      AtomicInteger next,
      DownloadChecksums sums,
      DownloadHttp http,
      ThreadFactory segmentThreads,
      DownloadProgress progress,
      AtomicReferenceArray<DownloadFileResult> rows) {
    for (int i = next.getAndIncrement();
        i < urls.size() && !Thread.currentThread().isInterrupted();
        i = next.getAndIncrement()) {
      URI url = urls.get(i);
      Path file = files.get(i);
      String expected = sums.expected(url.toString(), file.getFileName().toString());
      rows.set(
          i, new DownloadFile(url, file, expected, options, http, segmentThreads).run(progress));
    }
  }

  /** Every row; a file no worker began is stopped, with whatever its .part holds. */
  private List<DownloadFileResult> rows(AtomicReferenceArray<DownloadFileResult> rows) {
    List<DownloadFileResult> all = new ArrayList<>(urls.size());
    for (int i = 0; i < urls.size(); i++) {
      DownloadFileResult row = rows.get(i);
      all.add(row != null ? row : notBegun(urls.get(i), files.get(i)));
    }
    return all;
  }

  private static DownloadFileResult notBegun(URI url, Path file) {
    long size;
    try {
      size = new DownloadPart(file).size();
    } catch (IOException e) {
      size = 0;
    }
    return new DownloadFileResult(
        url, file, DownloadOutcome.STOPPED, size, 0, 0, Restart.NONE, 1, null, false, null);
  }

  /** {@code download 3 URLs to /tmp/d}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "download %d URLs to %s", urls.size(), dir);
  }
}
