package dev.conch.shell.command;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.OutputRouter;
import dev.conch.runtime.deadlock.CureOutcome;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskSpec;
import dev.conch.shell.Repl;
import dev.conch.shell.ReplOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code /cure} as a learner meets it: typed at the prompt after a deadlock is reported. */
class CureCommandTest {
  @Test
  @Timeout(60)
  void afterTheCureOfADeadlockOfAcquireCallsBothLocksAreFreeAndANewTaskTakesOne() throws Exception {
    Typist typist = new Typist();
    Screen screen = new Screen();
    Thread shell = new Thread(() -> runShell(typist, screen), "the-shell");
    shell.start();
    try {
      typist.type("mA = lock('mA'); mB = lock('mB'); g = barrier(2)");
      typist.type(
          "x1 = spawn(name: 'x1') { mA.acquire(); g.wait(); mB.acquire(); mB.release();"
              + " mA.release() }; x2 = spawn(name: 'x2') { mB.acquire(); g.wait(); mA.acquire();"
              + " mA.release(); mB.release() }");
      screen.awaitText("the cure: /cure ends these tasks, and what they hold is freed");
      typist.type("/cure");
      typist.type("[mA.locked(), mB.locked()]");
      typist.type("spawn(name: 'next') { mA.withLock { 'next took mA' } }.result");
      typist.type("/exit");
    } finally {
      shell.join(TimeUnit.SECONDS.toMillis(30));
    }

    assertThat(outputLines(screen.text()))
        .containsSubsequence(
            "  x1 holds lock mA and waits for lock mB, which x2 holds",
            "ended x1, x2; what they held is free again",
            "=> [false, false]",
            "=> 'next took mA'");
  }

  private static void runShell(Typist typist, Screen screen) {
    try (Terminal terminal =
        new DumbTerminal("test", Terminal.TYPE_DUMB, typist, screen, StandardCharsets.UTF_8)) {
      Repl.run(
          terminal, new ReplOptions(Lang.EN, false, false, Path.of("").toAbsolutePath(), null));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @Timeout(30)
  void whatCouldNotBeFreedIsSaidInsteadOfClaimingItIsFree() throws Exception {
    try (ConchRuntime runtime = ConchRuntime.create(OutputRouter.plain(System.out))) {
      Run run = runtime.tasks().beginRun("test");
      try {
        Lock a = runtime.locks().lock("a");
        Task x1 = runtime.tasks().create(TaskSpec.defaults().withName("x1"), () -> null);
        Task x2 = runtime.tasks().create(TaskSpec.defaults().withName("x2"), () -> null);
        CureOutcome outcome =
            new CureOutcome(List.of(x1), List.of(x2), List.of(new CureOutcome.Held(a, x1)));

        assertThat(CureCommand.report(outcome, Messages.of(Lang.EN)))
            .isEqualTo(
                "ended x1\nx2 has not ended, so what it holds is not free\n"
                    + "lock a is still held by x1");
        assertThat(CureCommand.report(outcome, Messages.of(Lang.ZH)))
            .isEqualTo("已结束 x1\nx2 没有结束，它持有的锁仍未释放\nlock a 仍被 x1 持有");
        assertThat(
                CureCommand.report(
                    new CureOutcome(List.of(x1, x2), List.of(), List.of()), Messages.of(Lang.EN)))
            .isEqualTo("ended x1, x2; what they held is free again");
      } finally {
        runtime.tasks().endRun(run, false);
      }
    }
  }

  /** The keyboard: lines typed by the test, read by the shell as they come. */
  private static final class Typist extends InputStream {
    private final BlockingQueue<byte[]> lines = new LinkedBlockingQueue<>();
    private byte[] current = new byte[0];
    private int at;

    void type(String line) {
      lines.add((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int read() throws IOException {
      while (at == current.length) {
        try {
          current = lines.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for a key", e);
        }
        at = 0;
      }
      return current[at++] & 0xff;
    }
  }

  /** The screen: everything the shell printed, which the test can wait to see. */
  private static final class Screen extends OutputStream {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      printed.write(b);
      notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      printed.write(b, off, len);
      notifyAll();
    }

    synchronized String text() {
      return printed.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    /** Waits until {@code expected} has been printed (the test's timeout bounds the wait). */
    synchronized void awaitText(String expected) throws InterruptedException {
      while (!text().contains(expected)) {
        wait();
      }
    }
  }
}
