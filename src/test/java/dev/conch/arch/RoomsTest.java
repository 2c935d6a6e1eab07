package dev.conch.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rooms of DESIGN.md and the one direction of their dependencies: shell → dsl → {process, net,
 * view} → runtime (with its own rooms: deadlock, shared, scale), with i18n beside them all. An
 * import scan of the main sources, a package-info.java saying what each package is, and no package
 * of more than 25 classes.
 */
class RoomsTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/conch");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

  /** What each room must never import. */
  private static final Map<String, List<String>> FORBIDDEN =
      Map.of(
          "runtime",
              List.of(
                  "dev.conch.dsl",
                  "dev.conch.shell",
                  "dev.conch.view",
                  "dev.conch.process",
                  "dev.conch.net",
                  "dev.conch.i18n",
                  "groovy.",
                  "org.codehaus.groovy",
                  "org.apache.groovy",
                  "org.jline"),
          "view",
              List.of(
                  "dev.conch.dsl",
                  "dev.conch.shell",
                  "dev.conch.process",
                  "dev.conch.net",
                  "groovy.",
                  "org.codehaus.groovy",
                  "org.jline"),
          "process", List.of("dev.conch.dsl", "dev.conch.shell", "dev.conch.view", "org.jline"),
          "net", List.of("dev.conch.dsl", "dev.conch.shell", "dev.conch.view", "org.jline"),
          "dsl", List.of("dev.conch.shell", "org.jline"),
          "i18n", List.of("dev.conch.", "groovy.", "org.jline"));

  @Test
  void everyRoomImportsOnlyWhatItMay() throws IOException {
    List<String> violations = new ArrayList<>();
    for (var room : FORBIDDEN.entrySet()) {
      Path dir = SOURCES.resolve(room.getKey());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = IMPORT.matcher(Files.readString(file));
          while (m.find()) {
            String imported = m.group(1);
            for (String banned : room.getValue()) {
              if (imported.startsWith(banned)
                  && !imported.startsWith("dev.conch." + room.getKey())) {
                violations.add(file + " imports " + imported);
              }
            }
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyRoomSaysWhatItIs() throws IOException {
    List<Path> silent = new ArrayList<>();
    try (Stream<Path> dirs = Files.walk(SOURCES)) {
      for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.equals(SOURCES)).toList()) {
        boolean holdsCode;
        try (Stream<Path> files = Files.list(dir)) {
          holdsCode = files.anyMatch(f -> f.toString().endsWith(".java"));
        }
        if (holdsCode && !Files.exists(dir.resolve("package-info.java"))) {
          silent.add(dir);
        }
      }
    }
    assertThat(silent).as("packages without a package-info.java").isEmpty();
    assertThat(SOURCES.resolve("runtime/deadlock/package-info.java")).exists();
  }

  /** About as many classes as one can hold in mind; a room that grows past it splits by concept. */
  private static final int MOST_CLASSES = 25;

  @Test
  void noRoomHoldsMoreClassesThanANewcomerCanTake() throws IOException {
    Map<Path, Long> crowded = new TreeMap<>();
    try (Stream<Path> dirs = Files.walk(SOURCES)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          long classes =
              files
                  .map(f -> f.getFileName().toString())
                  .filter(f -> f.endsWith(".java") && !f.equals("package-info.java"))
                  .count();
          if (classes > MOST_CLASSES) {
            crowded.put(dir, classes);
          }
        }
      }
    }
    assertThat(crowded).as("packages of more than %d classes", MOST_CLASSES).isEmpty();
  }

  @Test
  void theScanSeesAViolation() {
    Matcher m = IMPORT.matcher("package x;\nimport org.jline.reader.LineReader;\n");
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("org.jline.reader.LineReader");
  }
}
