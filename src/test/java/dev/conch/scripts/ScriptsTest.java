package dev.conch.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conch.net.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example script under {@code scripts/} once, in plain mode with a fresh runtime, and
 * compares what it printed with its sibling {@code .expected} golden file (see {@link
 * GoldenMatcher}). A script whose golden file starts with {@code {lab}} probes the classroom
 * network: it runs inside the lab's namespace, and is skipped with the reason where there is no
 * lab.
 */
class ScriptsTest {
  private static final Path ROOT = Path.of("scripts");
  private static final String SCRIPT = ".groovy";
  private static final String GOLDEN = ".expected";
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final Pattern NAME = Pattern.compile("([A-Z]\\d{2})-[a-z0-9-]+");

  @TestFactory
  Stream<DynamicTest> eachScriptPrintsWhatItsGoldenFileExpects() throws IOException {
    List<Path> scripts = files(SCRIPT);
    assertThat(scripts).as("scripts under " + ROOT.toAbsolutePath()).isNotEmpty();
    // No source URI on these dynamic tests: Surefire 3.5.3 drops tests whose source is a file URI
    // from its report and lets their failures pass the build.
    return scripts.stream()
        .map(script -> DynamicTest.dynamicTest(label(script), () -> check(script)));
  }

  @Test
  void everyScriptHasAGoldenFile() throws IOException {
    List<String> missing =
        files(SCRIPT).stream()
            .filter(script -> !Files.exists(sibling(script, SCRIPT, GOLDEN)))
            .map(script -> label(script) + GOLDEN)
            .toList();
    assertThat(missing).as("golden files missing").isEmpty();
  }

  @Test
  void everyGoldenFileHasAScript() throws IOException {
    List<String> orphans =
        files(GOLDEN).stream()
            .filter(golden -> !Files.exists(sibling(golden, GOLDEN, SCRIPT)))
            .map(golden -> label(golden) + GOLDEN)
            .toList();
    assertThat(orphans).as("golden files without a script").isEmpty();
  }

  @Test
  void everyScriptIsNamedAfterItsIdAndSaysItFirst() throws IOException {
    for (Path script : files(SCRIPT)) {
      String name = script.getFileName().toString().replace(SCRIPT, "");
      Matcher m = NAME.matcher(name);
      assertThat(m.matches()).as(label(script) + ": name is <ID>-<slug>").isTrue();
      String first = Files.readAllLines(script).stream().findFirst().orElse("");
      assertThat(first).as(label(script) + ": first line").matches("// " + m.group(1) + " \\S.*");
    }
  }

  private static void check(Path script) throws Exception {
    Path golden = sibling(script, SCRIPT, GOLDEN);
    if (!Files.exists(golden)) {
      fail(label(script) + ": no golden file " + golden.getFileName());
    }
    String text = Files.readString(golden);
    boolean inLab = ScriptRun.inLab(text);
    text = ScriptRun.withoutLabLine(text);
    int exit = ScriptRun.expectedExit(text);
    GoldenMatcher matcher = GoldenMatcher.parse(ScriptRun.withoutExitLine(text));
    List<String> printed;
    if (inLab) {
      Optional<String> why = Lab.unavailable();
      assumeTrue(why.isEmpty(), () -> label(script) + " runs in the lab: " + why.orElse(""));
      Lab.up();
      printed = assertTimeoutPreemptively(LIMIT, () -> ScriptRun.runInLab(script, exit));
    } else {
      printed = assertTimeoutPreemptively(LIMIT, () -> ScriptRun.run(script, exit));
    }
    Optional<String> mismatch = matcher.mismatch(printed);
    if (mismatch.isPresent()) {
      fail(
          label(script)
              + ": "
              + mismatch.get()
              + "\n--- printed ---\n"
              + String.join("\n", printed));
    }
  }

  private static List<Path> files(String suffix) throws IOException {
    if (!Files.isDirectory(ROOT)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static Path sibling(Path file, String suffix, String otherSuffix) {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.length() - suffix.length()) + otherSuffix);
  }

  /** {@code threads/T01-sing-dance}: the script's path under scripts/, without its suffix. */
  private static String label(Path file) {
    String relative = ROOT.relativize(file).toString().replace('\\', '/');
    return relative.substring(0, relative.lastIndexOf('.'));
  }
}
