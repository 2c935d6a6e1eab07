package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import dev.conch.runtime.errors.TypeError;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The waiting calls with Python's keyword arguments, and null as Python's None. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class KeywordCallsTest extends DslFixture {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "q = queue(); q.put(7, timeout: 1); q.get(timeout: 1) | 7",
        "q = queue(); q.put(7, block: false); q.get(block: false) | 7",
        "q = queue(); q.put(7, true, null); q.get(true, null) | 7",
        "q = queue(); try { q.get(timeout: 0.05) } catch (Empty e) { 'empty' } | empty",
        "q = queue(1); q.put(1); try { q.put(2, timeout: 0.05) } catch (Full e) { 'full' } | full",
        "m = lock(); m.acquire(blocking: false) | true",
        "m = lock(); m.acquire(timeout: 0.5) | true",
        "m = lock(); m.acquire(true, null) | true",
        "s = semaphore(0); s.acquire(timeout: 0.05) | false",
        "t = spawn { sleep 10 }; t.join(timeout: 2) | true",
        "e = event(); e.set(); e.wait(timeout: 1) | true",
        "e = event(); e.wait(timeout: 0.05) | false",
        "e = event(); e.set(); [e.wait(null), spawn { }.join(null)] | [true, true]",
        "c = condition(); c.withLock { c.wait(timeout: 0.05) } | false",
        "f = executor(1).submit { 42 }; f.result(timeout: 5) | 42",
        "f = executor(1).submit { 42 }; f.exception(timeout: 5) == null | true",
        "r = pool(1).apply_async { 6 * 7 }; r.wait(timeout: 5); r.get(timeout: 5) | 42",
        "p = pool(2); p.map({ it * 2 }, [1, 2, 3], chunksize: 2) | [2, 4, 6]",
        "p = pool(2); p.map([1, 2, 3], chunksize: 2) { it * 2 } | [2, 4, 6]",
        "(a, b) = pipe(); b.send(1); a.poll(timeout: 1) | true",
        "(a, b) = pipe(); b.send(1); a.poll(null) | true",
        "(a, b) = pipe(); spawn { sleep 20; b.send(1) }; a.poll(timeout: null) | true",
        "(a, b) = pipe(); a.poll(-1) | false",
        "s = semaphore(); s.acquire(); s.acquire(false) | false",
        "s = boundedSemaphore(); s.acquire(); s.release(); s.acquire(blocking: false) | true",
        "m = lock(); m.acquire(); m.acquire(false) | false",
        "ex = executor(2); ex.map({ a, b -> a + b }, [1, 2, 3], [10, 20]).toList() | [11, 22]",
        "ex = executor(2); ex.map({ it }, [1, 2], timeout: 5).toList() | [1, 2]",
        "ex = executor(1); try { ex.map({ sleep 5000 }, [1], timeout: 0.05).next() }"
            + " catch (TimeoutError e) { 'late' } finally { ex.shutdown(cancel_futures: true) } | late",
        "p = pool(2); p.map_async({ it * 2 }, [1, 2, 3], 2).get() | [2, 4, 6]",
        "m = manager(); m.list([1, 2]) | [1, 2]",
        "m = manager(); d = m.dict([a: 1]); c = d.copy(); c.b = 2; [d, c] | [{a=1}, {a=1, b=2}]",
        "b = barrier(2, timeout: 0.05); try { b.wait() } catch (BrokenBarrierError e) { 'broken' } | broken",
        "b = barrier(1, name: 'one') { println 'all here' }; b.wait() | 0",
      })
  void aKeywordCallWorksAsInPython(String code, String expected) {
    assertThat(String.valueOf(value(code))).isEqualTo(expected);
  }

  @Test
  void anUnknownKeywordOrAWrongValueIsOneLineNamingWhatIsExpected() {
    assertThat(eval("queue().get(timout: 1)").error())
        .isInstanceOf(TypeError.class)
        .hasMessage("get() got an unexpected keyword argument 'timout', expected block, timeout");
    assertThat(eval("lock().acquire(blocking: 'no')").error())
        .isInstanceOf(TypeError.class)
        .hasMessage("acquire(): blocking must be true or false, not no");
    assertThat(eval("spawn { }.join(timeout: 'soon')").error())
        .isInstanceOf(TypeError.class)
        .hasMessage("join(): timeout must be a number of seconds or null, not soon");
    assertThat(eval("pool(1).map({ it }, [1], chunksize: 1.5)").error())
        .isInstanceOf(TypeError.class)
        .hasMessageContaining("chunksize must be a whole number");
  }
}
