package dev.conch.runtime.task;

import dev.conch.runtime.Clock;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.OutputRouter;
import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.errors.MemoryError;
import dev.conch.runtime.race.RaceDetector;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one registry of tasks: starts them, knows which live, groups them into runs and tells
 * listeners. Thread-safe.
 */
public final class TaskRegistry implements AutoCloseable {
  private static final java.util.concurrent.ThreadFactory UNNAMED_VIRTUAL =
      Thread.ofVirtual().factory();

  private final Clock clock;
  private final OutputRouter output;
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong runIds = new AtomicLong();
  private final LiveTasks live = new LiveTasks();
  // only the newest runs are kept: a run holds every task it started, journals and all
  private volatile Run latest;
  private final AtomicReference<Run> latestWithTasks = new AtomicReference<>();
  private final List<TaskListener> listeners = new CopyOnWriteArrayList<>();
  private final Deque<AutoCloseable> closing = new java.util.concurrent.ConcurrentLinkedDeque<>();
  private volatile ConchRuntime runtime;
  private Coroutines coroutines; // made when the first coroutine starts; guarded by this
  private final RaceDetector races;

  public TaskRegistry(Clock clock, OutputRouter output) {
    this.clock = clock;
    this.output = output;
    this.races = new RaceDetector(clock);
  }

  public void bindRuntime(ConchRuntime owner) {
    this.runtime = owner;
  }

  /**
   * What a task that threw {@code error} reports: a {@link MemoryError} for the JVM's {@link
   * OutOfMemoryError}, once the runtime's reserve is released so that the shell can still speak;
   * any other error as it is.
   */
  public Throwable said(Throwable error) {
    ConchRuntime owner = runtime;
    return owner == null ? error : owner.memory().said(error);
  }

  /** The runtime this registry belongs to. */
  public ConchRuntime runtime() {
    return runtime;
  }

  /** The race detector of this registry's tasks. */
  public RaceDetector races() {
    return races;
  }

  public Clock clock() {
    return clock;
  }

  public OutputRouter output() {
    return output;
  }

  public void addListener(TaskListener listener) {
    listeners.add(listener);
  }

  /**
   * Begins a run whose main task is the calling thread; the thread is the current task until {@link
   * #endRun}.
   */
  public Run beginRun(String label) {
    Task main = new Task("main", null);
    Run run = new Run(runIds.incrementAndGet(), label, clock.now(), main);
    main.bind(this, ids.incrementAndGet(), run);
    races.beginRun(main, run.id());
    latest = run;
    live.add(main);
    main.adopt(Thread.currentThread());
    return run;
  }

  /** Ends the calling thread's part in {@code run}: its main task is done (or failed). */
  public void endRun(Run run, boolean failed) {
    output.flushCurrent();
    run.main().release(failed ? TaskState.FAILED : TaskState.DONE);
  }

  /** Starts {@code body} as a new task of the current run. */
  public Task spawn(TaskSpec spec, Callable<?> body) {
    Task task = create(spec, body);
    start(task);
    return task;
  }

  /** Makes a task for {@code body} that starts when its {@link Task#start()} is called. */
  public Task create(TaskSpec spec, Callable<?> body) {
    Task task = new Task(spec.name(), body);
    task.setKind(spec.kind());
    task.setDaemon(spec.daemon());
    task.bindRegistry(this);
    return task;
  }

  /** Starts a task made earlier (a subclass, or one spawned with start: false). */
  void start(Task task) {
    if (!task.claimStart()) {
      return;
    }
    Task spawner = Task.current();
    Run run = spawner != null && spawner.registry() == this ? spawner.getRun() : latestRun();
    long id = ids.incrementAndGet();
    task.bind(this, id, run);
    if (spawner != null && spawner.registry() == this) {
      races.fork(spawner, task);
    }
    if (run != null) {
      run.add(task);
      noteTasks(run);
    }
    Thread thread =
        switch (task.getKind()) {
          case THREAD ->
              Thread.ofPlatform().name(task.getName()).daemon(true).unstarted(task::runOnThread);
          // a virtual thread is named only when its task was: 100,000 names cost time and memory
          case VIRTUAL, PROCESS, COROUTINE ->
              task.givenName() == null
                  ? UNNAMED_VIRTUAL.newThread(task::runOnThread)
                  : Thread.ofVirtual().name(task.givenName()).unstarted(task::runOnThread);
        };
    task.beginProcess();
    task.attach(thread);
    Coroutines loop = null;
    if (task.getKind() == TaskKind.COROUTINE) {
      loop = coroutines();
      task.joinCoroutines(loop);
      if (spawner != null && spawner.registry() == this) {
        loop.host(spawner); // the one that starts a coroutine takes part, as gevent's main does
      }
    }
    if (loop == null) {
      task.enter(TaskState.RUNNING, null);
    } else {
      task.enter(TaskState.WAITING, Turn.ITS_TURN); // running once its first turn comes
    }
    live.add(task);
    for (TaskListener listener : listeners) {
      listener.started(task);
    }
    if (loop != null) {
      loop.enlist(task); // its thread starts when its first turn comes
    } else {
      thread.start();
    }
  }

  private void noteTasks(Run run) {
    Run known = latestWithTasks.get();
    while (known != run && (known == null || known.id() < run.id())) {
      if (latestWithTasks.compareAndSet(known, run)) {
        return;
      }
      known = latestWithTasks.get();
    }
  }

  void ended(Task task) {
    live.remove(task);
    for (TaskListener listener : listeners) {
      listener.ended(task);
    }
  }

  /** Tells the listeners that a pool's job failed and nobody has asked about it yet. */
  public void jobFailed(UnheardFailure failure) {
    for (TaskListener listener : listeners) {
      listener.jobFailed(failure);
    }
  }

  /** The tasks alive now, main tasks included, in start order. */
  public List<Task> live() {
    List<Task> list = live.snapshot(); // in start order but for starts that raced: nearly sorted
    list.sort((a, b) -> Long.compare(a.getId(), b.getId()));
    return list;
  }

  /** The tasks alive now, in no particular order: cheaper than {@link #live()} for many. */
  public List<Task> liveUnordered() {
    return live.snapshot();
  }

  /** How many tasks are alive now. */
  public int liveCount() {
    return live.size();
  }

  /** The most recent run, or null before any. */
  public Run latestRun() {
    return latest;
  }

  /** The most recent run that started tasks besides its main one, or null. */
  public Run latestRunWithTasks() {
    return latestWithTasks.get();
  }

  /** The session's coroutines, made on first use and closed with the registry. */
  public synchronized Coroutines coroutines() {
    if (coroutines == null) {
      coroutines = new Coroutines(clock);
      onClose(coroutines);
    }
    return coroutines;
  }

  /**
   * A platform thread, owned by this registry's session, for work of the shell itself: evaluating a
   * line, refreshing the status bar. It is a JVM daemon and not a task of any run.
   */
  public Thread serviceThread(String name, Runnable work) {
    return Thread.ofPlatform().name(name).daemon(true).unstarted(work);
  }

  /** Cancels every live task and waits up to {@code grace} in all for them to end. */
  public void cancelAll(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    List<Task> tasks = live();
    for (Task task : tasks) {
      task.cancel();
    }
    for (Task task : tasks) {
      Thread thread = task.thread();
      long left = deadline - System.nanoTime();
      if (thread == null || thread == Thread.currentThread() || left <= 0) {
        continue;
      }
      try {
        thread.join(Duration.ofNanos(left));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Registers a service of the session that ends with it (the child processes): {@link #close()}
   * closes it after the tasks, the latest registered first.
   */
  public void onClose(AutoCloseable service) {
    closing.addFirst(service);
  }

  /** Cancels and joins every task this registry started, then closes the services given to it. */
  @Override
  public void close() {
    cancelAll(Duration.ofSeconds(2));
    for (AutoCloseable service : closing) {
      try {
        service.close();
      } catch (Exception e) {
        output.err().println("closing " + service + ": " + Errors.oneLine(e));
      }
    }
    closing.clear();
  }
}
