package dev.conch.runtime.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.RuntimeFixture;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.TimeoutError;
import dev.conch.runtime.task.Task;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a manager shares between tasks: a dict that keeps its keys in order, a list that can be
 * walked while others add to it, and a value whose updates from many tasks lose nothing. Once the
 * manager is shut down its objects refuse to be used. Also that an error, serialized to reach
 * another process, keeps its message key and values.
 */
class ManagerTest extends RuntimeFixture {
  private final Manager m = new Manager("m");

  @Test
  void aDictKeepsOrderPrintsLikeAMapAndGivesKeysAndItems() {
    SharedDict d = m.dict();
    d.put("b", 1);
    d.put("a", 2);
    d.merge("b", 10, (x, y) -> (Integer) x + (Integer) y);
    assertThat(d).hasToString("{b=11, a=2}");
    assertThat(d.keys()).containsExactly("b", "a");
    assertThat(d.items()).containsExactly(List.of("b", 11), List.of("a", 2));
    assertThat(d.label()).isEqualTo("dict m.dict-1");
  }

  @Test
  void aListCanBeIteratedWhileOthersAddToIt() {
    SharedList l = m.list();
    l.add(1);
    l.add(2);
    List<Object> seen = new ArrayList<>();
    for (Object x : l) {
      l.add(3); // walks a copy: no ConcurrentModificationException
      seen.add(x);
    }
    assertThat(seen).containsExactly(1, 2);
    assertThat(l).hasToString("[1, 2, 3, 3]");
  }

  @Test
  void updatesFromManyTasksLoseNothing() throws Exception {
    SharedValue v = m.value(0);
    List<Task> tasks = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      tasks.add(
          spawn(
              "w" + t,
              () -> {
                for (int i = 0; i < 1000; i++) {
                  v.update(x -> (Integer) x + 1);
                  v.getAndAdd(1);
                }
                return null;
              }));
    }
    for (Task t : tasks) {
      t.join();
    }
    assertThat(v.get()).isEqualTo(8000);
    assertThat(v).hasToString("8000");
  }

  @Test
  void getAndAddAddsAsGroovyDoes() {
    SharedValue v = m.value(Integer.MAX_VALUE);
    assertThat(v.getAndAdd(1)).isEqualTo(Integer.MAX_VALUE);
    assertThat(v.get()).isEqualTo(Integer.MAX_VALUE + 1L);
    v.set(1.5);
    v.getAndAdd(1);
    assertThat(v.getValue()).isEqualTo(2.5);
    v.setValue("x");
    assertThatThrownBy(() -> v.getAndAdd(1))
        .isInstanceOf(MisuseError.class)
        .hasMessage("value m.value-1: getAndAdd needs a number, but it holds x");
  }

  @Test
  void compareAndSetChangesOnlyTheExpectedValue() {
    SharedValue v = m.value(1);
    assertThat(v.compareAndSet(2, 3)).isFalse();
    assertThat(v.compareAndSet(1, 3)).isTrue();
    assertThat(v.get()).isEqualTo(3);
  }

  @Test
  void afterShutdownItsObjectsRefuseToBeUsed() {
    SharedDict d = m.dict();
    SharedList l = m.list();
    m.shutdown();
    assertThat(m).hasToString("manager m (shut down)");
    assertThatThrownBy(() -> d.put("a", 1))
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "dict m.dict-1: manager m is shut down, so what it shares can no longer be used");
    assertThatThrownBy(l::size)
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "list m.list-2: manager m is shut down, so what it shares can no longer be used");
    assertThatThrownBy(m::dict)
        .isInstanceOf(MisuseError.class)
        .hasMessage("manager m: manager m is shut down, so what it shares can no longer be used");
  }

  @Test
  void aKeyedErrorKeepsItsKeyAndValuesWhenSerialized() throws Exception {
    TimeoutError error = new TimeoutError("pool.timeout", "%s: no result within %s s", "job 1", 2);
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(error);
    }
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      TimeoutError copy = (TimeoutError) in.readObject();
      assertThat(copy).hasMessage("job 1: no result within 2 s");
      assertThat(copy.key()).isEqualTo("pool.timeout");
      assertThat(copy.args()).containsExactly("job 1", 2);
    }
  }
}
