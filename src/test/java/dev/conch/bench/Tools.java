package dev.conch.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the baselines' programs: jshell in Conch's JDK, and the python3 the PATH runs. */
final class Tools {
  private Tools() {}

  /** {@code bin/jshell} of the JDK running the benchmark, which is the one the launcher uses. */
  static Optional<Path> jshell() {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    return Files.isExecutable(jshell) ? Optional.of(jshell) : Optional.empty();
  }

  /** The first executable {@code name} in a directory of the PATH. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * The interpreter that {@code python3} runs, from its own {@code sys.executable}: a wrapper such
   * as a pyenv shim costs a shell script per start, which would not be python's own time.
   */
  static Path interpreter(Path python3) throws ProbeException, InterruptedException {
    List<String> ask = List.of(python3.toString(), "-c", "import sys; print(sys.executable)");
    String printed = Capture.run(ask, Map.of(), Duration.ofSeconds(30)).strip();
    String last = printed.lines().reduce((a, b) -> b).orElse("");
    if (last.isEmpty() || !Files.isExecutable(Path.of(last))) {
      throw new ProbeException(python3 + ": no sys.executable: " + printed);
    }
    return Path.of(last);
  }
}
