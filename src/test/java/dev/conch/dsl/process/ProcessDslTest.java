package dev.conch.dsl.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.TaskFailedError;
import dev.conch.runtime.pool.JobFailedError;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Closures and process classes typed at the prompt run in real child JVMs. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ProcessDslTest extends DslFixture {
  @AfterEach
  void noChildLeft() {
    runtime.close();
    // close() kills and waits for every child; the JDK reaps a killed one on its own thread, so a
    // last look may still catch it: give that up to 10 s
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<ProcessHandle> left = alive();
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      left.forEach(p -> p.onExit().orTimeout(1, TimeUnit.SECONDS).exceptionally(e -> p).join());
      left = alive();
    }
    assertThat(left).as("child JVMs left behind").isEmpty();
  }

  private static List<ProcessHandle> alive() {
    return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
  }

  @Test
  void aChildChangesItsCopyOfAGlobalAndTheParentKeepsItsOwn() {
    value("money = 100");
    value("p = process(name: 'kid') { money = 200; println \"child: $money\"; pid() }");
    Object childPid = value("p.result");
    assertThat(value("money")).isEqualTo(100);
    assertThat(childPid).isEqualTo(value("p.pid")).isNotEqualTo(ProcessHandle.current().pid());
    assertThat(value("p.exitcode")).isEqualTo(0);
    synchronized (lines) {
      assertThat(tagged).contains("[kid] child: 200");
    }
  }

  @Test
  void methodsAndClassesTypedEarlierWorkInTheChild() {
    value("def twice(n) { n * 2 }");
    value("class Box { int v; int plus(int k) { v + k } }");
    value("b = new Box(v: 40)");
    Object got =
        value("spawn(kind: 'process') { new Box(v: twice(20)).plus(2) + (b.v - 40) }.result");
    assertThat(got).isEqualTo(42);
  }

  @Test
  void argumentsAndCapturedLocalsArriveAsCopies() {
    Object got =
        value(
            "def local = [1, 2]; t = spawn(kind: 'process', args: [10, 'x']) { n, s -> local << n;"
                + " \"$s$local\" }; [t.result, local]");
    assertThat(got.toString()).isEqualTo("[x[1, 2, 10], [1, 2]]");
  }

  @Test
  void aProcessClassRunsItsRunInTheChildUnderItsName() {
    value(
        "class Sq extends Process { int n; Sq(int n) { super(\"sq-$n\"); this.n = n };"
            + " def run() { \"$name ${pid() != ppid()} ${n * n}\" } }");
    assertThat(value("p = new Sq(7); p.start(); p.result").toString()).isEqualTo("sq-7 true 49");
    assertThat(value("p.pid == pid()")).isEqualTo(false);
  }

  @Test
  void aCapturedLocalThatCannotBeCopiedIsRefusedByNameAndASessionVariableFailsWhenUsed() {
    value("sock = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())");
    try {
      Throwable e = error("[1].each { def s = sock; process { println s.localPort } }");
      assertThat(e)
          .isInstanceOf(MisuseError.class)
          .hasMessage(
              "process: variable 's' (a java.net.ServerSocket) cannot go to another process: a"
                  + " connection stays in the JVM that opened it; serve it with a thread instead,"
                  + " spawn(target: f, args: [conn])");
      assertThat(value("process { 'sock'.size() }.result")).isEqualTo(4);
      value("p = process { sock.localPort }; p.join()");
      assertThat(value("p.error.message"))
          .isEqualTo(
              "process: variable 'sock' (a java.net.ServerSocket) could not be copied to this"
                  + " process; share it through a queue, pipe or manager instead");
    } finally {
      value("sock.close()");
    }
  }

  @Test
  void aFailingChildFailsItsTaskWithTheErrorAndExitCodeOne() {
    value("p = process { 1 / 0 }");
    Throwable e = error("p.result");
    assertThat(e).isInstanceOf(TaskFailedError.class);
    // the child's own error, as a pool job's is: the same class here
    assertThat(e.getCause()).isInstanceOf(ArithmeticException.class);
    assertThat(dev.conch.runtime.errors.Errors.oneLine(e.getCause()))
        .isEqualTo("ArithmeticException: Division by zero");
    assertThat(value("p.exitcode")).isEqualTo(1);
    assertThat(value("p.state.toString()")).isEqualTo("failed");
  }

  @Test
  void aProcessPoolMapsInChildJvmsAndNamesAFailingJob() {
    value("def sq(n) { n * n }");
    value("p = pool(2, kind: 'process', name: 'pp')");
    assertThat(value("p.map(1..20) { sq(it) }").toString())
        .isEqualTo(
            (java.util.stream.IntStream.rangeClosed(1, 20).map(i -> i * i).boxed().toList())
                .toString());
    assertThat(value("(p.map(1..8) { pid() } as Set).contains(pid())")).isEqualTo(false);
    Throwable e = error("p.map([1, 0]) { 10.intdiv(it) }");
    assertThat(e).isInstanceOf(ArithmeticException.class); // the job's own error, rebuilt here
    assertThat(JobFailedError.noteOn(e))
        .hasMessageMatching(
            "pool pp: fn\\(0\\) failed in pp-worker-\\d \\(job \\d+\\):"
                + " ArithmeticException: / by zero");
  }

  @Test
  void aWorkerMappingTheSameCodeAgainKeepsItsClassesAndTheirState() {
    value("class Tally { static int n = 0 }");
    value("p = pool(1, kind: 'process')");
    // the same closure twice: the worker keeps Tally, as a Python worker keeps its globals
    assertThat(value("def r = []; 2.times { r << p.map(1..2) { Tally.n += 1 } }; r").toString())
        .isEqualTo("[[1, 2], [3, 4]]");
    assertThat(value("Tally.n")).isEqualTo(0);
  }

  @Test
  void aPoolWorkerKilledMidJobFailsThatJobAndIsReplaced() throws Exception {
    value("p = pool(1, kind: 'process', name: 'kp')");
    value("r = p.apply_async { println 'started'; sleep 60000 }");
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!lines().contains("started") && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    long first = ((Number) value("p.workers()[0].pid")).longValue();
    ProcessHandle.of(first).orElseThrow().destroyForcibly();
    Throwable e = error("r.get()");
    assertThat(JobFailedError.noteOn(e))
        .hasMessageMatching(
            "pool kp: fn\\(\\) failed in kp-worker-1 \\(job 1\\): process kp-worker-1 \\(pid \\d+\\)"
                + " died \\(exit code -9\\) while running this job");
    long second = ((Number) value("p.apply { pid() }")).longValue();
    assertThat(second).isNotEqualTo(first).isNotEqualTo(ProcessHandle.current().pid());
  }

  @Test
  void aChildKilledWhileHoldingAProxiedLockFailsAndTheLockIsFree() {
    value("l = lock('a')");
    value("p = process(name: 'holder') { l.acquire(); println 'holding'; sleep 60000 }");
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!lines().contains("holding") && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(value("l.owner()?.name")).isEqualTo("holder");
    long pid = ((Number) value("p.pid")).longValue();
    ProcessHandle.of(pid).orElseThrow().destroyForcibly();
    assertThat(value("p.join(5)")).isEqualTo(true);
    assertThat(value("l.locked()")).isEqualTo(false);
    assertThat(value("p.exitcode")).isEqualTo(-9);
    assertThat(value("p.error.message"))
        .isEqualTo("process holder (pid " + pid + ") ended with exit code -9 before it finished");
  }

  /** Python's Manager().Value('i', 0), Lock() and Queue(), as seed 004 writes them. */
  @Test
  void aManagersPythonNamesMakeWhatItsOwnNamesMake() {
    value("m = manager(); v = m.Value('i', 0); lk = m.Lock(); q = m.Queue(); r = m.RLock()");
    value("ps = (1..2).collect { process { lk.withLock { v.value += 1 }; q.put(pid()) } }");
    value("ps*.join()");
    assertThat(value("[v.value, q.qsize(), q.get() != pid(), lk.locked()]").toString())
        .isEqualTo("[2, 2, true, false]");
    assertThat(value("[m.Queue(2).maxsize, r.class.simpleName]").toString())
        .isEqualTo("[2, RLock]");
  }

  @Test
  void queuesAndManagedObjectsCrossToChildren() {
    value("q = queue('inbox'); l = lock('t'); m = manager(); v = m.value(0); d = m.dict()");
    value("w = process(name: 'writer') { ['A', 'B', 'C'].each { q.put(it) }; q.put(null) }");
    value(
        "r = process(name: 'reader') { def got = []; for (x in q.takeUntil(null)) got << x; got }");
    assertThat(value("r.result").toString()).isEqualTo("[A, B, C]");
    value(
        "ps = (1..3).collect { i -> process { 20.times { l.withLock { v.value = v.value + 1 } };"
            + " d[i] = pid() } }; ps*.join()");
    assertThat(value("[v.value, d.size(), d.values().contains(pid()), l.locked()]").toString())
        .isEqualTo("[60, 3, false, false]");
  }

  @Test
  void aMethodReferenceRunsInAChildAndAProcessHasItsPidAtOnce() {
    value("def work(a, b) { \"$a-$b in ${pid()}\" }");
    value("p = spawn(kind: 'process', target: this.&work, args: [1, 2])");
    Object pid = value("p.pid");
    assertThat(((Number) pid).longValue()).isPositive();
    assertThat(value("p.result").toString()).isEqualTo("1-2 in " + pid);
    value("def one(a) { work('x', a) }");
    assertThat(value("pool(1, kind: 'process').map([3], this.&one)").toString())
        .startsWith("[x-3 in ");
  }

  /**
   * Python's {@code for url in urls: p.apply_async(get, args=(url,))} as a closure: the method's
   * name is in the closure's class, and its values come back read with the session's classes.
   */
  @Test
  void aMethodReferenceWrittenInsideAClosureRunsInAPoolsChildAndInAProcess() {
    value("def page(u) { [url: u, in: pid()] }");
    value("p = pool(2, kind: 'process')");
    Object urls = value("['a', 'b'].collect { p.apply_async(this.&page, args: [it]) }*.get()*.url");
    assertThat(urls.toString()).isEqualTo("[a, b]");
    value("t = [1].collect { spawn(kind: 'process', target: this.&page, args: ['c']) }[0]");
    assertThat(value("t.result.url")).isEqualTo("c");
    assertThat(value("t.result.in == pid()")).isEqualTo(false);
  }

  /** The seeds' chat server hands each connection to a process; a JVM cannot, and says so. */
  @Test
  void aConnectionGivenToAProcessIsRefusedWithTheThreadWay() {
    value("ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())");
    try {
      assertThat(error("process(target: { s -> s.localPort }, args: [ss])"))
          .hasMessage(
              "process: its arguments (a java.net.ServerSocket) cannot go to another process: a"
                  + " connection stays in the JVM that opened it; serve it with a thread instead,"
                  + " spawn(target: f, args: [conn])");
    } finally {
      value("ss.close()");
    }
    assertThat(error("process(target: { o -> o }, args: [new Object()])"))
        .hasMessage(
            "process: its arguments (a java.lang.Object) cannot be copied to a process; pass the"
                + " values it holds, or share it through a queue, pipe or manager");
  }

  @Test
  void aProcessTerminatedWhileStartingEndsWithSigterm() {
    value("p = process(name: 'early') { sleep 5000 }");
    value("p.terminate(); p.join()");
    assertThat(value("[p.exitcode, p.state.toString()]").toString()).isEqualTo("[-15, cancelled]");
  }

  @Test
  void anExecutorOfProcessesRunsSubmittedWorkInChildren() {
    value("e = executor(2, kind: 'process')");
    value("f = e.submit({ a, b -> [a + b, pid()] }, 40, 2)");
    assertThat(value("f.result()[0]")).isEqualTo(42);
    assertThat(value("f.result()[1] != pid()")).isEqualTo(true);
    value("e.shutdown(wait: true)");
  }

  @Test
  void aResultThatCannotBeCopiedBackIsDroppedWithANoteAndAProxyComesBackAsItself() {
    value("q = queue('back')");
    assertThat(
            value("p = process(name: 'odd') { new Object() }; p.join(); [p.state, p.result]")
                .toString())
        .isEqualTo("[done, null]");
    synchronized (lines) {
      assertThat(tagged)
          .contains(
              "[odd] its result (a java.lang.Object) cannot be copied back to the parent, so"
                  + " result is null there");
    }
    assertThat(value("process { q }.result.is(q)")).isEqualTo(true);
  }

  @Test
  void closingAndJoiningAProcessPoolLetsEveryWorkerExitCleanly() {
    value("p = pool(2, kind: 'process'); g = barrier(2); p.map(1..2) { g.wait(); pid() }");
    value("p.close(); p.join()");
    assertThat(value("p.workers()*.exitcode").toString()).isEqualTo("[0, 0]");
  }

  @Test
  void aProcessClassSeesCopiesOfTheSessionsVariablesAndMethodsInItsChild() {
    value("greeting = 'hello'; counter = 1; q = queue(); def shout(s) { s.toUpperCase() }");
    eval(
        """
        class Greeter extends Process {
          def run() { counter = 99; q.put(shout(greeting) + ' ' + counter + ' ' + (pid() != ppid())) }
        }
        """);
    assertThat(value("p = new Greeter(); p.start(); p.join(); q.get()")).isEqualTo("HELLO 99 true");
    assertThat(value("counter")).isEqualTo(1);
  }

  @Test
  void theDeadlockWatcherSeesAChildWaitingThroughAProxyAndCuresIt() throws Exception {
    value("a = lock('a'); b = lock('b'); q = queue('q'); g = queue('g')");
    value("p = process(name: 'kid') { a.acquire(); q.put('a'); g.get(); b.acquire() }");
    value("m = spawn(name: 'mover') { b.withLock { q.get(); g.put('b'); a.acquire() } }");
    var found = new java.util.concurrent.CompletableFuture<dev.conch.runtime.deadlock.Deadlock>();
    runtime.deadlocks().addListener(found::complete);
    runtime.deadlocks().start();
    var deadlock = found.get(30, TimeUnit.SECONDS);
    assertThat(
            deadlock.links().stream()
                .map(l -> l.waiter().getName() + " waits for " + l.lock().label())
                .sorted()
                .toList())
        .containsExactly("kid waits for lock b", "mover waits for lock a");
    deadlock.cure();
    value("p.join(); m.join()");
    assertThat(value("[p.state.toString(), a.locked(), b.locked()]").toString())
        .isEqualTo("[cancelled, false, false]");
  }

  private List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }
}
