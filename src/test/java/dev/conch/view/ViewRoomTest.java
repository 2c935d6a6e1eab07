package dev.conch.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The view package, which draws tables and charts, imports only the JDK and the runtime. */
class ViewRoomTest {
  private static final Path ROOM = Path.of("src/main/java/dev/conch/view");

  @Test
  void importsOnlyTheJdkAndTheRuntime() throws IOException {
    List<String> imports;
    try (Stream<Path> files = Files.list(ROOM)) {
      imports =
          files
              .flatMap(ViewRoomTest::lines)
              .filter(line -> line.startsWith("import "))
              .filter(
                  line -> !line.matches("import (static )?(java\\.|dev\\.conch\\.runtime\\.).*"))
              .toList();
    }

    assertThat(imports).isEmpty();
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
