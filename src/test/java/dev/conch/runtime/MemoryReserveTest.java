package dev.conch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.runtime.errors.MemoryError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The heap held back so that the shell can speak when memory runs out. */
class MemoryReserveTest {
  @Test
  void runningOutLetsGoOfTheReserveAndNamesTheHolders() {
    MemoryReserve reserve = new MemoryReserve();
    assertThat(reserve.held()).isTrue();
    reserve.holdersFrom(() -> List.of(new MemoryHolder("big", 5L << 30, true)));
    Throwable said = reserve.said(new OutOfMemoryError("Java heap space"));
    assertThat(reserve.held()).isFalse();
    assertThat(said)
        .isInstanceOfSatisfying(
            MemoryError.class,
            m -> {
              assertThat(m.what()).isEqualTo("Java heap space");
              assertThat(m.holders()).extracting(MemoryHolder::name).containsExactly("big");
            })
        .hasMessage("memory ran out (Java heap space); held most by big (5368709120 bytes)");
    reserve.retake();
    assertThat(reserve.held()).isTrue();
  }

  @Test
  void otherErrorsPassAsTheyAreAndAFailingCountNamesNobody() {
    MemoryReserve reserve = new MemoryReserve();
    IllegalStateException other = new IllegalStateException("x");
    assertThat(reserve.said(other)).isSameAs(other);
    assertThat(reserve.held()).isTrue();
    reserve.holdersFrom(
        () -> {
          throw new IllegalStateException("changed while counted");
        });
    assertThat(reserve.ranOut(new OutOfMemoryError()).holders()).isEmpty();
  }
}
