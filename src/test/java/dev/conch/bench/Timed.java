package dev.conch.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Times work in this JVM: one warm-up run, then the statistics of several timed runs. */
final class Timed {
  private Timed() {}

  /** Work to time; it checks its own result and throws when it is wrong. */
  interface Work {
    void run() throws Exception;
  }

  /** The statistics of {@code runs} timed runs of {@code work}, after one untimed run. */
  static Stats median(int runs, Work work) throws Exception {
    work.run();
    List<Duration> samples = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      samples.add(Duration.ofNanos(System.nanoTime() - start));
    }
    return Stats.of(samples);
  }

  /**
   * The statistics of each of {@code works}, in order: each runs once untimed, then {@code runs}
   * rounds run each once in turn, so that a change in the machine's load falls on all of them. The
   * heap is collected before each timed run, so that one work's garbage is not collected on the
   * next one's time.
   */
  static List<Stats> interleaved(int runs, List<Work> works) throws Exception {
    List<List<Duration>> samples = new ArrayList<>();
    for (Work work : works) {
      work.run();
      samples.add(new ArrayList<>());
    }
    for (int round = 0; round < runs; round++) {
      for (int w = 0; w < works.size(); w++) {
        System.gc();
        long start = System.nanoTime();
        works.get(w).run();
        samples.get(w).add(Duration.ofNanos(System.nanoTime() - start));
      }
    }
    return samples.stream().map(Stats::of).toList();
  }
}
