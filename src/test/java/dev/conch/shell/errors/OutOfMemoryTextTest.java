package dev.conch.shell.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.runtime.MemoryHolder;
import dev.conch.runtime.MemoryReserve;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one line a learner reads when memory ran out, in both languages. */
class OutOfMemoryTextTest {
  private static Throwable ranOut(MemoryHolder... holders) {
    MemoryReserve reserve = new MemoryReserve();
    reserve.holdersFrom(() -> List.of(holders));
    return reserve.said(new OutOfMemoryError("Java heap space"));
  }

  @Test
  void namesTheLargestVariablesWithRoughlyHowMuch() {
    Throwable error =
        ranOut(new MemoryHolder("big", 5L << 30, true), new MemoryHolder("x", 3L << 20, false));
    assertThat(ErrorText.lines(error, "main", Messages.of(Lang.EN)))
        .containsExactly(
            "error in main: memory ran out (Java heap space); most is held by big ≈ 5.0 GiB,"
                + " x ≥ 3.0 MiB: set it to null (big = null) or type /reset to free it");
    assertThat(ErrorText.oneLine(error, Messages.of(Lang.ZH)))
        .isEqualTo(
            "内存用完了（Java heap space）；占用最多的是 big ≈ 5.0 GiB, x ≥ 3.0 MiB：把它设为 null（big = null）或输入"
                + " /reset 即可释放");
  }

  @Test
  void withNoLargeVariableItSaysSo() {
    assertThat(ErrorText.oneLine(ranOut(), Messages.of(Lang.EN)))
        .isEqualTo("memory ran out (Java heap space); no session variable holds much of it");
    assertThat(ErrorText.oneLine(new OutOfMemoryError("Metaspace"), Messages.of(Lang.ZH)))
        .isEqualTo("内存用完了（Metaspace）；会话变量都没有占用多少");
  }
}
