package dev.conch.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.dsl.Builtin;
import dev.conch.dsl.Builtins;
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
  void listsEveryBuiltin() {
    for (Builtin builtin : Builtins.ALL) {
      assertThat(readme).as(builtin.name()).contains("| `" + builtin.name() + "` |");
    }
  }

  @Test
  void listsEveryCommand() {
    for (Command command : CommandTable.ALL) {
      assertThat(readme).as(command.name()).contains("| `/" + command.name() + "` |");
    }
  }

  @Test
  void startsWithTheTwoCommands() {
    List<String> lines = readme.lines().toList();
    int fence = lines.indexOf("```");
    assertThat(lines.get(fence + 1)).startsWith("./shell ");
    assertThat(lines.get(fence + 2)).startsWith("./shell test");
  }
}
