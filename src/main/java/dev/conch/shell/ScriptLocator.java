package dev.conch.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the example scripts under {@code scripts/} by ID (T01) or by file. Stateless. */
final class ScriptLocator {
  private final Path scripts;

  ScriptLocator(Path home) {
    this.scripts = home.resolve("scripts");
  }

  /** Every script ID there is, such as {@code T01}, sorted. */
  List<String> ids() {
    return files().stream().map(ScriptLocator::idOf).sorted().toList();
  }

  /** The script whose ID is {@code idOrFile}, or the file of that name. */
  Optional<Path> find(String idOrFile) {
    Path file = Path.of(idOrFile);
    if (Files.isRegularFile(file)) {
      return Optional.of(file);
    }
    String id = idOrFile.toUpperCase(Locale.ROOT);
    return files().stream().filter(f -> idOf(f).equals(id)).findFirst();
  }

  private List<Path> files() {
    if (!Files.isDirectory(scripts)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(scripts, 2)) {
      return walk.filter(p -> p.getFileName().toString().matches("[A-Z][0-9]{2}-.*\\.groovy"))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.indexOf('-'));
  }
}
