package dev.conch.dsl.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import dev.conch.runtime.deadlock.CureOutcome;
import dev.conch.runtime.deadlock.Deadlock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Curing a deadlock through a child process frees what the child held through its proxies. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class CureProcessTest extends DslFixture {
  @Test
  void whenTheCureIsOverEveryLockTheChildTookWithAcquireIsFree() throws Exception {
    value("a = lock('a'); b = lock('b'); r = rlock('r'); q = queue('q'); g = queue('g')");
    value(
        "p = process(name: 'kid') { r.acquire(); r.acquire(); a.acquire(); q.put('a'); g.get();"
            + " b.acquire() }");
    value("m = spawn(name: 'mover') { b.acquire(); q.get(); g.put('b'); a.acquire() }");
    CompletableFuture<Deadlock> found = new CompletableFuture<>();
    runtime.deadlocks().addListener(found::complete);
    runtime.deadlocks().start();
    Deadlock deadlock = found.get(60, TimeUnit.SECONDS);

    CureOutcome outcome = deadlock.cureAndWait(Duration.ofSeconds(30));

    assertThat(outcome.complete()).as(outcome.toString()).isTrue();
    assertThat(outcome.ended()).extracting(t -> t.getName()).containsExactly("kid", "mover");
    assertThat(value("[a.locked(), b.locked(), r.locked()]"))
        .isEqualTo(List.of(false, false, false));
    assertThat(value("spawn { a.withLock { r.withLock { 'took a and r' } } }.result"))
        .isEqualTo("took a and r");
  }
}
