package dev.conch.dsl;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.LineInput;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.race.RaceReport;
import dev.conch.runtime.task.Generator;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.wait.Waits;
import groovy.lang.Closure;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The built-ins that start and inspect tasks: {@code spawn} and its four kinds ({@code thread},
 * {@code virtual}, {@code process}, {@code coroutine}), generators and {@code yield}, {@code
 * current}, {@code tasks}, {@code active}, {@code sleep}, the machine's {@code cores}, {@code pid}
 * and {@code ppid}, and {@code input}, which reads a line the learner types. Static methods,
 * star-imported into every script and class a learner compiles (see {@link Builtins#OWNERS}), each
 * a thin adapter: check the arguments, call the runtime. Stateless and thread-safe.
 */
public final class TaskBuiltins {
  private TaskBuiltins() {}

  /**
   * The options of a call given its arguments one by one: {@code spawn(f, null)} passes one null.
   */
  private static Map<String, ?> positional(Object[] args) {
    return Map.of("args", args == null ? Collections.singletonList(null) : Arrays.asList(args));
  }

  /** Starts {@code body} as a new platform-thread task. */
  public static Task spawn(Closure<?> body) {
    return SpawnArgs.parse("spawn", Map.of(), body, null).start("spawn");
  }

  /**
   * Starts {@code body} with {@code args}, as {@code spawn(args: [...]) { … }}: gevent's {@code
   * spawn(f, 1, 2)}.
   */
  public static Task spawn(Closure<?> body, Object... args) {
    return SpawnArgs.parse("spawn", positional(args), body, null).start("spawn");
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

  /**
   * Starts {@code body} with {@code args}, as {@code thread(args: [...]) { … }}: gevent's {@code
   * spawn(f, 1, 2)}.
   */
  public static Task thread(Closure<?> body, Object... args) {
    return SpawnArgs.parse("thread", positional(args), body, TaskKind.THREAD).start("thread");
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

  /**
   * Starts {@code body} with {@code args}, as {@code virtual(args: [...]) { … }}: gevent's {@code
   * spawn(f, 1, 2)}.
   */
  public static Task virtual(Closure<?> body, Object... args) {
    return SpawnArgs.parse("virtual", positional(args), body, TaskKind.VIRTUAL).start("virtual");
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

  /**
   * Starts {@code body} with {@code args}, as {@code process(args: [...]) { … }}: gevent's {@code
   * spawn(f, 1, 2)}.
   */
  public static Task process(Closure<?> body, Object... args) {
    return SpawnArgs.parse("process", positional(args), body, TaskKind.PROCESS).start("process");
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

  /**
   * Starts {@code body} with {@code args}, as {@code coroutine(args: [...]) { … }}: gevent's {@code
   * spawn(f, 1, 2)}.
   */
  public static Task coroutine(Closure<?> body, Object... args) {
    return SpawnArgs.parse("coroutine", positional(args), body, TaskKind.COROUTINE)
        .start("coroutine");
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

  /** The races found so far in this session, oldest first (the last hundred). */
  public static List<RaceReport> races() {
    return CurrentRuntime.runtime().tasks().races().reports();
  }

  /**
   * Turns the race detector on or off for the runs that follow ({@code races(false)} for a
   * benchmark); returns the setting.
   */
  public static boolean races(boolean on) {
    CurrentRuntime.runtime().tasks().races().setOn(on);
    return on;
  }

  /** How many processor cores the JVM may use. */
  public static int getCores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Reads a line typed by the learner, as Python's {@code input()}. */
  public static String input() throws InterruptedException {
    return input("");
  }

  /**
   * Shows {@code prompt} (after anything this task printed on the line so far) and reads a line
   * typed by the learner, without its line break, as Python's {@code input(prompt)}.
   */
  public static String input(Object prompt) throws InterruptedException {
    ConchRuntime runtime = CurrentRuntime.runtime();
    String shown = runtime.output().takeUnfinished() + prompt;
    // /tasks and the status line: waiting, not running
    return Waits.on(KEYBOARD, () -> LineInput.of(runtime).readLine(shown));
  }

  /** What a task in {@code input()} waits for, as {@code /tasks} shows it. */
  private static final Object KEYBOARD =
      new Object() {
        @Override
        public String toString() {
          return "input()";
        }
      };

  /** This process's id. */
  public static long pid() {
    return ProcessHandle.current().pid();
  }

  /** The id of this process's parent, or -1 when it is gone. */
  public static long ppid() {
    return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
  }
}
