package dev.conch.process.calls;

import dev.conch.runtime.task.Task;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The parent thread that does the proxied calls of one thread of one child, in order, acting as the
 * child's task: the runtime's locks belong to the thread that took them, so taking and releasing
 * must happen on the same parent thread. A call may be cancelled (the child's thread was
 * interrupted): a call not begun yet is dropped, a running one is interrupted, and the canceller
 * learns how it ended. When the child is gone the agent is closed: its running call is interrupted,
 * waiting calls fail, and it gives back every lock it took.
 *
 * <p>Thread-safe. Owns one virtual thread, ended by {@link #close()}; {@code current}, {@code last}
 * and {@code cancelled} are guarded by {@code this}, which also orders an interrupt from {@link
 * #cancel} before the clearing of the interrupt flag at the end of each call.
 */
final class ProxyCaller {
  private final Task task;
  private final Thread thread;
  private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
  private final ChildHoldings.Locks locks = new ChildHoldings.Locks(); // confined to thread
  private final Set<Long> cancelled = new HashSet<>(); // guarded by this
  private final Map<Long, CompletableFuture<Object>> awaited = new HashMap<>(); // guarded by this
  private Job current; // guarded by this
  private Job last; // guarded by this
  private volatile boolean closed;

  /** A call of the child: its number among the calls of its thread, the work, how it ended. */
  private record Job(long seq, Callable<Object> work, CompletableFuture<Object> outcome) {}

  ProxyCaller(String name, Task task) {
    this.task = task;
    this.thread = Thread.ofVirtual().name(name).unstarted(this::serve);
    thread.start();
  }

  /** The locks this agent took; to be used only by the work it runs. */
  ChildHoldings.Locks locks() {
    return locks;
  }

  /** Queues {@code work}, the child's call number {@code seq}; returns how it will end. */
  CompletableFuture<Object> submit(long seq, Callable<Object> work) {
    Job job = new Job(seq, work, new CompletableFuture<>());
    synchronized (this) {
      if (closed || cancelled.remove(seq)) {
        job.outcome.completeExceptionally(cancelledError());
      } else {
        jobs.add(job);
      }
      CompletableFuture<Object> waiter = awaited.remove(seq);
      if (waiter != null) {
        job.outcome.whenComplete((v, t) -> complete(waiter, v, t));
      }
    }
    return job.outcome;
  }

  /**
   * Cancels call {@code seq} when {@code interrupt}: interrupts it when it runs, drops it when it
   * waits, or, when it has not arrived yet, drops it when it does. Without {@code interrupt} (a
   * call that does not wait, such as a release, whose caller was interrupted) lets it run. Returns
   * how the call ended (or will end).
   */
  synchronized CompletableFuture<Object> cancel(long seq, boolean interrupt) {
    if (current != null && current.seq == seq) {
      if (interrupt) {
        thread.interrupt();
      }
      return current.outcome;
    }
    for (Job job : jobs) {
      if (job.seq == seq) {
        if (interrupt) {
          job.outcome.completeExceptionally(cancelledError());
        }
        return job.outcome;
      }
    }
    if (last != null && last.seq == seq) {
      return last.outcome;
    }
    if (interrupt) {
      cancelled.add(seq);
      return CompletableFuture.failedFuture(cancelledError());
    }
    return awaited.computeIfAbsent(seq, s -> new CompletableFuture<>());
  }

  private static void complete(CompletableFuture<Object> waiter, Object value, Throwable error) {
    if (error != null) {
      waiter.completeExceptionally(error);
    } else {
      waiter.complete(value);
    }
  }

  private void serve() {
    try {
      while (!closed) {
        Job job = jobs.take();
        synchronized (this) {
          if (job.outcome.isDone()) {
            continue; // cancelled while it waited
          }
          current = job;
        }
        run(job);
      }
    } catch (InterruptedException e) {
      // closed while waiting for work: the way out
    } finally {
      locks.releaseAll();
      synchronized (this) {
        for (Job job = jobs.poll(); job != null; job = jobs.poll()) {
          job.outcome.completeExceptionally(cancelledError());
        }
        awaited.values().forEach(w -> w.completeExceptionally(cancelledError()));
      }
    }
  }

  private void run(Job job) {
    try {
      job.outcome.complete(Task.actingAs(task, job.work));
    } catch (Throwable t) {
      job.outcome.completeExceptionally(t);
    } finally {
      synchronized (this) {
        current = null;
        last = job;
        Thread.interrupted(); // a cancel meant for this call must not reach the next
      }
    }
  }

  /** Interrupts the running call, fails those waiting, and ends the thread. */
  void close() {
    synchronized (this) {
      closed = true;
      thread.interrupt();
    }
  }

  /** Waits at most {@code millis} for the thread to end. */
  void join(long millis) throws InterruptedException {
    thread.join(millis);
  }

  private static InterruptedException cancelledError() {
    return new InterruptedException("proxy: the call was cancelled");
  }
}
