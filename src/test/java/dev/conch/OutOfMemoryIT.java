package dev.conch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real shell in tmux with a small heap: a line, a task and a pool job that fill the heap each
 * end with one line naming who holds the memory, and the shell goes on.
 */
class OutOfMemoryIT {
  private static final Path HOME = Path.of("").toAbsolutePath();

  /** The screen with its rows joined, so that a long line reads whole however it wrapped. */
  private static String joined(String screen) {
    return screen.replace("\n", "");
  }

  private static String answer(Tmux tmux, String line, String expected) throws Exception {
    tmux.type(line);
    tmux.send("Enter");
    return tmux.await(
        "'" + expected + "' after " + line,
        Duration.ofSeconds(60),
        s -> joined(s).contains(expected) && lastPrompt(s).equals("conch>"));
  }

  /** The last prompt on the screen: {@code conch>} alone once the line before it has ended. */
  private static String lastPrompt(String screen) {
    return screen
        .lines()
        .filter(l -> l.startsWith("conch>"))
        .reduce((a, b) -> b)
        .orElse("")
        .strip();
  }

  @Test
  @Timeout(120)
  void aScriptThatFillsTheHeapSaysSoInOneLineAndExitsOne() throws Exception {
    ShellIT.Result r =
        ShellIT.shell(
            Map.of("JAVA_TOOL_OPTIONS", "-Xmx128m"),
            "",
            "-e",
            "big = []; while (true) { big << new byte[4 << 20] }");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> !l.startsWith("Picked up JAVA_TOOL_OPTIONS")))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("error in main: memory ran out (Java heap space); most is held by big ≈ ");
  }

  @Test
  @Timeout(180)
  void aLineATaskAndAPoolJobThatFillTheHeapEachSaySoAndTheShellGoesOn() throws Exception {
    String command = "NO_COLOR=1 JAVA_TOOL_OPTIONS=-Xmx128m ./shell; echo SHELL-ENDED $?; sleep 60";
    try (Tmux tmux = Tmux.start(command, HOME)) {
      tmux.await(
          "the prompt",
          Duration.ofSeconds(60),
          s -> s.lines().anyMatch(l -> l.startsWith("conch>")));
      answer(
          tmux,
          "big = []; while (true) { big << new long[1000] }",
          "error in main: memory ran out (Java heap space); most is held by big ≈ ");
      answer(tmux, "println 'still' + 'here'", "stillhere");
      answer(tmux, "big = null", "conch> big = null");
      answer(
          tmux,
          "t = spawn(name: 'hog') { b = []; while (true) { b << new byte[4 << 20] } }; t.join()",
          "error in hog: memory ran out (Java heap space); most is held by b ≈ ");
      answer(
          tmux,
          "b = null; pool(2) { p -> p.map(1..2) { k -> def c = []; while (true) { c << new byte[4"
              + " << 20] } } }",
          "failed in pool-1-worker-");
      String screen = answer(tmux, "/reset", "session reset");
      assertThat(joined(screen)).contains("memory ran out (Java heap space); no session variable");
      String last = answer(tmux, "println 6 * 7", "42");
      assertThat(last).doesNotContain("SHELL-ENDED").doesNotContain("Exception");
    }
  }
}
