package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each misuse CPython answers with a named error is caught in a session under that name, as a
 * Python learner writes the catch: the name compiles without an import and the error is that one.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PythonErrorsTest extends DslFixture {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ValueError | semaphore(-1)",
        "ValueError | boundedSemaphore(1).release()",
        "ValueError | semaphore(1).release(0)",
        "ValueError | joinableQueue().task_done()",
        "ValueError | barrier(0)",
        "ValueError | pool(0)",
        "ValueError | executor(0)",
        "ValueError | p = pool(1); p.close(); p.apply { 1 }",
        "ValueError | p = pool(1); p.join()",
        "ValueError | p = pool(1); r = p.apply_async { sleep 5000 }; try { r.successful() }"
            + " finally { p.terminate() }",
        "ValueError | sleep(-1)",
        "ValueError | lock().acquire(false, 1)",
        "ValueError | semaphore(1).acquire(false, 1)",
        "RuntimeError | lock().release()",
        "RuntimeError | rlock().release()",
        "RuntimeError | c = condition(); c.notify()",
        "RuntimeError | c = condition(); c.wait(0.01)",
        "RuntimeError | e = executor(1); e.shutdown(); e.submit { 1 }",
        "RuntimeError | t = spawn { }; t.join(); t.daemon = true",
        "RuntimeError | current().join()",
        "OSError | (r, s) = pipe(duplex: false); r.send(1)",
        "OSError | (r, s) = pipe(duplex: false); s.recv()",
        "OSError | (a, b) = pipe(); a.close(); a.send(1)",
        "BrokenPipeError | (a, b) = pipe(); b.close(); a.send(1)",
        "OSError | (a, b) = pipe(); b.close(); a.send(1)",
        "EOFError | (a, b) = pipe(); b.close(); a.recv()",
        "TimeoutError | p = pool(1); r = p.apply_async { sleep 5000 }; try { r.get(0.01) }"
            + " finally { p.terminate() }",
        "TimeoutError | p = pool(1); r = p.imap({ sleep 5000 }, [1]); try { r.next(0.01) }"
            + " finally { p.terminate() }",
        "CancelledError | ex = executor(1); ex.submit { sleep 200 }; f = ex.submit { 1 }; f.cancel();"
            + " f.result()",
        "BrokenBarrierError | b = barrier(2); spawn { b.abort() }.join(); b.wait()",
        "Empty | queue().get(false)",
        "Full | q = queue(1); q.put(1); q.put(2, false)",
        "StopIteration | g = generator { }; g.next(); g.next()",
        "TypeError | q = priorityQueue(); q.put(1); q.put('a')",
      })
  void aMisuseIsCaughtByItsPythonName(String error, String code) {
    Outcome outcome =
        eval("try { " + code + "; 'nothing raised' } catch (" + error + " e) { 'caught' }");
    assertThat(outcome.error()).isNull();
    assertThat(outcome.value()).isEqualTo("caught");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pool(2).map({ 10.intdiv(it) }, [0])",
        "pool(2).apply_async({ 10.intdiv(it) }, [0]).get()",
        "pool(2).imap({ 10.intdiv(it) }, [0]).next()",
        "executor(1).submit({ 10.intdiv(it) }, 0).result()",
        "pool(2, kind: 'process').map({ 10.intdiv(it) }, [0])",
      })
  void aJobsOwnErrorReachesItsCaller(String call) {
    Outcome outcome =
        eval("try { " + call + "; 'nothing raised' } catch (ArithmeticException e) { 'caught' }");
    assertThat(outcome.value()).isEqualTo("caught");
  }

  @Test
  void aFailedFuturesExceptionIsTheJobsOwnAndTheLineSaysWhereItFailed() {
    assertThat(eval("executor(1).submit({ 10.intdiv(it) }, 0).exception()").value())
        .isInstanceOf(ArithmeticException.class);
    Throwable error = eval("pool(1).map({ 10.intdiv(it) }, [0])").error();
    assertThat(error).isInstanceOf(ArithmeticException.class);
    assertThat(dev.conch.runtime.pool.JobFailedError.noteOn(error))
        .hasMessageContaining("failed in")
        .hasMessageContaining("(job 1)");
  }

  @Test
  void aProcessJobsErrorThatCannotBeCopiedBackIsARemoteErrorNamingIt() {
    eval(
        "class Odd extends RuntimeException { Object held = new Object(); Odd() { super('odd') } }");
    Outcome outcome =
        eval(
            "try { pool(1, kind: 'process').map({ throw new Odd() }, [1]) }"
                + " catch (RemoteError e) { e.message }");
    assertThat(outcome.error()).isNull();
    assertThat(String.valueOf(outcome.value())).startsWith("Odd: odd");
  }
}
