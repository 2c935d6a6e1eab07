package dev.conch.net.download;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One download while it runs: each file being fetched with its bytes done, its length and its rate,
 * and the totals: files done and failed, bytes fetched, the rate, and an estimate of the time left.
 * The task that downloads is journaled as waiting on it, so {@code /tasks} shows its {@link
 * #toString()}. Thread-safe: workers and their segments report from many threads, the shell reads
 * from its own; each number is read on its own, so a snapshot may mix two instants.
 */
public final class DownloadProgress {
  private final int files;
  private final long since;
  private final LongSupplier nanos;
  private final long startNanos;
  private final ConcurrentLinkedQueue<Fetching> active = new ConcurrentLinkedQueue<>();
  private final AtomicLong fetched = new AtomicLong();
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicLong endedBytes = new AtomicLong(); // lengths of the files done
  private final AtomicInteger endedKnown = new AtomicInteger(); // how many lengths that is

  /**
   * @param files how many URLs the download has
   * @param since when it began, in the runtime's nanoseconds
   * @param nanos the clock of rates and estimates ({@code System::nanoTime})
   */
  DownloadProgress(int files, long since, LongSupplier nanos) {
    this.files = files;
    this.since = since;
    this.nanos = nanos;
    this.startNanos = nanos.getAsLong();
  }

  /** One file while it is fetched. Thread-safe: its segments report from their own threads. */
  public static final class Fetching {
    private final DownloadProgress owner;
    private final String name;
    private final long startNanos;
    private final AtomicLong have = new AtomicLong();
    private final AtomicLong fetched = new AtomicLong();
    private volatile long total = -1;
    private volatile DownloadFileResult.Restart restart = DownloadFileResult.Restart.NONE;
    private volatile int segments = 1;

    private Fetching(DownloadProgress owner, String name) {
      this.owner = owner;
      this.name = name;
      this.startNanos = owner.nanos.getAsLong();
    }

    /** The fetch goes on with {@code bytes} already in the .part, of {@code length} (or -1). */
    void begin(long bytes, long length) {
      have.set(bytes);
      total = length;
    }

    /** {@code n} more bytes were written to the .part. */
    void add(long n) {
      have.addAndGet(n);
      fetched.addAndGet(n);
      owner.fetched.addAndGet(n);
    }

    /** The .part was emptied to start from byte 0 again, for {@code why}. */
    void restarted(DownloadFileResult.Restart why) {
      have.set(0);
      restart = why;
    }

    /** It is fetched by {@code n} ranged requests at once. */
    void segmented(int n) {
      segments = n;
    }

    /** The file's name. */
    public String name() {
      return name;
    }

    /** The bytes in its .part so far. */
    public long done() {
      return have.get();
    }

    /** Its length, or -1 until the server said it. */
    public long total() {
      return total;
    }

    /** The bytes fetched per second since it began. */
    public double rate() {
      return perSecond(fetched.get(), owner.nanos.getAsLong() - startNanos);
    }

    long fetched() {
      return fetched.get();
    }

    long elapsedNanos() {
      return owner.nanos.getAsLong() - startNanos;
    }

    DownloadFileResult.Restart restart() {
      return restart;
    }

    int segments() {
      return segments;
    }
  }

  /** A file begins. */
  Fetching start(String name) {
    Fetching file = new Fetching(this, name);
    started.incrementAndGet();
    active.add(file);
    return file;
  }

  /** A file ended as {@code outcome}. */
  void end(Fetching file, DownloadOutcome outcome) {
    active.remove(file);
    if (outcome.ok()) {
      done.incrementAndGet();
      if (file.total >= 0) {
        endedBytes.addAndGet(file.total);
        endedKnown.incrementAndGet();
      }
    } else if (outcome == DownloadOutcome.FAILED) {
      failed.incrementAndGet();
    }
  }

  /** The files being fetched now, in the order they began. */
  public List<Fetching> active() {
    return new ArrayList<>(active);
  }

  /** How many URLs there are in all. */
  public int getTotal() {
    return files;
  }

  /** How many files are complete under their names. */
  public int getDone() {
    return done.get();
  }

  /** How many files failed. */
  public int getFailed() {
    return failed.get();
  }

  /** How many files are not done yet. */
  public int getLeft() {
    return files - done.get() - failed.get();
  }

  /** The bytes fetched so far in this run. */
  public long getBytes() {
    return fetched.get();
  }

  /** The bytes fetched per second since the download began. */
  public double getRate() {
    return perSecond(fetched.get(), nanos.getAsLong() - startNanos);
  }

  /**
   * About how many seconds are left at the rate so far, files not begun counted at the mean length
   * of those known; -1 while nothing is known.
   */
  public double getSecondsLeft() {
    double rate = getRate();
    long known = endedBytes.get();
    int counted = endedKnown.get();
    long remaining = 0;
    for (Fetching file : active) {
      long total = file.total;
      if (total >= 0) {
        known += total;
        counted++;
        remaining += Math.max(0, total - file.done());
      }
    }
    if (counted == 0 || rate <= 0) {
      return -1;
    }
    remaining += (long) (files - started.get()) * (known / counted);
    return remaining / rate;
  }

  /** When the download began, in the runtime's nanoseconds. */
  public long since() {
    return since;
  }

  private static double perSecond(long bytes, long elapsedNanos) {
    return elapsedNanos <= 0 ? 0 : bytes * 1e9 / elapsedNanos;
  }

  /** {@code download: 3 of 10 done, 0 failed, 4 active, 12.3 MiB at 5.1 MiB/s, 6 s left}. */
  @Override
  public String toString() {
    double left = getSecondsLeft();
    return String.format(
        Locale.ROOT,
        "download: %d of %d done, %d failed, %d active, %s at %s/s%s",
        getDone(),
        files,
        getFailed(),
        active.size(),
        mib(getBytes()),
        mib((long) getRate()),
        left < 0 ? "" : String.format(Locale.ROOT, ", %.0f s left", Math.ceil(left)));
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }
}
