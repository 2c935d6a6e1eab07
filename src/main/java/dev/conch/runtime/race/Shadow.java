package dev.conch.runtime.race;

import dev.conch.runtime.race.RaceReport.Side;

/**
 * The accesses one session variable has had in this run, kept to find the first pair of them that
 * races. While one task alone has touched it, that task's accesses cost a few field writes and no
 * lock (its own epoch is all that needs keeping); once a second task touches it, every access is
 * checked under the shadow's lock against the last write and the reads since, as FastTrack does.
 * After a race is said, the variable is no longer watched in this run.
 *
 * <p>Thread-safe: the lone task writes its fields without a lock (a check made as a second task
 * arrives may miss its very last access: a missed race, never a false one); everything else is
 * guarded by this.
 */
final class Shadow {
  /** One access that later ones are checked against. Mutable, reused; guarded by the shadow. */
  private static final class Access {
    TaskClock by;
    int epoch;
    boolean write;
    String site;
    Held held;

    void set(TaskClock by, int epoch, boolean write, String site, Held held) {
      this.by = by;
      this.epoch = epoch;
      this.write = write;
      this.site = site;
      this.held = held;
    }

    /** Whether it happened before what {@code clock} knows. */
    boolean before(int[] clock) {
      return epoch <= VectorClocks.at(clock, by.index);
    }

    Side side() {
      return new Side(by.task.getName(), write, site, Held.describe(held));
    }
  }

  private final String name;
  private volatile TaskClock sole; // the one task that touched it, until a second one does
  private volatile boolean reported;
  // the lone task's last write and read: written by it alone, read as a second task arrives
  private int soleWrite = -1;
  private String soleWriteSite;
  private Held soleWriteHeld;
  private int soleRead = -1;
  private String soleReadSite;
  private Held soleReadHeld;
  // once shared; guarded by this
  private boolean shared;
  private boolean written;
  private final Access lastWrite = new Access();
  private Access[] reads = new Access[2];
  private int readCount;

  Shadow(String name) {
    this.name = name;
  }

  /** {@code by} reads or ({@code write}) writes the variable at {@code site}. */
  void access(TaskClock by, boolean write, String site) {
    if (reported) {
      return;
    }
    if (sole == by) {
      noteAlone(by, write, site);
      return;
    }
    synchronized (this) {
      accessShared(by, write, site);
    }
  }

  /** {@code by} reads the variable, then writes it ({@code n++}), at {@code site}. */
  void readThenWrite(TaskClock by, String site) {
    if (reported) {
      return;
    }
    if (sole == by) {
      noteAlone(by, false, site);
      noteAlone(by, true, site);
      return;
    }
    synchronized (this) {
      accessShared(by, false, site);
      accessShared(by, true, site);
    }
  }

  private void noteAlone(TaskClock by, boolean write, String site) {
    if (write) {
      soleWrite = by.epoch();
      soleWriteSite = site;
      soleWriteHeld = by.held;
    } else {
      soleRead = by.epoch();
      soleReadSite = site;
      soleReadHeld = by.held;
    }
  }

  /** Under the lock. */
  private void accessShared(TaskClock by, boolean write, String site) {
    if (reported || (by.index < 0 && !by.detector.enlist(by))) {
      return;
    }
    if (!shared) {
      TaskClock alone = sole;
      if (alone == null || alone == by) {
        noteAlone(by, write, site);
        sole = by;
        return;
      }
      if (soleWrite >= 0) {
        written = true;
        lastWrite.set(alone, soleWrite, true, soleWriteSite, soleWriteHeld);
      }
      if (soleRead >= 0) {
        noteRead(alone, soleRead, soleReadSite, soleReadHeld);
      }
      shared = true;
      sole = null;
    }
    Access earlier = conflicting(by, write);
    if (earlier != null) {
      reported = true;
      Side now = new Side(by.task.getName(), write, site, Held.describe(by.held));
      by.detector.report(name, earlier.side(), now);
      return;
    }
    if (write) {
      written = true;
      lastWrite.set(by, by.epoch(), true, site, by.held);
      readCount = 0;
    } else {
      noteRead(by, by.epoch(), site, by.held);
    }
  }

  /** The earlier access that {@code by}'s access races with, or null. Under the lock. */
  private Access conflicting(TaskClock by, boolean write) {
    int[] clock = by.clock;
    if (written && lastWrite.by != by && !lastWrite.before(clock)) {
      return lastWrite;
    }
    if (write) {
      for (int i = 0; i < readCount; i++) {
        Access read = reads[i];
        if (read.by != by && !read.before(clock)) {
          return read;
        }
      }
    }
    return null;
  }

  /** Keeps {@code by}'s read as its latest since the last write. Under the lock. */
  private void noteRead(TaskClock by, int epoch, String site, Held held) {
    for (int i = 0; i < readCount; i++) {
      if (reads[i].by == by) {
        reads[i].set(by, epoch, false, site, held);
        return;
      }
    }
    if (readCount == reads.length) {
      reads = java.util.Arrays.copyOf(reads, readCount * 2);
    }
    if (reads[readCount] == null) {
      reads[readCount] = new Access();
    }
    reads[readCount++].set(by, epoch, false, site, held);
  }
}
