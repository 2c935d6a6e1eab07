package dev.conch.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand generated lines through the prompt's own objects: the parser decides, as JLine asks
 * it, whether a line continues; the shell the prompt runs ({@link Repl#accept}) takes each whole
 * input. Every input must end within its time with a result or an error, never an internal error or
 * a stack trace, and the shell must still answer at the end. It prints how many lines of each kind
 * ran and what they gave.
 */
class PromptFuzzTest {
  private static final long SEED = 15;
  private static final int LINES = 10_000;
  private static final Duration LINE_TIME = Duration.ofSeconds(10);
  private static final Duration MEGABYTE_TIME = Duration.ofSeconds(60);

  /** A learner presses Ctrl-C after this many lines of a buffer that keeps going. */
  private static final int PATIENCE = 4;

  /** What a shell that broke prints: its own bug, or a stack trace. */
  private static final Pattern BROKEN =
      Pattern.compile("internal error|内部错误|Exception in thread|\\n\\s*at [\\w.$]+\\(");

  /** What the shell says of its own bug. */
  private static final Pattern INTERNAL = Pattern.compile("internal error|内部错误");

  /** Any IPv4 address a line names, to check that each is 127.0.0.1. */
  private static final Pattern ADDRESS = Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b");

  /** What the terminal received, taken line by line. Thread-safe. */
  private static final class Screen extends ByteArrayOutputStream {
    synchronized String take() {
      String text = toString(StandardCharsets.UTF_8);
      reset();
      return text;
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void tenThousandGeneratedLinesEachEndWithAnAnswerAndTheShellGoesOn(@TempDir Path dir)
      throws Exception {
    Screen screen = new Screen();
    Map<FuzzLines.Kind, Integer> kinds = new EnumMap<>(FuzzLines.Kind.class);
    Map<String, Integer> answers = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    LineParser parser = new LineParser();
    FuzzLines lines = new FuzzLines(new Random(SEED), dir);
    long started = System.nanoTime();
    Screen strayErr = new Screen(); // what code writes to the JVM's error stream, past the terminal
    PrintStream err = System.err;
    System.setErr(new PrintStream(strayErr, true, StandardCharsets.UTF_8));
    try (Terminal terminal =
            new DumbTerminal(
                "fuzz",
                Terminal.TYPE_DUMB,
                InputStream.nullInputStream(),
                screen,
                StandardCharsets.UTF_8);
        ExecutorService replThread =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("fuzz-repl").factory())) {
      Repl repl =
          Repl.open(terminal, new ReplOptions(Lang.EN, false, false, dir.toAbsolutePath(), null));
      try {
        String buffer = "";
        int continued = 0;
        for (int i = 0; i < LINES; i++) {
          FuzzLines.Line line = lines.next(i, LINES);
          kinds.merge(line.kind(), 1, Integer::sum);
          String text = line.text();
          Assertions.noAddressButLoopback(text, failures);
          buffer = buffer.isEmpty() ? text : buffer + "\n" + text;
          if (continues(parser, buffer)) {
            if (++continued < PATIENCE) {
              answers.merge("continued", 1, Integer::sum);
              continue;
            }
            answers.merge("given up with Ctrl-C", 1, Integer::sum); // as the learner would
            buffer = "";
            continued = 0;
            continue;
          }
          String input = buffer;
          buffer = "";
          continued = 0;
          screen.take();
          Duration time = line.kind() == FuzzLines.Kind.MEGABYTE ? MEGABYTE_TIME : LINE_TIME;
          Future<?> done = replThread.submit(() -> repl.accept(input));
          try {
            done.get(time.toMillis(), TimeUnit.MILLISECONDS);
          } catch (TimeoutException hung) {
            failures.add("line " + i + " did not end in " + time + ": " + shown(input));
            repl.interrupt(); // Ctrl-C
            done.get(10, TimeUnit.SECONDS); // past this the shell is stuck: the test ends here
          }
          String printed = screen.take();
          answers.merge(answer(printed), 1, Integer::sum);
          String stray = strayErr.take();
          if (!stray.isEmpty()) {
            failures.add(
                "line " + i + ": " + shown(input) + "\n  wrote past the terminal: " + shown(stray));
          }
          boolean traces = input.strip().startsWith("/trace"); // showing a stack is its purpose
          if (traces ? INTERNAL.matcher(printed).find() : BROKEN.matcher(printed).find()) {
            failures.add("line " + i + ": " + shown(input) + "\n  gave: " + shown(printed));
          }
          assertThat(repl.exitRequested()).as("the shell was told to end by " + input).isFalse();
        }
        screen.take();
        replThread.submit(() -> repl.accept("println 'still ' + 'here'")).get(10, TimeUnit.SECONDS);
        assertThat(screen.take()).contains("still here");
      } finally {
        repl.close();
        System.setErr(err);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "prompt fuzz: %d lines in %.1f s, seed %d%n  kinds:   %s%n  answers: %s%n",
        LINES, seconds, SEED, kinds, answers);
    assertThat(failures).isEmpty();
  }

  /**
   * JLine's own reading of what a terminal delivers: control keys and broken UTF-8 typed at the
   * prompt, each line whole by itself (one that leaves a bracket open would take the rest in), then
   * one more line. Left out are the keys that end the shell or open an editor (Ctrl-D, Ctrl-X,
   * Escape): those do what they should.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void controlKeysAndBrokenUtf8TypedAtThePromptLeaveItAnswering(@TempDir Path dir)
      throws Exception {
    FuzzLines lines = new FuzzLines(new Random(SEED), dir);
    ByteArrayOutputStream typed = new ByteArrayOutputStream();
    int count = 0;
    for (int i = 0; count < 500; i++) {
      FuzzLines.Line line = lines.next(i, Integer.MAX_VALUE);
      boolean keys =
          line.kind() == FuzzLines.Kind.CONTROL || line.kind() == FuzzLines.Kind.BROKEN_UTF8;
      if (keys && !continues(new LineParser(), line.text())) {
        for (byte b : line.bytes()) {
          typed.write(b == 0x04 || b == 0x18 || b == 0x1b ? ' ' : b);
        }
        typed.write('\n');
        count++;
      }
    }
    typed.writeBytes("println 'still ' + 'here'\n/exit\n".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Terminal terminal =
        new DumbTerminal(
            "fuzz",
            Terminal.TYPE_DUMB,
            new java.io.ByteArrayInputStream(typed.toByteArray()),
            out,
            StandardCharsets.UTF_8)) {
      assertThat(Repl.run(terminal, new ReplOptions(Lang.EN, false, false, dir, null))).isZero();
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("still here").doesNotContain("internal error");
    assertThat(printed.strip()).endsWith("bye");
  }

  /** Whether the prompt would ask for another line after {@code buffer}, as JLine asks. */
  private static boolean continues(LineParser parser, String buffer) {
    try {
      parser.parse(buffer, buffer.length(), Parser.ParseContext.ACCEPT_LINE);
      return false;
    } catch (EOFError open) {
      return true;
    }
  }

  /** What a line gave, in a word, for the counts. */
  private static String answer(String printed) {
    if (printed.isBlank()) {
      return "nothing shown";
    }
    if (printed.contains("=> ")) {
      return "a value";
    }
    if (printed.contains("syntax error") || printed.contains("语法错误")) {
      return "a syntax error";
    }
    if (printed.contains("usage:") || printed.contains("用法：") || printed.contains("try: ")) {
      return "a usage error";
    }
    if (printed.contains("error") || printed.contains("出错") || printed.contains("unknown")) {
      return "an error";
    }
    return "other output";
  }

  private static String shown(String text) {
    String one = text.replace("\n", "⏎");
    return one.length() > 200 ? one.substring(0, 200) + "… (" + one.length() + " chars)" : one;
  }

  /** Checks of the generated lines themselves. */
  private static final class Assertions {
    private Assertions() {}

    /** Records a failure if {@code line} names an address other than 127.0.0.1. */
    static void noAddressButLoopback(String line, List<String> failures) {
      var addresses = ADDRESS.matcher(line);
      while (addresses.find()) {
        String address = addresses.group();
        if (!address.equals("127.0.0.1") && !address.startsWith("300.")) {
          failures.add("a generated line names " + address + ": " + shown(line));
        }
      }
      if (line.matches("(?s).*https?://(?!127\\.0\\.0\\.1[:/]).*")) {
        failures.add("a generated line names a host: " + shown(line));
      }
    }
  }
}
