package dev.conch.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.SessionFixture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What CPython 3.11's {@code Lib/test/_test_multiprocessing.py} checks of Process, Pool, Queue,
 * Pipe and Manager, written as a learner who knows them would write it in Conch. Like CPython's,
 * which runs its pool tests with threads too, most pool rows use a thread pool; the few rows that
 * start child JVMs say so in their names.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MultiprocessingTest extends SessionFixture {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Pool
        "pool(2).apply({ a, b -> a * b }, [3, 4]) | 12",
        "pool(2).apply_async({ it * it }, [5]).get() | 25",
        "pool(2).map({ it * it }, 0..<10) | [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]",
        "pool(2).map({ it * it }, 0..<10, chunksize: 3) | [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]",
        "pool(2).map({ it }, []) | []",
        "pool(2).starmap({ a, b -> a * b }, [[1, 2], [3, 4]]) | [2, 12]",
        "pool(2).starmap_async({ a, b -> a * b }, [[1, 2], [3, 4]]).get() | [2, 12]",
        "pool(2).map_async({ it + 1 }, [1, 2, 3]).get() | [2, 3, 4]",
        "pool(2).map_async({ it + 1 }, [1, 2, 3]).get(timeout: 5) | [2, 3, 4]",
        "pool(2).imap({ it * 2 }, 1..5).toList() | [2, 4, 6, 8, 10]",
        "pool(2).imap({ it * 2 }, 1..5, 2).toList() | [2, 4, 6, 8, 10]",
        "pool(2).imap_unordered({ it * 2 }, 1..5).toList().sort() | [2, 4, 6, 8, 10]",
        "r = pool(2).imap({ it }, [1]); r.next(); r.next() | raised StopIteration",
        "r = pool(2).imap({ 10.intdiv(it) }, [5, 0]); r.next() | 2",
        "r = pool(2).imap({ 10.intdiv(it) }, [5, 0]); r.next(); r.next() | raised ArithmeticException",
        "pool(2).map({ 10.intdiv(it) }, [1, 0]) | raised ArithmeticException",
        "pool(2).apply({ throw new ValueError('bad') }) | raised ValueError",
        "pool(0) | raised ValueError",
        "pool(-1) | raised ValueError",
        "p = pool(1); p.close(); p.map({ it }, [1]) | raised ValueError",
        "p = pool(1); p.close(); p.apply_async { 1 } | raised ValueError",
        "p = pool(1); p.join() | raised ValueError",
        "p = pool(2); r = p.map_async({ it }, [1, 2]); p.close(); p.join(); r.ready() | true",
        "p = pool(2); p.terminate(); p.join(); 'ended' | ended",
        "p = pool(2); r = p.apply_async { 5 }; r.get(); [r.ready(), r.successful()] | [true, true]",
        "p = pool(2); r = p.apply_async { 1 / 0 }; r.wait(); r.successful() | false",
        "p = pool(2); r = p.apply_async { 1 / 0 }; r.get() | raised ArithmeticException",
        "pool(2) { p -> kept = p; p.map({ it }, [1]) }; kept.map({ it }, [1]) | raised ValueError",
        "pool(processes: 3).size() | 3",
        // Queue, as multiprocessing's, between tasks
        "q = queue(); q.put(1); q.put(2); [q.get(), q.get()] | [1, 2]",
        "q = queue(); q.put(1); q.get(); q.get(timeout: 0.05) | raised Empty",
        "q = joinableQueue(); q.put(1); q.get(); q.task_done(); q.join(); 'joined' | joined",
        // Pipe
        "(a, b) = pipe(); a.send([1, 'two']); b.recv() | [1, two]",
        "(a, b) = pipe(); b.send('back'); a.recv() | back",
        "(a, b) = pipe(); a.poll() | false",
        "(a, b) = pipe(); a.poll(0.05) | false",
        "(a, b) = pipe(); b.send(1); a.poll() | true",
        "(a, b) = pipe(); b.send(1); a.poll(); a.poll() | true",
        "(r, s) = pipe(duplex: false); s.send(1); r.recv() | 1",
        "(r, s) = pipe(duplex: false); r.send(1) | raised OSError",
        "(r, s) = pipe(duplex: false); s.recv() | raised OSError",
        "(a, b) = pipe(); b.close(); a.recv() | raised EOFError",
        "(a, b) = pipe(); a.close(); a.send(1) | raised OSError",
        "(a, b) = pipe(); b.send(1); b.close(); [a.recv(), a.poll()] | [1, true]",
        // Manager, shared with tasks here
        "m = manager(); l = m.list(); l << 1; l.append(2); l | [1, 2]",
        "m = manager(); l = m.list([1, 2, 3]); l.size() | 3",
        "m = manager(); d = m.dict(); d['a'] = 1; d.b = 2; d | {a=1, b=2}",
        "m = manager(); l = m.list([1]); l.extend([2, 3]); l | [1, 2, 3]",
        "m = manager(); v = m.value(0); 10.times { v.update { it + 1 } }; v.value | 10",
        // Process, before it starts (no child yet)
        "p = process(start: false) { }; p.exitcode | null",
        "p = process(start: false) { }; p.is_alive() | false",
        "p = process(start: false, name: 'worker') { }; p.name | worker",
        "p = process(start: false, daemon: true) { }; p.daemon | true",
        "p = process(start: false) { }; p.daemon | false",
      })
  void behavesAsCPythonsMultiprocessing(String code, String expected) {
    assertThat(run(code)).isEqualTo(expected);
  }

  @Test
  void anAsyncResultWithATimeoutOnAJobNotDoneIsATimeoutError() {
    assertThat(
            run(
                "p = pool(1); go = event(); r = p.apply_async { go.wait() }"
                    + "; try { r.get(0.05) } finally { go.set() }"))
        .isEqualTo("raised TimeoutError");
  }

  @Test
  void anAsyncResultIsNotReadyWhileItsJobRuns() {
    assertThat(
            run(
                "p = pool(1); go = event(); r = p.apply_async { go.wait(); 1 }"
                    + "; ready = r.ready(); go.set(); [ready, r.get()]"))
        .isEqualTo("[false, 1]");
  }

  @Test
  void successfulBeforeTheResultIsReadyIsAValueError() {
    assertThat(
            run(
                "p = pool(1); go = event(); r = p.apply_async { go.wait() }"
                    + "; try { r.successful() } finally { go.set() }"))
        .isEqualTo("raised ValueError");
  }

  @Test
  void mapAsyncCallsItsCallbackWithTheWholeList() {
    assertThat(
            run(
                "got = queue(); pool(2).map_async({ it * 2 }, [1, 2], callback: { got.put(it) })"
                    + "; got.get(timeout: 5)"))
        .isEqualTo("[2, 4]");
  }

  @Test
  void anErrorCallbackGetsTheJobsOwnError() {
    assertThat(
            run(
                "got = queue(); pool(2).apply_async({ 1 / 0 }, error_callback: { got.put(it) })"
                    + "; got.get(timeout: 5).class.simpleName"))
        .isEqualTo("ArithmeticException");
  }

  @Test
  void aPipeCarriesMessagesBetweenTasksInOrder() {
    assertThat(
            run(
                "(a, b) = pipe(); t = spawn { 5.times { a.send(it) }; a.send(null) }"
                    + "; got = []; while ((x = b.recv()) != null) got << x; t.join(); got"))
        .isEqualTo("[0, 1, 2, 3, 4]");
  }

  @Test
  void aPollWithATimeoutWaitsForDataSentLater() {
    assertThat(run("(a, b) = pipe(); spawn { b.send(1) }; a.poll(10)")).isEqualTo("true");
  }

  @Test
  void aProcessRunsItsTargetWithItsArgsAndEndsWithExitCodeZero() {
    assertThat(
            run(
                "q = queue(); p = process(target: { a, b -> q.put(a + b) }, args: [2, 3]); p.join()"
                    + "; [q.get(timeout: 30), p.exitcode, p.is_alive()]"))
        .isEqualTo("[5, 0, false]");
  }

  @Test
  void aProcessIsAliveWhileItRunsAndHasAPidOfItsOwn() {
    assertThat(
            run(
                "go = event(); p = process { go.wait() }; alive = p.is_alive(); go.set(); p.join()"
                    + "; [alive, p.pid != pid(), p.is_alive()]"))
        .isEqualTo("[true, true, false]");
  }

  @Test
  void aChildsParentIsThisProcess() {
    assertThat(
            run(
                "q = queue(); p = process { q.put(ppid()) }; p.join(); q.get(timeout: 30) == pid()"))
        .isEqualTo("true");
  }

  @Test
  void aChildsNameIsTheNameGivenToItsProcess() {
    assertThat(
            run(
                "q = queue(); p = process(name: 'kid') { q.put(current().name) }; p.join()"
                    + "; q.get(timeout: 30)"))
        .isEqualTo("kid");
  }

  @Test
  void aChildThatExitsWithACodeHasThatExitcode() {
    assertThat(run("p = process { System.exit(3) }; p.join(); p.exitcode")).isEqualTo("3");
  }

  @Test
  void aChildThatRaisesHasExitcodeOne() {
    assertThat(run("p = process { throw new ValueError('no') }; p.join(); p.exitcode"))
        .isEqualTo("1");
  }

  @Test
  void aTerminatedChildHasExitcodeMinusSigterm() {
    assertThat(
            run(
                "go = event(); p = process { go.wait() }; p.terminate(); p.join()"
                    + "; [p.exitcode, p.is_alive()]"))
        .isEqualTo("[-15, false]");
  }

  @Test
  void aJoinWithATimeoutReturnsWhileTheChildStillRuns() {
    assertThat(
            run(
                "go = event(); p = process { go.wait() }; t0 = System.nanoTime(); p.join(0.2)"
                    + "; r = [p.is_alive(), System.nanoTime() - t0 >= 200_000_000]; go.set(); p.join(); r"))
        .isEqualTo("[true, true]");
  }

  @Test
  void aChildsChangesToAManagersListAndDictReachTheParent() {
    assertThat(
            run(
                "m = manager(); l = m.list(); d = m.dict()"
                    + "; p = process { l.append(1); d['k'] = 'v' }; p.join(); [l, d]"))
        .isEqualTo("[[1], {k=v}]");
  }

  @Test
  void aChildAndItsParentTalkOverAPipe() {
    assertThat(
            run(
                "(a, b) = pipe(); p = process { b.send(b.recv() * 2) }; a.send(21)"
                    + "; r = a.recv(); p.join(); r"))
        .isEqualTo("42");
  }

  @Test
  void aLockSharedWithChildrenKeepsTheirUpdatesWhole() {
    assertThat(
            run(
                "m = lock(); v = manager().value(0)"
                    + "; ps = (1..2).collect { process { 20.times { m.withLock { v.value = v.value + 1 } } } }"
                    + "; ps*.join(); v.value"))
        .isEqualTo("40");
  }

  @Test
  void aProcessPoolMapsInChildrenAndRaisesAJobsOwnError() {
    assertThat(
            run(
                "p = pool(2, kind: 'process'); r = p.map({ it * it }, 1..4)"
                    + "; try { p.map({ 10.intdiv(it) }, [0]) } catch (ArithmeticException e) { r << 'caught' }"
                    + "; p.close(); p.join(); r"))
        .isEqualTo("[1, 4, 9, 16, caught]");
  }

  @Test
  void aProcessPoolApplyAsyncAndImapGiveTheirResults() {
    assertThat(
            run(
                "p = pool(2, kind: 'process'); [p.apply_async({ a, b -> a + b }, [1, 2]).get(),"
                    + " p.imap({ it + 1 }, [1, 2]).toList(), p.starmap({ a, b -> a * b }, [[2, 3]])]"))
        .isEqualTo("[3, [2, 3], [6]]");
  }

  @Test
  void aTerminatedProcessPoolLeavesNoWorkerBehind() {
    assertThat(
            run(
                "p = pool(2, kind: 'process'); p.map({ it }, [1, 2]); ws = p.workers()"
                    + "; p.terminate(); p.join(); ws.any { it.is_alive() }"))
        .isEqualTo("false");
  }
}
