package dev.conch.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.Eventually;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A list made by {@code Collections.synchronizedList} is copied to another JVM under its own lock,
 * wherever it sits in the value, as a callback adding to it meanwhile expects: Java serialization
 * alone writes it without the lock, and such a copy failed with ConcurrentModificationException.
 */
class SynchronizedListsTest {
  private static final ClassLoader LOADER = SynchronizedListsTest.class.getClassLoader();

  /** Where the list sits in the value copied, and how to find it again in the copy. */
  record Place(String name, Function<List<Object>, Object> around, Function<Object, Object> find) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Place> places() {
    return Stream.of(
        new Place("the value itself", list -> list, copy -> copy),
        new Place(
            "a session variable",
            list -> new LinkedHashMap<>(Map.of("n", 1, "got", list)),
            copy -> ((Map<?, ?>) copy).get("got")),
        new Place("an argument", list -> new Object[] {"x", list}, copy -> ((Object[]) copy)[1]),
        new Place(
            "an item of a list",
            list -> new ArrayList<>(List.of("x", list)),
            copy -> ((List<?>) copy).get(1)),
        new Place(
            "an item of a linked list",
            list -> new LinkedList<>(List.of("x", list)),
            copy -> ((List<?>) copy).get(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void theCopyWaitsForTheListsLockAndHoldsWhatWasAddedUnderIt(Place place) throws Exception {
    List<Object> got = Collections.synchronizedList(new ArrayList<>(List.of(100, 101)));
    Object value = place.around().apply(got);
    CompletableFuture<byte[]> copy = new CompletableFuture<>();
    Thread writer = Thread.ofPlatform().unstarted(() -> copyInto(copy, value));
    synchronized (got) { // as a callback's got << value holds it
      writer.start();
      Eventually.until(
          "the copy waits for the list's lock",
          () -> {
            if (copy.isDone()) {
              throw new AssertionError("the copy was made without the list's lock");
            }
            return writer.getState() == Thread.State.BLOCKED;
          });
      got.add(102); // while the copy waits: it must see this
    }
    Object arrived = JvmCopies.read(copy.get(20, TimeUnit.SECONDS), LOADER, o -> o);
    Object list = place.find().apply(arrived);
    assertThat(list).isInstanceOf(List.class).isNotSameAs(got);
    assertThat(List.copyOf((List<?>) list)).isEqualTo(List.of(100, 101, 102));
    assertThat(list.getClass().getName()).startsWith("java.util.Collections$Synchronized");
  }

  private static void copyInto(CompletableFuture<byte[]> copy, Object value) {
    try {
      copy.complete(JvmCopies.write(value, UnaryOperator.identity()));
    } catch (Exception | Error e) {
      copy.completeExceptionally(e);
    }
  }

  @Test
  void oneListNamedTwiceArrivesAsOneList() throws Exception {
    List<Object> got = Collections.synchronizedList(new ArrayList<>(List.of(1)));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("got", got);
    variables.put("same", got);
    Map<?, ?> arrived =
        (Map<?, ?>)
            JvmCopies.read(JvmCopies.write(variables, UnaryOperator.identity()), LOADER, o -> o);
    assertThat(arrived.get("got")).isSameAs(arrived.get("same"));
    assertThat(arrived.get("got")).isEqualTo(List.of(1));
  }
}
