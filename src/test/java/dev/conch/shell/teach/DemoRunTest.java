package dev.conch.shell.teach;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.runtime.ConchRuntime;
import dev.conch.shell.BackgroundSink;
import dev.conch.shell.ScriptLocator;
import dev.conch.shell.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How a demo's steps run: Ctrl-C, and tasks that outlive their step. */
class DemoRunTest {
  @TempDir Path dir;

  @Test
  @Timeout(60)
  void ctrlCEndsTheStepRunningAndTheDemoGoesOn() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream keys = new ByteArrayInputStream("\n\n".getBytes(StandardCharsets.UTF_8));
    try (Terminal terminal =
            new DumbTerminal("test", Terminal.TYPE_DUMB, keys, out, StandardCharsets.UTF_8);
        ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {})) {
      LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
      Session session =
          new Session(reader, runtime, new ScriptLocator(dir), Messages.of(Lang.EN), false);
      runtime.output().setSink(new BackgroundSink(reader, false, session::recordOutput));
      CountDownLatch spinning = new CountDownLatch(1);
      session.host().setVariable("spinning", spinning);
      List<DemoScript.Step> steps =
          DemoScript.split(
              "// Spin.\nspinning.countDown()\nwhile (true) {}\n\n"
                  + "// Go on.\nprintln 'still in the demo'\n");
      Thread ctrlC =
          new Thread(
              () -> {
                try {
                  if (spinning.await(30, TimeUnit.SECONDS)) {
                    session.evaluator().interrupt(); // what the terminal's INT handler does
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "ctrl-c");
      ctrlC.start();
      try {
        new Demo(session, "spin.groovy", steps, new DemoKeys(terminal)).run();
      } finally {
        ctrlC.join();
        session.evaluator().close();
      }
    }
    List<String> lines = outputLines(out.toString(StandardCharsets.UTF_8).replace("\r", ""));
    assertThat(lines)
        .containsSubsequence(
            "── spin.groovy · step 1 of 2 ──",
            "interrupted",
            "── spin.groovy · step 2 of 2 ──",
            "still in the demo",
            "end of the demo of spin.groovy");
  }

  @Test
  @Timeout(60)
  void aDeadlockOfTasksFromAnEarlierStepIsCuredAtOnceAsInAScript() throws Exception {
    Path script =
        Files.writeString(
            dir.resolve("cross.groovy"),
            String.join(
                "\n",
                "// Two tasks take two locks in opposite orders.",
                "a = lock('a'); b = lock('b'); hasA = event(); hasB = event()",
                "l = spawn(name: 'left') { a.withLock { hasA.set(); hasB.wait(); b.withLock { } } }",
                "r = spawn(name: 'right') { b.withLock { hasB.set(); hasA.wait(); a.withLock { } } }",
                "",
                "// Meanwhile, main goes on.",
                "println 'main goes on'",
                ""));
    List<String> lines = outputLines(session(Lang.EN, "/demo " + script, "", "", "/cure", "/exit"));
    assertThat(lines)
        .containsSubsequence(
            "main goes on",
            "deadlock: left, right wait for each other and can never go on",
            "  ending these tasks now, and what they hold is freed",
            "end of the demo of cross.groovy",
            "no deadlock to cure");
    assertThat(lines)
        .doesNotContain("  the cure: /cure ends these tasks, and what they hold is freed");
  }
}
