package dev.conch.dsl.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.dsl.Builtin;
import dev.conch.dsl.Builtins;
import dev.conch.fixtures.DslFixture;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Walks the table of spellings: each pair's two names, called on a real object, give the same
 * answer (ProxyDslTest walks the names a child's proxies have).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SpellingTwinsTest extends DslFixture {
  /** A line that makes the object, then a call with {@code %s} where the name goes. */
  record Call(String setup, String call, Object expected) {}

  private static final Map<String, Call> CALLS =
      Map.ofEntries(
          Map.entry(
              "is_alive",
              new Call(
                  "go = event(); t = spawn { go.wait() }",
                  "def before = t.%s(); go.set(); t.join(); [before, t.%s()]",
                  List.of(true, false))),
          Map.entry("exitcode", new Call("p = spawn(kind: 'process') { 1 }; p.join()", "p.%s", 0)),
          Map.entry("put_nowait", new Call("q = queue()", "q.%s(7); q.get()", 7)),
          Map.entry("get_nowait", new Call("q = queue(); q.put(7)", "q.%s()", 7)),
          Map.entry(
              "task_done",
              new Call("q = queue(); q.put(7); q.get()", "q.%s(); q.join(); 'joined'", "joined")),
          Map.entry("is_set", new Call("e = event(); e.set()", "e.%s()", true)),
          Map.entry(
              "notify_all",
              new Call(
                  "c = condition(); ready = false;"
                      + " t = spawn { c.withLock { while (!ready) { c.wait() }; 'woke' } }",
                  "c.withLock { ready = true; c.%s() }; t.result",
                  "woke")),
          Map.entry(
              "wait_for", new Call("c = condition()", "c.withLock { c.%s({ true }, 1) }", true)),
          Map.entry("n_waiting", new Call("b = barrier(2)", "b.%s", 0)),
          Map.entry("apply_async", new Call("p = pool(1)", "p.%s({ a -> a * 2 }, [21]).get()", 42)),
          Map.entry(
              "map_async", new Call("p = pool(1)", "p.%s([1, 2]) { it * 2 }.get()", List.of(2, 4))),
          Map.entry(
              "starmap_async",
              new Call(
                  "p = pool(1)", "p.%s([[1, 2], [3, 4]]) { a, b -> a * b }.get()", List.of(2, 12))),
          Map.entry(
              "imap_unordered",
              new Call(
                  "p = pool(2)", "p.%s([1, 2]) { it * 2 }.collect { it }.sort()", List.of(2, 4))),
          Map.entry(
              "as_completed",
              new Call(
                  "ex = executor(1); f = ex.submit { 42 }",
                  "ex.%s([f]).collect { it.result() } + %s([f]).collect { it.result() }",
                  List.of(42, 42))),
          Map.entry(
              "add_done_callback",
              new Call(
                  "ex = executor(1); f = ex.submit { 42 }; got = queue()",
                  "f.%s { got.put(it.result()) }; got.get(true, 5)",
                  42)),
          Map.entry(
              "error_callback",
              new Call(
                  "p = pool(1); got = queue()",
                  "p.apply_async([%s: { got.put('failed') }], { throw new RuntimeException('no') });"
                      + " got.get(true, 5)",
                  "failed")),
          Map.entry("max_workers", new Call("ex = null", "executor(%s: 2).workers().size()", 2)),
          Map.entry(
              "cancel_futures",
              new Call(
                  "ex = executor(1); go = event(); first = ex.submit { go.wait() };"
                      + " second = ex.submit { 2 }",
                  "ex.shutdown(wait: false, %s: true); go.set(); second.cancelled()",
                  true)));

  @Test
  void everyPairOfTheTableIsWalked() {
    assertThat(CALLS.keySet()).isEqualTo(Spellings.SHIPPED.pairs().keySet());
  }

  @TestFactory
  Stream<DynamicTest> bothSpellingsOfEachPairAnswerAlike() {
    return Spellings.SHIPPED.pairs().entrySet().stream()
        .map(
            pair ->
                DynamicTest.dynamicTest(
                    pair.getKey() + " and " + pair.getValue(),
                    () -> {
                      Call c = CALLS.get(pair.getKey());
                      for (String name : List.of(pair.getKey(), pair.getValue())) {
                        value(c.setup());
                        assertThat(value(c.call().replace("%s", name)))
                            .as(name)
                            .isEqualTo(c.expected());
                      }
                    }));
  }

  @Test
  void anAccessorsTwinIsAPropertyAndAMethod() {
    value("t = spawn { 1 }; t.join()");
    assertThat(value("[t.exitCode, t.getExitCode(), t.getExitcode(), t.is_alive(), t.alive]"))
        .isEqualTo(List.of(0, 0, 0, false, false));
    assertThat(
            value("b = barrier(2); [b.n_waiting, b.nWaiting, b.getN_waiting(), b.getnWaiting()]"))
        .isEqualTo(List.of(0, 0, 0, 0));
  }

  @Test
  void staticallyCompiledCodeTakesBothSpellingsToo() {
    value(
        "@CompileStatic List<Object> both(Queue q, Task t) {"
            + " q.put_nowait(1); q.putNowait(2); [q.get_nowait(), q.getNowait(), t.is_alive(),"
            + " t.getExitCode()] }");
    value("t = spawn { 1 }; t.join()");
    assertThat(value("both(queue(), t)")).isEqualTo(List.of(1, 2, false, 0));
    assertThat(error("@CompileStatic def nope(Queue q) { q.put_nowiat(1) }"))
        .hasMessageContaining("put_nowiat");
  }

  @Test
  void aBuiltinWithATwinHasBothSpellings() {
    Set<String> builtins =
        Builtins.ALL.stream().map(Builtin::name).collect(java.util.stream.Collectors.toSet());
    Spellings.SHIPPED
        .pairs()
        .forEach(
            (python, camel) ->
                assertThat(builtins.contains(python))
                    .as(python + " / " + camel)
                    .isEqualTo(builtins.contains(camel)));
    assertThat(builtins).contains("as_completed", "asCompleted");
  }

  @Test
  void aMisspeltOptionStillNamesWhatIsExpected() {
    value("ex = executor(1)");
    assertThat(error("ex.shutdown(cancel_future: true)"))
        .hasMessage("shutdown: unknown option 'cancel_future', expected wait, cancel_futures");
  }
}
