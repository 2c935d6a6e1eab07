package dev.conch.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the example scripts under {@code scripts/} by ID (T01) or by file. Stateless. */
public final class ScriptLocator {
  /**
   * One lesson script.
   *
   * @param id its ID, such as {@code T01}
   * @param chapter the folder it is in, such as {@code threads}
   * @param title what its first comment line says after the ID, or empty
   */
  public record Lesson(String id, String chapter, String title) {}

  private final Path scripts;

  public ScriptLocator(Path home) {
    this.scripts = home.resolve("scripts");
  }

  /** Every script ID there is, such as {@code T01}, sorted. */
  public List<String> ids() {
    return files().stream().map(ScriptLocator::idOf).sorted().toList();
  }

  /** Every lesson there is, by ID, with its chapter and title. */
  public List<Lesson> lessons() {
    return files().stream()
        .map(f -> new Lesson(idOf(f), f.getParent().getFileName().toString(), titleOf(f)))
        .sorted(Comparator.comparing(Lesson::id))
        .toList();
  }

  /** The first line of {@code file} when it is a comment, without the slashes and the ID. */
  private static String titleOf(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String first = in.readLine();
      if (first == null || !first.startsWith("//")) {
        return "";
      }
      String title = first.substring(2).strip();
      String id = idOf(file);
      return title.startsWith(id + " ") ? title.substring(id.length()).strip() : title;
    } catch (IOException e) {
      return "";
    }
  }

  /** The script whose ID is {@code idOrFile}, or the file of that name. */
  public Optional<Path> find(String idOrFile) {
    try {
      Path file = Path.of(idOrFile);
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
    } catch (InvalidPathException notAFileName) {
      // such as a name with a NUL in it: it can still not be an ID, so nothing is found
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
