package dev.conch.dsl.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.Eventually;
import dev.conch.runtime.errors.RuntimeError;
import groovy.lang.Reference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A closure's captured variable that holds a synchronized list travels as a copy of the list made
 * under its lock, as the copy of a session variable does: Java serialization alone would write it
 * while a callback adds to it.
 */
class ProcessShippingTest {
  @Test
  void aCapturedSynchronizedListIsCopiedUnderItsLock() throws Exception {
    List<Object> got = Collections.synchronizedList(new ArrayList<>(List.of(1, 2)));
    Reference<Object> captured = new Reference<>(got);
    CompletableFuture<Object> copy = new CompletableFuture<>();
    Thread packer =
        Thread.ofPlatform().unstarted(() -> copy.complete(ProcessShipping.captured(captured)));
    synchronized (got) {
      packer.start();
      Eventually.until(
          "the copy waits for the list's lock",
          () -> {
            if (copy.isDone()) {
              throw new AssertionError("the copy was made without the list's lock");
            }
            return packer.getState() == Thread.State.BLOCKED;
          });
      got.add(3);
    }
    Object shipped = copy.get(20, TimeUnit.SECONDS);
    assertThat(shipped).isInstanceOf(Reference.class).isNotSameAs(captured);
    Object list = ((Reference<?>) shipped).get();
    assertThat(list).isNotSameAs(got).isEqualTo(List.of(1, 2, 3));
    assertThat(captured.get()).isSameAs(got);
  }

  @Test
  void anyOtherCapturedValueIsLeftAsItIs() {
    Reference<Object> captured = new Reference<>(new ArrayList<>(List.of(1)));
    assertThat(ProcessShipping.captured(captured)).isSameAs(captured);
    assertThat(ProcessShipping.captured("text")).isEqualTo("text");
  }

  /** A value that another task changes during its first {@code spoiled} copies. */
  static final class Changing implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final transient java.util.concurrent.atomic.AtomicInteger spoiled;

    Changing(int spoiled) {
      this.spoiled = new java.util.concurrent.atomic.AtomicInteger(spoiled);
    }

    @java.io.Serial
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
      if (spoiled.getAndDecrement() > 0) {
        throw new java.util.ConcurrentModificationException();
      }
      out.defaultWriteObject();
    }
  }

  @Test
  void aCopySpoiledByAnotherTasksChangeIsMadeAgain() throws Exception {
    Changing value = new Changing(ProcessShipping.COPY_ATTEMPTS - 1);
    byte[] copy = ProcessShipping.writeSteadily("process", "variable 'got'", value, o -> o);
    assertThat(copy).isNotEmpty();
  }

  @Test
  void aCopySpoiledEveryTimeSaysWhatKeptChanging() {
    Changing value = new Changing(ProcessShipping.COPY_ATTEMPTS);
    assertThatThrownBy(
            () -> ProcessShipping.writeSteadily("apply_async", "variable 'got'", value, o -> o))
        .isInstanceOf(RuntimeError.class)
        .hasMessage(
            "apply_async: variable 'got' changed while being copied to the process, 5 times in a"
                + " row: another task changes it meanwhile; hold one lock around the change and"
                + " the start, or pass the values as arguments");
  }
}
