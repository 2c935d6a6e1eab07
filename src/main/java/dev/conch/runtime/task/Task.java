package dev.conch.runtime.task;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.errors.TaskFailedError;
import dev.conch.runtime.race.TaskClock;
import dev.conch.runtime.wait.Interrupts;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Anything that runs: the handle a learner holds, and the base class to extend with {@link #run()}.
 *
 * <p>Thread-safe. Fields written by the task's own thread are volatile; the end of the task
 * happens-before every return from {@link #join()} that sees it ended.
 */
public class Task {
  private volatile TaskRegistry registry;
  private volatile Callable<?> body;
  private final Journal journal = new Journal();
  private boolean over; // guarded by this: finish() is done
  private CountDownLatch ended; // guarded by this: made by the first waiter; most have none
  private volatile long id;
  private volatile String name;
  private volatile TaskKind kind = TaskKind.THREAD;
  private volatile boolean daemon;
  private volatile TaskState state = TaskState.NEW;
  private volatile Object waitTarget;
  private volatile Object doing;
  private volatile int jobsRun; // written by the task's own thread only
  private volatile long since;
  private volatile long endedAt = -1;
  private volatile Object result;
  private volatile Throwable error;
  private volatile Thread thread;
  private volatile Run run;
  private volatile boolean cancelRequested;
  private boolean startClaimed; // guarded by this
  private volatile Coroutines coroutines; // the coroutines it takes part in, or null
  private TaskHoldings holdings; // confined to the task's own thread; made at its first hold
  private TaskClock raceClock; // set before its thread starts, then confined to it (and joiners)
  Task livePrev; // guarded by the registry's LiveTasks
  Task liveNext; // guarded by the registry's LiveTasks
  boolean listed; // guarded by the registry's LiveTasks

  /** A task to be started later whose work is its {@link #run()} method, named after its class. */
  protected Task() {
    this(null, null);
  }

  /** A task named {@code name} whose work is its {@link #run()} method. */
  protected Task(String name) {
    this(name, null);
  }

  Task(String name, Callable<?> body) {
    this.body = body;
    this.name = name;
    Task spawner = CurrentTask.get();
    if (spawner != null) {
      this.registry = spawner.registry;
    }
  }

  /** The task running on this thread, or null on a thread the runtime did not start. */
  public static Task current() {
    return CurrentTask.get();
  }

  /**
   * Runs {@code work} on the calling thread as if it were {@code task}'s own: {@link #current()}
   * returns {@code task} meanwhile, so what the work waits for is journaled on that task. This is
   * how a child process's calls through proxies act in the parent: a lock taken for the child is
   * held by the child's task, and the deadlock watcher sees the child waiting.
   */
  public static <T> T actingAs(Task task, Callable<T> work) throws Exception {
    return CurrentTask.actingAs(task, work);
  }

  /**
   * The work of the task. Subclasses override it; the default runs the body it was spawned with.
   */
  public Object run() throws Exception {
    if (body == null) {
      throw new RuntimeError("task.nowork", "task %s has no work: override run()", getName());
    }
    return body.call();
  }

  /**
   * Makes this task, before it starts, a child process that {@code process} runs and supervises:
   * its {@link #run()} then runs in the child, not here. For subclasses that are processes.
   */
  protected final <P extends Callable<?> & OsProcess> void runAsProcess(P process) {
    requireNew("process");
    this.kind = TaskKind.PROCESS;
    this.body = process;
  }

  /**
   * Starts the task when it has not started yet; does nothing otherwise (spawned tasks start at
   * once). Returns this task.
   */
  public Task start() {
    TaskRegistry owner = registry;
    if (owner == null) {
      throw new RuntimeError("task.outside", "task %s: start it from Conch code", getName());
    }
    owner.start(this);
    return this;
  }

  /**
   * Waits until the task ends. Gives nothing, as Python's join: at the prompt, {@code t.join()}
   * shows no value.
   */
  public void join() throws InterruptedException {
    Joins.join(this);
  }

  /** Waits until the task ends or {@code seconds} pass. Returns whether it ended. */
  public boolean join(double seconds) throws InterruptedException {
    return Joins.join(this, seconds);
  }

  /** The latch that opens when the task is over, or null when it is over already. */
  final synchronized CountDownLatch endLatch() {
    if (over) {
      return null;
    }
    if (ended == null) {
      ended = new CountDownLatch(1);
    }
    return ended;
  }

  /**
   * Asks the task to stop by interrupting it. Returns true when it was still running. A task that
   * ends because of this is {@link TaskState#CANCELLED}.
   */
  public boolean cancel() {
    if (state.ended()) {
      return false;
    }
    cancelRequested = true;
    Thread t = thread;
    if (t != null) {
      Interrupts.interrupt(t);
    }
    return true;
  }

  /**
   * Records that this task, from now on, is in {@code newState}, waiting for {@code target} (null
   * when it waits for nothing). Called by the runtime's blocking calls on the task's own thread.
   */
  public void enter(TaskState newState, Object target) {
    Coroutines loop = Turns.here(this);
    if (loop == null) {
      record(newState, target);
    } else {
      Turns.enter(loop, this, state, newState, target);
    }
  }

  /** Journals {@code newState} without giving up or waiting for a coroutine's turn. */
  final void record(TaskState newState, Object target) {
    long now = registry == null ? 0 : registry.clock().now();
    this.waitTarget = target;
    this.state = newState;
    this.since = now;
    journal.record(now, newState, target);
  }

  // --- called by the registry ---

  final void bindRegistry(TaskRegistry owner) {
    this.registry = owner;
  }

  final void bind(TaskRegistry owner, long newId, Run newRun) {
    this.registry = owner;
    this.id = newId;
    this.run = newRun;
  }

  /** The name the task was given, or null when it goes by its default one. */
  final String givenName() {
    return name;
  }

  final synchronized boolean claimStart() {
    if (startClaimed) {
      return false;
    }
    startClaimed = true;
    return true;
  }

  /** Lets a process body take its child before the task's thread starts. */
  final void beginProcess() {
    if (kind == TaskKind.PROCESS && body instanceof OsProcess p) {
      p.begin();
    }
  }

  final void attach(Thread newThread) {
    this.thread = newThread;
  }

  final void adopt(Thread current) {
    this.thread = current;
    enter(TaskState.RUNNING, null);
    CurrentTask.set(this);
  }

  final void release(TaskState last) {
    CurrentTask.clear();
    finish(last);
  }

  /** The coroutines this task takes part in, or null. */
  final Coroutines coroutines() {
    return coroutines;
  }

  /** From now on this task takes part in {@code loop}'s coroutines: it runs only in its turn. */
  final void joinCoroutines(Coroutines loop) {
    this.coroutines = loop;
  }

  /**
   * Gives the turn to the other coroutines that are ready and waits for it again; outside
   * coroutines, lets other threads run ({@link Thread#yield()}).
   */
  public static void yieldTurn() {
    Turns.yieldTurn(CurrentTask.get());
  }

  /**
   * Hands the turn straight to this coroutine (greenlet's {@code switch}), starting it if it has
   * not started; the caller waits until a coroutine switches back to it, or until nothing else can
   * run.
   */
  public void switchTo() {
    Turns.switchTo(CurrentTask.get(), this);
  }

  /** The task's work on its own thread; the registry has already marked it running. */
  final void runOnThread() {
    CurrentTask.set(this);
    TaskState last;
    try {
      Coroutines loop = coroutines;
      if (loop != null) {
        loop.begin(this);
        if (cancelRequested) {
          throw new InterruptedException(getName() + " was cancelled before its first turn");
        }
      }
      result = kind == TaskKind.PROCESS ? body.call() : run();
      last = TaskState.DONE;
    } catch (Throwable t) {
      error = registry.said(t);
      last = cancelRequested && Errors.isInterruption(t) ? TaskState.CANCELLED : TaskState.FAILED;
    } finally {
      registry.output().flushCurrent();
      CurrentTask.clear();
    }
    finish(last);
  }

  private void finish(TaskState last) {
    if (cancelRequested && holdings != null) {
      holdings.releaseAll(this); // a cancelled task lets go of all it holds, however it took it
    }
    holdings = null;
    endedAt = registry.clock().now();
    enter(last, null);
    thread = null; // an ended thread is dead weight: 100,000 of them would fill the heap
    registry.ended(this);
    CountDownLatch latch;
    synchronized (this) {
      over = true;
      latch = ended;
    }
    if (latch != null) {
      latch.countDown();
    }
  }

  final TaskClock raceClock() {
    return raceClock;
  }

  final void setRaceClock(TaskClock clock) {
    this.raceClock = clock;
  }

  /** This task took the lock or semaphore of {@code hold}: see {@link TaskHoldings#took}. */
  final void took(Hold hold) {
    TaskHoldings account = holdings;
    if (account == null) {
      if (Thread.currentThread() != thread) {
        return; // a thread acting for the task (a child's proxied calls) keeps its own account
      }
      holdings = account = new TaskHoldings();
    }
    account.took(hold, this);
  }

  // --- what the shell and learners read ---

  public long getId() {
    return id;
  }

  /** The name given to the task, or else its class's (task for a plain one) and its id. */
  public String getName() {
    String given = name;
    if (given != null) {
      return given;
    }
    return (getClass() == Task.class ? "task" : getClass().getSimpleName()) + "-" + id;
  }

  /** Renames the task; the new name shows in its output tags, {@code tasks} and the timeline. */
  public void setName(String newName) {
    this.name = newName;
  }

  public TaskKind getKind() {
    return kind;
  }

  /** Sets the kind before the task starts. */
  public void setKind(TaskKind newKind) {
    requireNew("kind");
    this.kind = newKind;
  }

  public boolean isDaemon() {
    return daemon;
  }

  /** Marks the task a daemon (cut off when its run ends); only before it starts. */
  public void setDaemon(boolean newDaemon) {
    requireNew("daemon");
    this.daemon = newDaemon;
  }

  private void requireNew(String what) {
    if (state != TaskState.NEW) {
      throw RuntimeError.tooLate(getName(), what, state);
    }
  }

  public TaskState getState() {
    return state;
  }

  /** True from start until the task ends. */
  public boolean isAlive() {
    return state.alive();
  }

  /** What the task waits for now (a task, a lock, a duration), or null. */
  public Object getWaitTarget() {
    return waitTarget;
  }

  /**
   * What the task is busy with, as the runtime names it (a pool worker's job: {@code job 7:
   * fn(3)}), or null.
   */
  public Object getDoing() {
    return doing;
  }

  /** Names what the task is busy with from now on (null: nothing in particular). */
  final void setDoing(Object what) {
    this.doing = what;
  }

  /** How many pool jobs this task has run (0 for a task that is no pool worker). */
  public int getJobsRun() {
    return jobsRun;
  }

  /** Counts one more job run; called only by the task's own thread. */
  final void jobRan() {
    jobsRun++;
  }

  /** When the current state began, in runtime nanoseconds. */
  public long getSince() {
    return since;
  }

  public long getEndedAt() {
    return endedAt;
  }

  /** The value the task's work returned, waiting for the task to end first. */
  public Object getResult() throws InterruptedException {
    join();
    Throwable failure = error;
    if (failure != null) {
      throw new TaskFailedError(this, failure);
    }
    return result;
  }

  /**
   * The id of the operating-system process the task runs in: its own for a child process, this
   * JVM's for a thread (threads of one process share its pid).
   */
  public long getPid() {
    return TaskProcess.pid(body);
  }

  /**
   * How a child process ended, as Python's {@code exitcode} (see {@link OsProcess#exitCode()}), or
   * null while it runs; for a thread, null while it runs, then 0, or 1 when it failed.
   */
  public Integer getExitcode() {
    return TaskProcess.exitcode(body, state, error);
  }

  /**
   * Stops the task: a child process gets SIGTERM (then SIGKILL after a grace period); a thread is
   * cancelled. Returns whether it was still running.
   */
  public boolean terminate() {
    return stop(OsProcess::terminate);
  }

  /** Stops the task at once: SIGKILL for a child process, cancel for a thread. */
  public boolean kill() {
    return stop(OsProcess::kill);
  }

  private boolean stop(Consumer<OsProcess> signal) {
    OsProcess child = TaskProcess.running(body, state);
    if (child != null) {
      cancelRequested = true; // before the signal: its end is then a cancellation
      signal.accept(child);
      return true;
    }
    return cancel();
  }

  /** The error that ended the task, or null. Does not wait. */
  public Throwable getError() {
    return error;
  }

  /** The run this task belongs to. */
  public Run getRun() {
    return run;
  }

  public Journal journal() {
    return journal;
  }

  /** The thread the task runs on, or null before it starts. */
  public Thread thread() {
    return thread;
  }

  /** Marks the task as to be cancelled without interrupting it yet (see {@code Deadlock.cure}). */
  final void requestCancel() {
    if (!state.ended()) {
      cancelRequested = true;
    }
  }

  boolean cancelRequested() {
    return cancelRequested;
  }

  /** The runtime that started this task, or null before it starts. */
  public ConchRuntime runtime() {
    TaskRegistry owner = registry;
    return owner == null ? null : owner.runtime();
  }

  TaskRegistry registry() {
    return registry;
  }

  @Override
  public String toString() {
    return "task " + getName();
  }
}
