package dev.conch.runtime.pool;

import dev.conch.runtime.errors.CancelledError;
import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.ValueError;
import dev.conch.runtime.race.SyncClock;
import dev.conch.runtime.task.Progress;
import dev.conch.runtime.task.RuntimeInternals;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskRegistry;
import dev.conch.runtime.task.UnheardFailure;
import dev.conch.runtime.wait.Waits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The job-dispatching half of a pool: its queue of chunks, its state (open, closed, terminated),
 * its workers' tasks and the submissions in flight. How a worker runs a job is its {@link
 * WorkerKind}'s business, not this class's.
 *
 * <p>Thread-safe. Queuing jobs and changing the state happen under this object's monitor, so no job
 * is queued after the stop marks; the queue hands each chunk to exactly one worker.
 */
final class Dispatcher {
  private static final Comparator<Submission> OLDEST_FIRST =
      Comparator.comparingLong(Submission::since);

  private enum State {
    OPEN,
    CLOSED,
    TERMINATED
  }

  private final String label;
  private final Object owner;
  private final TaskRegistry tasks;
  private final Runnable onEnd;
  private final LinkedBlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
  private final AtomicInteger queuedJobs = new AtomicInteger();
  private final AtomicInteger jobNumbers = new AtomicInteger();
  private final Set<Submission> inFlight = ConcurrentHashMap.newKeySet();
  private final List<Worker> workers = new CopyOnWriteArrayList<>();
  private final AtomicInteger liveWorkers = new AtomicInteger();

  /**
   * The pool's callbacks take turns, as Python's run one after another on its pool's result thread,
   * so that a callback may change what the others change ({@code total += v}, a plain list): with
   * the workers' callbacks running at once, {@code callback: { got << it }} lost 13 to 54 of 20,000
   * values (before {@code <<} itself was made whole).
   */
  private final ReentrantLock callbackTurn = new ReentrantLock();

  /** What one callback passes to the next, for the race detector: the turn orders them. */
  private final SyncClock turnClock = SyncClock.underItsLock(); // called only in the turn

  private State state = State.OPEN; // guarded by this

  /**
   * A dispatcher for the pool {@code owner} labelled {@code label} ({@code pool pool-1}); {@code
   * onEnd} runs once every worker has ended.
   */
  Dispatcher(String label, Object owner, TaskRegistry tasks, Runnable onEnd) {
    this.label = label;
    this.owner = owner;
    this.tasks = tasks;
    this.onEnd = onEnd;
  }

  /** Starts {@code size} workers of {@code kind}, named {@code <name>-worker-<i>}. */
  synchronized void start(WorkerKind kind, String name, int size) {
    liveWorkers.set(size);
    for (int i = 1; i <= size; i++) {
      Worker worker = new Worker(this);
      workers.add(worker);
      worker.bind(kind.startWorker(tasks, name + "-worker-" + i, worker::loop));
    }
  }

  /** The worker tasks, in order. */
  List<Task> workerTasks() {
    return workers.stream().map(Worker::task).toList();
  }

  String label() {
    return label;
  }

  /**
   * Queues {@code submission}'s jobs in chunks of {@code chunksize}.
   *
   * @throws MisuseError when the pool takes no more jobs
   */
  <S extends Submission> S submit(S submission, int chunksize) {
    int total = submission.total();
    synchronized (this) {
      if (state != State.OPEN) {
        throw state == State.CLOSED
            ? new ValueError("pool.closed", "%s: closed; no new jobs", label)
            : new ValueError("pool.terminated", "%s: terminated; no new jobs", label);
      }
      submission.queued(jobNumbers.getAndAdd(total) + 1, tasks.clock().now());
      if (total > 0) {
        inFlight.add(submission);
        queuedJobs.addAndGet(total);
        for (int from = 0; from < total; from += chunksize) {
          queue.add(new Chunk(submission, from, Math.min(total, from + chunksize)));
        }
      }
    }
    if (total == 0) {
      submission.noJobs();
    }
    return submission;
  }

  /**
   * The next chunk for worker {@code me}, waiting for one as long as it takes; {@link Chunk#STOP}
   * when the worker should end. While it waits, the worker is journaled as waiting on the pool.
   */
  Chunk next(Task me) throws InterruptedException {
    RuntimeInternals.setDoing(me, null);
    if (RuntimeInternals.cancelRequested(me)) {
      throw new InterruptedException(me.getName() + " was cancelled"); // a job ate the interrupt
    }
    Chunk chunk = queue.poll();
    if (chunk == null) {
      chunk = Waits.on(owner, queue::take);
    }
    queuedJobs.addAndGet(-chunk.size());
    return chunk;
  }

  /** How many jobs wait in the queue for a worker. */
  int queued() {
    return Math.max(0, queuedJobs.get());
  }

  /** No new jobs; the workers end once the queued ones are done. */
  synchronized void close() {
    if (state == State.OPEN) {
      state = State.CLOSED;
      workers.forEach(w -> queue.add(Chunk.STOP));
    }
  }

  /**
   * Stops at once: queued jobs are dropped, running ones interrupted, and every caller still
   * waiting gets a {@link CancelledError}.
   */
  void terminate() {
    synchronized (this) {
      if (state == State.TERMINATED) {
        return;
      }
      state = State.TERMINATED;
      queue.clear();
      queuedJobs.set(0);
      workers.forEach(w -> queue.add(Chunk.STOP));
    }
    for (Submission submission : List.copyOf(inFlight)) {
      submission.abandoned(submission.terminated());
    }
    for (Worker worker : workers) {
      Task task = worker.task();
      if (task != null) {
        task.cancel();
      }
    }
  }

  /**
   * Waits until every worker has ended.
   *
   * @throws MisuseError when the pool is still open: its workers would wait for jobs forever
   */
  void join() throws InterruptedException {
    synchronized (this) {
      if (state == State.OPEN) {
        throw new ValueError(
            "pool.join.open",
            "%s: still open, so its workers would wait for jobs forever; call close() or"
                + " terminate() before join()",
            label);
      }
    }
    for (Worker worker : workers) {
      worker.task().join();
    }
  }

  synchronized boolean open() {
    return state == State.OPEN;
  }

  synchronized String stateWord() {
    return state.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The caller of {@code submission} gave up waiting (Ctrl-C): its jobs not started are skipped and
   * those running are interrupted.
   */
  void abandon(Submission submission) {
    submission.abandoned(
        new CancelledError(
            "pool.abandoned", "%s: its caller stopped waiting", submission.toString()));
    for (Worker worker : workers) {
      worker.interruptIfRunning(submission);
    }
  }

  /**
   * A worker's loop ended: by the stop mark, or else by being cancelled, which leaves the pool
   * short of a worker, so it is terminated rather than left to hang its callers.
   */
  void workerEnded(boolean stopped) {
    if (!stopped) {
      terminate();
    }
    if (liveWorkers.decrementAndGet() == 0) {
      onEnd.run();
    }
  }

  /** The submissions whose callers still wait for something. */
  List<Submission> inFlight() {
    return List.copyOf(inFlight);
  }

  void forget(Submission submission) {
    inFlight.remove(submission);
  }

  /** {@code error} as a task of this pool reports it: see {@link TaskRegistry#said}. */
  Throwable said(Throwable error) {
    return tasks.said(error);
  }

  /**
   * Says that a job handed off by {@code caller} failed on the calling worker, and nobody has asked
   * about it yet (see {@link UnheardFailure}).
   */
  void failedUnheard(Task caller, RuntimeException error, BooleanSupplier heard) {
    Task worker = Task.current();
    if (worker != null) {
      tasks.jobFailed(new UnheardFailure(worker, caller, error, heard));
    }
  }

  /**
   * Runs a callback of {@code submission} in the pool's callback turn; one that throws is said on
   * the error stream of the worker that ran it.
   */
  void callBack(Submission submission, Runnable callback) {
    Task me = Task.current();
    callbackTurn.lock();
    try {
      turnClock.acquire(me);
      callback.run();
    } catch (Exception | AssertionError | StackOverflowError e) { // Groovy throws checked ones too
      tasks.output().err().println(submission + ": callback failed: " + Errors.oneLine(e));
    } finally {
      turnClock.release(me);
      callbackTurn.unlock();
    }
  }

  /** Whether a callback waits for its turn while another runs. */
  boolean callbackWaits() {
    return callbackTurn.hasQueuedThreads();
  }

  /** Whether the calling thread is running one of this pool's callbacks. */
  boolean inCallback() {
    return callbackTurn.isHeldByCurrentThread();
  }

  /**
   * How far the submissions in flight with more than one job have got, oldest first. A plain loop
   * and a comparator made with the class: the status bar asks this every 250 ms, and a lambda's
   * call site first linked while a job fills the heap fails to link for good, which left the bar
   * unable to show any pool's progress for the rest of the session.
   */
  List<Progress> progress(String pool) {
    List<Submission> running = new ArrayList<>();
    for (Submission s : inFlight) {
      if (s.total() > 1) {
        running.add(s);
      }
    }
    running.sort(OLDEST_FIRST);
    List<Progress> all = new ArrayList<>(running.size());
    for (Submission s : running) {
      all.add(new Progress(pool, s.jobs().what(), s.ended(), s.total(), s.since()));
    }
    return all;
  }
}
