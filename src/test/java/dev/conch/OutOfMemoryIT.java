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

  /**
   * {@code text} without its spaces and line breaks, so that a long line reads whole however it
   * wrapped: at the terminal's edge, or between words as the shell wraps an error.
   */
  private static String joined(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String answer(Tmux tmux, String line, String expected) throws Exception {
    tmux.type(line);
    tmux.send("Enter");
    return tmux.await(
        "'" + expected + "' after " + line,
        Duration.ofSeconds(60),
        s -> joined(s).contains(joined(expected)) && lastPrompt(s).equals("conch>"));
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
      // on a line of its own: a line is compiled before it runs, and b's 92 MiB are still held then
      answer(tmux, "b = null", "conch> b = null");
      answer(
          tmux,
          "pool(2) { p -> p.map(1..2) { k -> def c = []; while (true) { c << new byte[4 << 20] } } }",
          "failed in pool-1-worker-");
      String screen = answer(tmux, "/reset", "session reset");
      assertThat(joined(screen))
          .contains(joined("memory ran out (Java heap space); no session variable"));
      String last = answer(tmux, "println 6 * 7", "42");
      assertThat(last).doesNotContain("SHELL-ENDED").doesNotContain("Exception");
    }
  }
}
