package dev.conch.net.db;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the same work as many tasks at once, each on a virtual thread of its own, released together;
 * joins them all and throws the first failure. Stateless.
 */
final class Crowd {
  /** Work of task number {@code n}. */
  interface Work {
    void run(int n) throws Exception;
  }

  private Crowd() {}

  static void run(int tasks, Work work) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> all = new ArrayList<>();
    try (ExecutorService threads =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("crowd-", 0).factory())) {
      for (int n = 0; n < tasks; n++) {
        int number = n;
        all.add(
            threads.submit(
                () -> {
                  go.await();
                  work.run(number);
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : all) {
        f.get();
      }
    }
  }
}
