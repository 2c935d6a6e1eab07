package dev.conch.dsl;

import dev.conch.runtime.AsCompleted;
import dev.conch.runtime.Barrier;
import dev.conch.runtime.BoundedSemaphore;
import dev.conch.runtime.Condition;
import dev.conch.runtime.Event;
import dev.conch.runtime.Executor;
import dev.conch.runtime.Generator;
import dev.conch.runtime.Lock;
import dev.conch.runtime.Manager;
import dev.conch.runtime.PipeEnd;
import dev.conch.runtime.Pool;
import dev.conch.runtime.Queue;
import dev.conch.runtime.RLock;
import dev.conch.runtime.RuntimeError;
import dev.conch.runtime.ScaleResult;
import dev.conch.runtime.Semaphore;
import dev.conch.runtime.Task;
import dev.conch.runtime.TaskKind;
import groovy.lang.Closure;
import java.util.List;
import java.util.Map;

/**
 * The built-ins as static methods, star-imported into every script and class a learner compiles, so
 * that {@code sleep} and {@code spawn} mean Conch's everywhere, in closures and in classes. Each
 * method is a thin adapter: check the arguments, call the runtime. The network built-ins live in
 * {@link NetBuiltins}, imported the same way. Thread-safe (stateless).
 */
public final class BuiltinMethods {
  private BuiltinMethods() {}

  /** Starts {@code body} as a new platform-thread task. */
  public static Task spawn(Closure<?> body) {
    return SpawnArgs.parse("spawn", Map.of(), body, null).start("spawn");
  }

  /** Starts {@code body} as a new task configured by the named options. */
  public static Task spawn(Map<String, ?> options, Closure<?> body) {
    return SpawnArgs.parse("spawn", options, body, null).start("spawn");
  }

  /** Starts the {@code target:} of the named options as a new task. */
  public static Task spawn(Map<String, ?> options) {
    return SpawnArgs.parse("spawn", options, null, null).start("spawn");
  }

  public static Task thread(Closure<?> body) {
    return SpawnArgs.parse("thread", Map.of(), body, TaskKind.THREAD).start("thread");
  }

  public static Task thread(Map<String, ?> options, Closure<?> body) {
    return SpawnArgs.parse("thread", options, body, TaskKind.THREAD).start("thread");
  }

  /** Starts the {@code target:} of the named options as a new platform-thread task. */
  public static Task thread(Map<String, ?> options) {
    return thread(options, null);
  }

  public static Task virtual(Closure<?> body) {
    return SpawnArgs.parse("virtual", Map.of(), body, TaskKind.VIRTUAL).start("virtual");
  }

  public static Task virtual(Map<String, ?> options, Closure<?> body) {
    return SpawnArgs.parse("virtual", options, body, TaskKind.VIRTUAL).start("virtual");
  }

  /** Starts the {@code target:} of the named options as a new virtual-thread task. */
  public static Task virtual(Map<String, ?> options) {
    return virtual(options, null);
  }

  /** Starts {@code body} as a new task in a child process (another JVM) of its own. */
  public static Task process(Closure<?> body) {
    return SpawnArgs.parse("process", Map.of(), body, TaskKind.PROCESS).start("process");
  }

  public static Task process(Map<String, ?> options, Closure<?> body) {
    return SpawnArgs.parse("process", options, body, TaskKind.PROCESS).start("process");
  }

  /** Starts the {@code target:} of the named options in a child process, as Python's Process. */
  public static Task process(Map<String, ?> options) {
    return process(options, null);
  }

  /**
   * Starts {@code body} as a coroutine: one coroutine runs at a time, and the turn passes only at a
   * cooperative point ({@code sleep}, a wait on a runtime object, {@code join}, {@code yield()}).
   */
  public static Task coroutine(Closure<?> body) {
    return SpawnArgs.parse("coroutine", Map.of(), body, TaskKind.COROUTINE).start("coroutine");
  }

  public static Task coroutine(Map<String, ?> options, Closure<?> body) {
    return SpawnArgs.parse("coroutine", options, body, TaskKind.COROUTINE).start("coroutine");
  }

  /** Starts the {@code target:} of the named options as a coroutine. */
  public static Task coroutine(Map<String, ?> options) {
    return coroutine(options, null);
  }

  /**
   * Inside {@code generator { }}: hands out nothing and waits for the next {@code next()}; in a
   * coroutine: lets the other ready coroutines run first; in a thread: lets other threads run.
   */
  public static void yield() throws InterruptedException {
    Generator g = Generator.inside();
    if (g != null) {
      g.emit(null);
    } else {
      CurrentRuntime.runtime();
      Task.yieldTurn();
    }
  }

  /** Inside {@code generator { }}: hands {@code value} to {@code next()} and waits for the next. */
  public static void yield(Object value) throws InterruptedException {
    Generator g = Generator.inside();
    if (g == null) {
      throw new RuntimeError(
          "generator.outside",
          "yield: a value is handed out only inside generator { }; yield() with no value lets"
              + " other coroutines run");
    }
    g.emit(value);
  }

  /** A generator: its body runs a step at a time, up to each {@code yield value}. */
  public static Generator generator(Closure<?> body) {
    return generator("gen-" + GENERATORS.incrementAndGet(), body);
  }

  /** A generator named {@code name}. */
  public static Generator generator(String name, Closure<?> body) {
    CurrentRuntime.runtime();
    return new Generator(name, body::call);
  }

  private static final java.util.concurrent.atomic.AtomicLong GENERATORS =
      new java.util.concurrent.atomic.AtomicLong();

  /** The next value of {@code values} (a generator or any iterator), as Python's {@code next}. */
  public static Object next(java.util.Iterator<?> values) {
    return values.next();
  }

  /** The task running this code. */
  public static Task current() {
    CurrentRuntime.runtime();
    return Task.current();
  }

  /** Every task of the current run, ended ones included, the main task first. */
  public static List<Task> tasks() {
    Task task = current();
    return task == null || task.getRun() == null ? List.of() : task.getRun().all();
  }

  /** The tasks alive now, main tasks included (Python's {@code threading.enumerate()}). */
  public static List<Task> active() {
    return CurrentRuntime.runtime().tasks().live();
  }

  /** Sleeps {@code ms} milliseconds; Ctrl-C and {@code cancel()} end the sleep at once. */
  public static void sleep(Number ms) throws InterruptedException {
    ShortSleeps.check(CurrentRuntime.runtime(), ms);
    CurrentRuntime.runtime().sleeper().sleep(ms.longValue());
  }

  /**
   * Sleeps {@code ms} milliseconds. Declared for {@code long} so that it is a closer match than
   * Groovy's own {@code sleep(long)}, which ignores interrupts.
   */
  public static void sleep(long ms) throws InterruptedException {
    ShortSleeps.check(CurrentRuntime.runtime(), ms);
    CurrentRuntime.runtime().sleeper().sleep(ms);
  }

  /** A new lock with a generated name. */
  public static Lock lock() {
    return CurrentRuntime.runtime().locks().lock(null);
  }

  /** A new lock named {@code name}, as {@code /tasks} and deadlock reports will call it. */
  public static Lock lock(String name) {
    return CurrentRuntime.runtime().locks().lock(name);
  }

  /** A new re-entrant lock with a generated name. */
  public static RLock rlock() {
    return CurrentRuntime.runtime().locks().rlock(null);
  }

  /** A new re-entrant lock named {@code name}. */
  public static RLock rlock(String name) {
    return CurrentRuntime.runtime().locks().rlock(name);
  }

  /** How many processor cores the JVM may use. */
  public static int getCores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** This process's id. */
  public static long pid() {
    return ProcessHandle.current().pid();
  }

  /** The id of this process's parent, or -1 when it is gone. */
  public static long ppid() {
    return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
  }

  /**
   * A first-in first-out queue: {@code queue()}, {@code queue(5)}, {@code queue('jobs')}, {@code
   * queue(5, 'jobs')} or {@code queue(maxsize: 5, name: 'jobs')}; a maxsize of 0 or less (or none)
   * means no limit.
   */
  public static Queue queue(Object... args) {
    QueueArgs given = QueueArgs.parse("queue", args);
    return CurrentRuntime.runtime().queues().queue(given.maxsize(), given.name());
  }

  /** A last-in first-out queue (a stack), with the arguments of {@link #queue}. */
  public static Queue lifoQueue(Object... args) {
    QueueArgs given = QueueArgs.parse("lifoQueue", args);
    return CurrentRuntime.runtime().queues().lifoQueue(given.maxsize(), given.name());
  }

  /**
   * A queue giving the smallest item first, such as {@code [priority, item]} lists, with the
   * arguments of {@link #queue}; equal priorities leave in the order they came.
   */
  public static Queue priorityQueue(Object... args) {
    QueueArgs given = QueueArgs.parse("priorityQueue", args);
    return CurrentRuntime.runtime().queues().priorityQueue(given.maxsize(), given.name());
  }

  /**
   * Python multiprocessing's {@code JoinableQueue}: the same as {@link #queue}, since every queue
   * has {@code task_done()} and {@code join()}.
   */
  public static Queue joinableQueue(Object... args) {
    QueueArgs given = QueueArgs.parse("joinableQueue", args);
    return CurrentRuntime.runtime().queues().joinableQueue(given.maxsize(), given.name());
  }

  /** A new semaphore of one free permit, as Python's {@code Semaphore()}. */
  public static Semaphore semaphore() {
    return semaphore(1);
  }

  /** A new semaphore of {@code permits} free permits with a generated name. */
  public static Semaphore semaphore(int permits) {
    return CurrentRuntime.runtime().locks().semaphore(null, permits);
  }

  /** A new semaphore of {@code permits} free permits named {@code name}. */
  public static Semaphore semaphore(int permits, String name) {
    return CurrentRuntime.runtime().locks().semaphore(name, permits);
  }

  /** A new bounded semaphore of one free permit, as Python's {@code BoundedSemaphore()}. */
  public static BoundedSemaphore boundedSemaphore() {
    return boundedSemaphore(1);
  }

  /** A new bounded semaphore of {@code permits} free permits with a generated name. */
  public static BoundedSemaphore boundedSemaphore(int permits) {
    return CurrentRuntime.runtime().locks().boundedSemaphore(null, permits);
  }

  /** A new bounded semaphore of {@code permits} free permits named {@code name}. */
  public static BoundedSemaphore boundedSemaphore(int permits, String name) {
    return CurrentRuntime.runtime().locks().boundedSemaphore(name, permits);
  }

  /** A new event, not set, with a generated name. */
  public static Event event() {
    return CurrentRuntime.runtime().locks().event(null);
  }

  /** A new event, not set, named {@code name}. */
  public static Event event(String name) {
    return CurrentRuntime.runtime().locks().event(name);
  }

  /** A new condition with a re-entrant lock of its own and a generated name. */
  public static Condition condition() {
    return CurrentRuntime.runtime().locks().condition(null, null);
  }

  /** A new condition named {@code name} with a re-entrant lock of its own. */
  public static Condition condition(String name) {
    return CurrentRuntime.runtime().locks().condition(name, null);
  }

  /** A new condition over {@code lock}, with a generated name. */
  public static Condition condition(Lock lock) {
    return CurrentRuntime.runtime().locks().condition(null, lock);
  }

  /** A new condition over {@code lock}, named {@code name}. */
  public static Condition condition(Lock lock, String name) {
    return CurrentRuntime.runtime().locks().condition(name, lock);
  }

  /** A new barrier for {@code parties} tasks with a generated name. */
  public static Barrier barrier(int parties) {
    return CurrentRuntime.runtime().locks().barrier(null, parties, null);
  }

  /** A new barrier for {@code parties} tasks named {@code name}. */
  public static Barrier barrier(int parties, String name) {
    return CurrentRuntime.runtime().locks().barrier(name, parties, null);
  }

  /** A new barrier for {@code parties} tasks that runs {@code action} once per round. */
  public static Barrier barrier(int parties, Closure<?> action) {
    return CurrentRuntime.runtime().locks().barrier(null, parties, action::call);
  }

  /**
   * A new barrier for {@code parties} tasks with the named options {@code name}, {@code action} and
   * {@code timeout} (seconds: what {@code wait()} waits at most), as Python's {@code
   * Barrier(parties, action=None, timeout=None)}.
   */
  public static Barrier barrier(Map<String, ?> options, int parties) {
    return BarrierArgs.parse(options, null).barrier(parties);
  }

  /** A new barrier with named options whose action is the block. */
  public static Barrier barrier(Map<String, ?> options, int parties, Closure<?> action) {
    return BarrierArgs.parse(options, action).barrier(parties);
  }

  /** A new barrier named {@code name} for {@code parties} tasks that runs {@code action}. */
  public static Barrier barrier(int parties, String name, Closure<?> action) {
    return CurrentRuntime.runtime().locks().barrier(name, parties, action::call);
  }

  /** A pool of as many thread workers as there are cores. */
  public static Pool pool() {
    return PoolArgs.parse("pool", Map.of(), null, "processes", PoolArgs.cores()).pool();
  }

  /** A pool of {@code n} thread workers. */
  public static Pool pool(int n) {
    return PoolArgs.parse("pool", Map.of(), n, "processes", PoolArgs.cores()).pool();
  }

  /** A pool configured by the named options {@code name}, {@code kind}, {@code processes}. */
  public static Pool pool(Map<String, ?> options) {
    return PoolArgs.parse("pool", options, null, "processes", PoolArgs.cores()).pool();
  }

  /** A pool of {@code n} workers configured by the named options. */
  public static Pool pool(Map<String, ?> options, int n) {
    return PoolArgs.parse("pool", options, n, "processes", PoolArgs.cores()).pool();
  }

  /** Runs {@code block} with a new pool, then closes the pool and waits for its workers. */
  public static Object pool(Closure<?> block) throws Exception {
    return PoolArgs.withPool(pool(), block);
  }

  /** Runs {@code block} with a new pool of {@code n} workers, then closes and joins it. */
  public static Object pool(int n, Closure<?> block) throws Exception {
    return PoolArgs.withPool(pool(n), block);
  }

  /** Runs {@code block} with a new pool configured by the options, then closes and joins it. */
  public static Object pool(Map<String, ?> options, Closure<?> block) throws Exception {
    return PoolArgs.withPool(pool(options), block);
  }

  /** Runs {@code block} with a new pool of {@code n} workers, then closes and joins it. */
  public static Object pool(Map<String, ?> options, int n, Closure<?> block) throws Exception {
    return PoolArgs.withPool(pool(options, n), block);
  }

  /** An executor of as many thread workers as Python's default: cores + 4, at most 32. */
  public static Executor executor() {
    return executor(Map.of());
  }

  /** An executor of {@code n} thread workers. */
  public static Executor executor(int n) {
    return executor(Map.of(), n);
  }

  /**
   * An executor configured by the named options {@code name}, {@code kind}, {@code max_workers}.
   */
  public static Executor executor(Map<String, ?> options) {
    return PoolArgs.parse("executor", options, null, "max_workers", PoolArgs.executorDefault())
        .executor();
  }

  /** An executor of {@code n} workers configured by the named options. */
  public static Executor executor(Map<String, ?> options, int n) {
    return PoolArgs.parse("executor", options, n, "max_workers", PoolArgs.executorDefault())
        .executor();
  }

  /** Runs {@code block} with a new executor, then shuts it down, waiting for its jobs. */
  public static Object executor(Closure<?> block) throws Exception {
    return PoolArgs.withExecutor(executor(), block);
  }

  /** Runs {@code block} with a new executor of {@code n} workers, then shuts it down. */
  public static Object executor(int n, Closure<?> block) throws Exception {
    return PoolArgs.withExecutor(executor(n), block);
  }

  /** Runs {@code block} with a new executor configured by the options, then shuts it down. */
  public static Object executor(Map<String, ?> options, Closure<?> block) throws Exception {
    return PoolArgs.withExecutor(executor(options), block);
  }

  /** Runs {@code block} with a new executor of {@code n} workers, then shuts it down. */
  public static Object executor(Map<String, ?> options, int n, Closure<?> block) throws Exception {
    return PoolArgs.withExecutor(executor(options, n), block);
  }

  /** The futures in the order their jobs end, those already ended first. */
  public static AsCompleted as_completed(Iterable<?> futures) {
    return new AsCompleted(futures, -1);
  }

  /** The futures in the order their jobs end, all within {@code seconds}. */
  public static AsCompleted as_completed(Iterable<?> futures, double seconds) {
    return new AsCompleted(futures, seconds);
  }

  /** {@code as_completed} in camelCase. */
  public static AsCompleted asCompleted(Iterable<?> futures) {
    return as_completed(futures);
  }

  /** {@code as_completed} in camelCase, all within {@code seconds}. */
  public static AsCompleted asCompleted(Iterable<?> futures, double seconds) {
    return as_completed(futures, seconds);
  }

  /** The two ends of a new pipe, both sending and receiving (Python's {@code Pipe()}). */
  public static List<PipeEnd> pipe() {
    return CurrentRuntime.runtime().shared().pipe(null, true);
  }

  /**
   * The two ends of a new pipe configured by the named options {@code duplex} (false: a receiving
   * end, then a sending end) and {@code name}.
   */
  public static List<PipeEnd> pipe(Map<String, ?> options) {
    Builtins.checkOptions("pipe", options);
    Object duplex = options.containsKey("duplex") ? options.get("duplex") : Boolean.TRUE;
    if (!(duplex instanceof Boolean)) {
      throw new UsageError(Builtins.find("pipe").orElseThrow(), "usage.flag", "duplex", duplex);
    }
    Object name = options.get("name");
    return CurrentRuntime.runtime()
        .shared()
        .pipe(name == null ? null : name.toString(), (Boolean) duplex);
  }

  /** A new manager of shared dicts, lists, values and queues (Python's {@code Manager()}). */
  public static Manager manager() {
    return CurrentRuntime.runtime().shared().manager(null);
  }

  /** A new manager named {@code name}. */
  public static Manager manager(String name) {
    return CurrentRuntime.runtime().shared().manager(name);
  }

  /**
   * Runs {@code block} with a new manager, then shuts the manager down; returns the block's value.
   */
  public static Object manager(Closure<?> block) {
    try (Manager m = manager()) {
      return block.call(m);
    }
  }

  /** Runs {@code block}, prints how long it took ({@code took 1.234 s}) and returns its value. */
  public static Object time(Closure<?> block) throws Exception {
    return Timing.of(CurrentRuntime.runtime()).time(null, block);
  }

  /** As {@link #time(Closure)}, the printed line starting with {@code label:}. */
  public static Object time(CharSequence label, Closure<?> block) throws Exception {
    return Timing.of(CurrentRuntime.runtime()).time(String.valueOf(label), block);
  }

  /**
   * Calls {@code block} with 1, 2, 4, … workers up to the cores (at least 2), times each call,
   * prints the speed-up chart and returns the measurements.
   */
  public static ScaleResult scale(Closure<?> block) throws Exception {
    return scale(Map.of(), block);
  }

  /**
   * As {@link #scale(Closure)}, with the named options {@code upTo}, {@code workers}, {@code
   * repeat} (timed calls per size; the fastest counts) and {@code warmup} (untimed calls first).
   */
  public static ScaleResult scale(Map<String, ?> options, Closure<?> block) throws Exception {
    ScaleArgs parsed = Timing.options(options);
    return Timing.of(CurrentRuntime.runtime()).scale(parsed, block);
  }
}
