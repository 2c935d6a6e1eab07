package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import dev.conch.runtime.race.RaceReport;
import dev.conch.runtime.race.RaceReport.Side;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The race detector on lines typed as a learner types them: each race shape is said once, with the
 * variable, both tasks, their lines and what they held; each way of ordering two accesses keeps it
 * silent. Where a test needs one task to be over before the next starts without the runtime
 * knowing, a plain Java latch does it: it orders the tasks in time but tells the detector nothing,
 * which is exactly a race that happens to come out right.
 */
@Timeout(60)
class RacesTest extends DslFixture {
  private final List<RaceReport> said = new CopyOnWriteArrayList<>();

  @BeforeEach
  void listen() {
    runtime.tasks().races().addListener(said::add);
    eval("latch = new java.util.concurrent.CountDownLatch(1)");
  }

  private RaceReport onlyRace() {
    assertThat(said).hasSize(1);
    return said.get(0);
  }

  @Test
  void twoWritesAreARace() {
    eval(
        "counter = 0; a = spawn(name: 'a') { counter = 1; latch.countDown() }; latch.await();"
            + " b = spawn(name: 'b') { counter = 2 }; b.join(); a.join()");
    RaceReport race = onlyRace();
    assertThat(race.variable()).isEqualTo("counter");
    assertThat(race.first()).isEqualTo(new Side("a", true, "line 1", ""));
    assertThat(race.second()).isEqualTo(new Side("b", true, "line 1", ""));
  }

  @Test
  void aWriteThenAReadIsARace() {
    eval(
        "shared = 0\n"
            + "a = spawn(name: 'a') { shared = 1; latch.countDown() }\n"
            + "latch.await(); b = spawn(name: 'b') { println shared }; b.join(); a.join()");
    RaceReport race = onlyRace();
    assertThat(race.first()).isEqualTo(new Side("a", true, "line 2", ""));
    assertThat(race.second()).isEqualTo(new Side("b", false, "line 3", ""));
  }

  @Test
  void aTaskAndThePromptsOwnLineRace() {
    eval("a = spawn(name: 'a') { shared = 1; latch.countDown() }; latch.await(); shared + 1");
    RaceReport race = onlyRace();
    assertThat(race.first().task()).isEqualTo("a");
    assertThat(race.second()).isEqualTo(new Side("main", false, "line 1", ""));
  }

  @Test
  void twoTasksSteppingACounterRaceOnceNamingBoth() {
    eval("counter = 0; ts = (1..2).collect { spawn { 100000.times { counter++ } } }; ts*.join()");
    RaceReport race = onlyRace();
    assertThat(race.variable()).isEqualTo("counter");
    assertThat(Set.of(race.first().task(), race.second().task()))
        .isEqualTo(Set.copyOf((List<?>) value("ts*.name")));
  }

  @Test
  void theLocksEachSideHeldAreNamed() {
    eval(
        "m = lock('m'); n = lock('n'); a = spawn(name: 'a') { m.withLock { shared = 1 };"
            + " latch.countDown() }; latch.await(); b = spawn(name: 'b') { n.withLock { shared = 2 } };"
            + " b.join()");
    RaceReport race = onlyRace();
    assertThat(race.first().holding()).isEqualTo("lock m");
    assertThat(race.second().holding()).isEqualTo("lock n");
  }

  @Test
  void aWriteAfterTheLastReleaseRacesWithTheNextHolderHoweverOftenItsTaskTookTheLock() {
    eval(
        "m = lock('m'); shared = 0\n"
            + "a = spawn(name: 'a') { 3.times { m.withLock { shared = it } }; shared = 9;"
            + " latch.countDown() }\n"
            + "latch.await(); b = spawn(name: 'b') { m.withLock { println shared } }; b.join()");
    RaceReport race = onlyRace();
    assertThat(race.first()).isEqualTo(new Side("a", true, "line 2", ""));
    assertThat(race.second()).isEqualTo(new Side("b", false, "line 3", "lock m"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a write before spawn, read in the task; a write in a task, read after its join
        "x = 0; t = spawn { x = 5 }; t.join(); x",
        "t = spawn { x = 5 }; t.result; x",
        // a value handed through a queue, a pipe, an event
        "q = queue(); spawn { y = 1; q.put(1) }; q.get(); y",
        "def (a, b) = pipe(); spawn { y = 1; a.send(1) }; b.recv(); y",
        "e = event(); spawn { y = 1; e.set() }; e.wait(); y",
        // one common lock, however it is spelt
        "m = lock(); c = 0; (1..2).collect { spawn { 2000.times { m.withLock { c++ } } } }*.join()",
        "m = rlock(); c = 0; (1..2).collect { spawn { 2000.times { m.acquire(); c++; m.release() } }"
            + " }*.join()",
        "s = semaphore(1); c = 0; (1..2).collect { spawn { 2000.times { s.withLock { c++ } } } }*.join()",
        "o = new Object(); c = 0; (1..2).collect { spawn { 2000.times { synchronized (o) { c++ } } }"
            + " }*.join()",
        // a manager's value updated through update { }: the variable is only read
        "mg = manager(); v = mg.value(0); (1..2).collect { spawn { 200.times { v.update { it + 1 } } }"
            + " }*.join(); mg.shutdown(); v.value",
        // a pool's job, and what the caller does with its result
        "pool(2) { p -> p.map(1..1) { r = it } }; r",
        "ex = executor(2); f = ex.submit { r = 1; 2 }; f.result(); ex.shutdown(); r",
        // a pool's callbacks, which take turns as Python's do
        "t = 0; p = pool(2); 200.times { p.apply_async({ it }, [1], callback: { v -> t += v }) };"
            + " p.close(); p.join(); t",
        // locals inside a block are not shared
        "(1..2).collect { spawn { int k = 0; 1000.times { k++ } } }*.join()"
      })
  void orderedAccessesAreNeverReported(String line) {
    eval(line);
    assertThat(said).as(line).isEmpty();
  }

  @Test
  void coroutinesThatYieldBetweenAReadAndAWriteRace() {
    eval(
        "counter = 0; cs = (1..2).collect { coroutine { 3.times { def c = counter; yield();"
            + " counter = c + 1 } } }; cs*.join()");
    assertThat(onlyRace().variable()).isEqualTo("counter");
  }

  @Test
  void aRaceIsSaidOncePerVariablePerRun() {
    String line = "counter = 0; (1..2).collect { spawn { 1000.times { counter++ } } }*.join()";
    eval(line);
    eval(line);
    assertThat(said).hasSize(2);
    assertThat(said.get(0).run()).isNotEqualTo(said.get(1).run());
    assertThat(value("races().size()")).isEqualTo(2);
  }

  @Test
  void racesFalseTurnsTheDetectorOff() {
    eval("races(false)");
    eval("counter = 0; (1..2).collect { spawn { 1000.times { counter++ } } }*.join()");
    assertThat(said).isEmpty();
    eval("races(true)");
    eval("counter = 0; (1..2).collect { spawn { 1000.times { counter++ } } }*.join()");
    assertThat(said).hasSize(1);
  }
}
