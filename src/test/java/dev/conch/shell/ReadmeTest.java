package dev.conch.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README lists every built-in and /-command of the registry, and starts with the two commands.
 */
class ReadmeTest {
  private final String readme = read();

  private static String read() {
    try {
      return Files.readString(Path.of("README.md"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void listsEveryBuiltinAndCommandAndNothingElse() {
    assertThat(ReadmeRows.missing(readme)).isEmpty();
    assertThat(ReadmeRows.unknown(readme)).isEmpty();
  }

  @Test
  void aRowRemovedFromEitherSideIsFound() {
    String withoutSleep = readme.replaceFirst("(?m)^\\| `sleep` \\|.*\\n", "");
    assertThat(withoutSleep).isNotEqualTo(readme);
    assertThat(ReadmeRows.missing(withoutSleep)).containsExactly("sleep");
    String withAStranger = readme.replaceFirst("(?m)^(\\| `sleep` \\|)", "| `nap` | a nap |\n$1");
    assertThat(ReadmeRows.unknown(withAStranger)).containsExactly("nap");
  }

  @Test
  void startsWithTheTwoCommands() {
    List<String> lines = readme.lines().toList();
    int fence = lines.indexOf("```");
    assertThat(lines.get(fence + 1)).startsWith("./shell ");
    assertThat(lines.get(fence + 2)).startsWith("./shell test");
  }
}
