package dev.conch.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.dsl.Builtin;
import org.junit.jupiter.api.Test;

/**
 * The tip shown while typing: how a built-in is called when the cursor is inside its call or right
 * after its name, and no tip anywhere else.
 */
class TailTipTest {
  private static String tip(String line) {
    return TailTip.of(line).map(Builtin::name).orElse("none");
  }

  @Test
  void insideABuiltinCallTheTipIsThatBuiltin() {
    assertThat(tip("t = spawn(na")).isEqualTo("spawn");
    assertThat(tip("t = spawn(name: 'a', args: [f(1), 2")).isEqualTo("spawn");
    assertThat(tip("sleep")).isEqualTo("sleep");
    assertThat(tip("x = virtual ")).isEqualTo("virtual");
  }

  @Test
  void elsewhereThereIsNoTip() {
    assertThat(tip("println(x")).isEqualTo("none");
    assertThat(tip("spawn(name: 'a') { pri")).isEqualTo("none");
    assertThat(tip("")).isEqualTo("none");
  }
}
