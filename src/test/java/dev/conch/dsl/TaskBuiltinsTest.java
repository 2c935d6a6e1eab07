package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every built-in that starts a task takes the same spellings: a block, or target:, args:, name:.
 */
@Timeout(60)
class TaskBuiltinsTest extends DslFixture {
  @ParameterizedTest
  @ValueSource(strings = {"spawn", "thread", "virtual", "coroutine", "process"})
  void aTargetWithArgsAndANameRuns(String builtin) {
    eval("def add(a, b) { a + b }");
    Object shown =
        value(
            "t = "
                + builtin
                + "(target: this.&add, args: [20, 22], name: 'adder'); t.join();"
                + " [t.name, t.result]");
    assertThat(shown).isEqualTo(List.of("adder", 42));
  }

  @ParameterizedTest
  @ValueSource(strings = {"spawn", "thread", "virtual", "coroutine", "process"})
  void aClosureInAVariableIsATargetToo(String builtin) {
    eval("f = { n -> n * 2 }");
    assertThat(value("t = " + builtin + "(target: f, args: [21]); t.join(); t.result"))
        .isEqualTo(42);
  }

  @ParameterizedTest
  @ValueSource(strings = {"spawn", "thread", "virtual", "coroutine", "process"})
  void aBlockTakesArgsAndAName(String builtin) {
    Object shown =
        value(
            "t = "
                + builtin
                + "(name: 'b', args: [40, 2]) { a, b -> a + b }; t.join();"
                + " [t.name, t.result]");
    assertThat(shown).isEqualTo(List.of("b", 42));
  }

  @ParameterizedTest
  @ValueSource(strings = {"spawn", "thread", "virtual", "coroutine", "process"})
  void aMethodDeclaredInTheSameScriptIsATargetByItsName(String builtin) {
    Object shown =
        value(
            "def add(a, b) { a + b }\n"
                + "t = "
                + builtin
                + "(target: add, args: [40, 2]); t.join(); t.result");
    assertThat(shown).isEqualTo(42);
  }

  @ParameterizedTest
  @ValueSource(strings = {"spawn", "thread", "virtual", "coroutine", "process"})
  void aFunctionTakesItsArgumentsAfterItAsGeventsSpawnDoes(String builtin) {
    eval("def add(a, b) { a + b }");
    assertThat(value("t = " + builtin + "(add, 40, 2); t.join(); t.result")).isEqualTo(42);
    assertThat(value("t = " + builtin + "({ a -> a == null }, null); t.join(); t.result"))
        .isEqualTo(true);
  }
}
