package dev.conch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a session opened closes with it, newest first, even when one of them fails to close. */
class ResourcesTest {
  @Test
  void closingTheRuntimeClosesWhatItKeptNewestFirst() {
    List<String> closed = new ArrayList<>();
    Runtime runtime = Runtime.create((task, text, error) -> {});
    runtime.resources().keep(() -> closed.add("first"));
    runtime
        .resources()
        .keep(
            () -> {
              closed.add("second");
              throw new IllegalStateException("will not close");
            });
    runtime.resources().keep(() -> closed.add("third"));

    runtime.close();

    assertThat(closed).containsExactly("third", "second", "first");
    assertThat(runtime.resources().size()).isZero();
  }

  @Test
  void aForgottenResourceIsLeftToItsOwner() {
    List<String> closed = new ArrayList<>();
    Resources resources = new Resources();
    AutoCloseable server = () -> closed.add("server");
    resources.keep(server);
    resources.forget(server);

    resources.close();

    assertThat(closed).isEmpty();
  }
}
