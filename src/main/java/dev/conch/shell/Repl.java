package dev.conch.shell;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.ScriptHost;
import dev.conch.i18n.Messages;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.LineInput;
import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.errors.MemoryError;
import dev.conch.shell.command.Command;
import dev.conch.shell.command.CommandTable;
import dev.conch.shell.errors.ErrorText;
import dev.conch.shell.errors.FailureReporter;
import dev.conch.shell.errors.NameAdvice;
import dev.conch.shell.errors.RaceReporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The interactive shell: reads lines with JLine, runs /-commands and evaluates Groovy, and keeps
 * background output, the status bar and Ctrl-C in order. Confined to the REPL thread.
 */
public final class Repl {
  /** Conch's version, as the greeting and {@code --version} show it. */
  public static final String VERSION = "0.1";

  /**
   * What {@code --train} types, on a terminal of its own, while the launcher records the JDK's AOT
   * cache: the lines a learner's first hour runs, so that their classes are loaded and linked ahead
   * and their methods start from recorded profiles. Every line but {@code 1/0} must succeed (a test
   * runs them): a line that fails trains nothing after its error.
   */
  static final List<String> TRAINING =
      List.of(
          "x = 1",
          "def twice(n) { n * 2 }",
          "println twice(x)",
          "t = spawn(name: 'warm') { sleep 5; 42 }",
          "t.join(); t.result",
          "virtual { sleep 1 }.join()",
          // C09's kind of run, so that a first run of many tasks starts from recorded profiles
          "vs = (1..20_000).collect { virtual { sleep 1 } }; vs*.join(); vs = null",
          "cs = (1..20_000).collect { coroutine { sleep 1 } }; cs*.join(); cs = null",
          "/tasks",
          "/timeline",
          "/vars",
          "/help",
          "/help spawn",
          "1/0",
          "n = 0; m = lock('m'); def bump(k) { k.times { m.withLock { n += 1 } } }",
          "a = spawn { bump(300_000) }; b = spawn { bump(300_000) }; a.join(); b.join()",
          "def add(k) { for (int i = 0; i < k; i++) { m.acquire(); try { n += 1 } finally { m.release() } } }",
          "add(300_000); int c = 0; 300_000.times { c += 1 }; (1..300_000).each { c -= it % 2 }",
          "pool(2) { p -> p.map(1..20_000) { int k -> k % 7 == 0 } }.size()",
          "def isPrimeT(int n) { if (n < 2) return false; for (int i = 2; i < n; i++) { if (n % i == 0) return false }; true }",
          // the first child JVM writes the children's AOT cache: a process pool's worker running
          // a typed check, so that a learner's first pool starts from its classes and profiles
          "pool(1, kind: 'process') { p -> p.map(1..<3000) { isPrimeT(it) }.count(true) }",
          "q = queue(); process(name: 'second') { q.put(twice(21)); println x }.join(); q.get()",
          // not the network chapter: a serve, download and fetch here made a first download of 20
          // files 150 ms faster, and every start a little slower (the cache's classes are loaded
          // at start, and Jetty's are many): `println 1`, the JVM alone, 25 alternating runs each,
          // medians 851 -> 867 ms, which every line of -e and every shell would pay
          "/exit");

  private final Terminal terminal;
  private final Session session;
  private final ConchRuntime runtime;
  private final Highlighter highlighter;
  private final ResizeAwareReader reader;
  private final PythonBlockBody pythonBody = new PythonBlockBody();
  private final TerminalInput input;

  private Repl(
      Terminal terminal,
      Session session,
      ConchRuntime runtime,
      Highlighter highlighter,
      ResizeAwareReader reader,
      TerminalInput input) {
    this.terminal = terminal;
    this.input = input;
    this.reader = reader;
    this.session = session;
    this.runtime = runtime;
    this.highlighter = highlighter;
  }

  /** Runs the shell on the system terminal (or the training input) until Ctrl-D or /exit. */
  public static int start(ReplOptions options) {
    try (Terminal terminal = terminal(options)) {
      return run(terminal, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Terminal terminal(ReplOptions options) throws IOException {
    if (options.train()) {
      InputStream in =
          new ByteArrayInputStream(
              (String.join("\n", TRAINING) + "\n").getBytes(StandardCharsets.UTF_8));
      return new DumbTerminal(
          "train", Terminal.TYPE_DUMB, in, OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
    }
    return TerminalBuilder.builder()
        .name("conch")
        .system(true)
        .nativeSignals(true)
        // JNI unless told otherwise: the FFM provider spends ~150 ms linking native calls at start
        .provider(
            System.getProperty(TerminalBuilder.PROP_PROVIDER, TerminalBuilder.PROP_PROVIDER_JNI))
        .encoding(StandardCharsets.UTF_8)
        .build();
  }

  /** Runs the shell on {@code terminal}; returns the exit code. */
  public static int run(Terminal terminal, ReplOptions options) {
    return open(terminal, options).loop();
  }

  /**
   * The shell on {@code terminal}, ready for lines but not yet reading them: {@link #run} loops
   * over it, a test may hand it lines with {@link #accept} and must then {@link #close} it.
   */
  static Repl open(Terminal terminal, ReplOptions options) {
    Messages messages = Messages.of(options.lang());
    boolean color = options.color() && !terminal.getType().startsWith(Terminal.TYPE_DUMB);
    ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {});
    AtomicReference<Session> sessionRef = new AtomicReference<>();
    Highlighter highlighter = new Highlighter(color);
    Map<String, Object> variables = new HashMap<>();
    variables.put(LineReader.SECONDARY_PROMPT_PATTERN, "%M%P ...> ");
    variables.put(LineReader.HISTORY_SIZE, 2000);
    variables.put(LineReader.BLINK_MATCHING_PAREN, 0);
    if (options.historyFile() != null && !options.train()) {
      variables.put(LineReader.HISTORY_FILE, options.historyFile());
    }
    ResizeAwareReader reader = new ResizeAwareReader(terminal, "conch", variables);
    reader.setHistory(new DefaultHistory());
    reader.setCompleter(new Completer(sessionRef::get));
    reader.setParser(new LineParser());
    reader.setHighlighter(highlighter);
    reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
    reader.option(LineReader.Option.INSERT_BRACKET, false);
    reader.listenForResize();
    Session session =
        new Session(reader, runtime, new ScriptLocator(options.home()), messages, color);
    sessionRef.set(session);
    reader.setAutosuggestion(LineReader.SuggestionType.HISTORY);
    runtime.output().setSink(new BackgroundSink(reader, color, session::recordOutput));
    runtime.tasks().addListener(new FailureReporter(session::messages, session::print));
    runtime.deadlocks().addListener(session.deadlocks());
    runtime.deadlocks().start();
    runtime
        .tasks()
        .races()
        .addListener(
            new RaceReporter(session::messages, line -> session.printWrapped(List.of(line))));
    terminal.handle(Terminal.Signal.INT, signal -> session.evaluator().interrupt());
    TerminalInput input = new TerminalInput(terminal, session.evaluator());
    runtime.slots().put(LineInput.KEY, input);
    return new Repl(terminal, session, runtime, highlighter, reader, input);
  }

  private int loop() {
    StatusBar status = StatusBar.open(reader, this::statusText, session.color());
    terminal.writer().println(session.messages().get("greeting", VERSION));
    terminal.writer().println(session.messages().get("prompt.hint"));
    terminal.writer().flush();
    PrintStreamSwap swap = PrintStreamSwap.install(runtime);
    runtime.tasks().serviceThread("conch-warmup", this::warmUpAfterPrompt).start();
    if (status != null) {
      runtime.tasks().serviceThread("conch-status", status::refreshLoop).start();
    }
    try {
      while (!session.exitRequested()) {
        String line;
        try {
          input.awaitIdle(); // a task still reading an input() line keeps the keyboard till then
          line = session.reader().readLine(prompt());
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          break;
        } catch (OutOfMemoryError e) {
          ranOut(e);
          continue;
        }
        accept(line);
      }
    } finally {
      if (status != null) {
        status.close();
      }
      close();
      swap.close();
      terminal.writer().println(session.messages().get("goodbye"));
      terminal.writer().flush();
      try {
        session.reader().getHistory().save();
      } catch (IOException e) {
        // history is a convenience: losing it must not stop the shell from ending
      }
    }
    return 0;
  }

  /**
   * Does what a line read at the prompt asks (a whole input, with the lines it continued over):
   * runs a /-command or evaluates it, and shows what it gave. Whatever the line was, the shell goes
   * on: what escapes the line (out of memory, a command's own bug) is said in one line.
   */
  void accept(String line) {
    session.recordInput(line);
    QuietTerminal quiet = QuietTerminal.during(terminal);
    try {
      handle(line);
    } catch (OutOfMemoryError e) {
      ranOut(e);
    } catch (RuntimeException e) {
      session.setLastError(e);
      session.print(session.messages().get("error.internal", Errors.oneLine(e)));
    } finally {
      quiet.close();
    }
    runtime.memory().retake();
  }

  /** What Ctrl-C does: interrupts the line being evaluated, if any. */
  void interrupt() {
    session.evaluator().interrupt();
  }

  /** Whether a line asked the shell to end ({@code /exit}). */
  boolean exitRequested() {
    return session.exitRequested();
  }

  /** Ends the session: stops recording, then stops and joins every task the shell started. */
  void close() {
    session.stopRecording();
    session.evaluator().close();
    runtime.close();
  }

  /**
   * Memory ran out on the REPL thread itself (reading a line, showing a value): lets go of the
   * reserve and says so in one line, and the shell goes on.
   */
  private void ranOut(OutOfMemoryError error) {
    MemoryError said = runtime.memory().ranOut(error);
    session.setLastError(said);
    session.print(ErrorText.oneLine(said, session.messages()));
  }

  /** Loads Groovy while the learner types the first line, once the prompt is on the screen. */
  private void warmUpAfterPrompt() {
    try {
      highlighter.awaitFirstDraw();
      ScriptHost.warmUp(runtime);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return;
    }
    if (trimmed.startsWith("#")) {
      // a comment line does nothing at the prompt, as at Python's; the note on // is said once
      if (session.firstNote("comment")) {
        session.print(session.messages().get("python.comment.prompt"));
      }
      return;
    }
    if (pythonBody.skips(line)) {
      session.print(session.messages().get("python.block.body"));
      return;
    }
    if (trimmed.startsWith("/")) {
      List<String> words = Arrays.asList(trimmed.split("\\s+"));
      Optional<Command> command = CommandTable.find(words.get(0));
      if (command.isEmpty()) {
        session.print(NameAdvice.unknownCommand(words.get(0), session.messages()));
        return;
      }
      try {
        command.get().execute(session, words.subList(1, words.size()));
      } catch (Exception e) {
        session.setLastError(e);
        session.print(session.messages().get("error.internal", e));
      }
      return;
    }
    Outcome outcome = session.evaluateAndReport(line, line.lines().findFirst().orElse(""), false);
    pythonBody.after(line, outcome);
  }

  private String prompt() {
    AttributedStringBuilder p = new AttributedStringBuilder();
    if (session.color()) {
      p.styled(AttributedStyle.BOLD.foreground(AttributedStyle.GREEN), "conch");
    } else {
      p.append("conch");
    }
    return p.append("> ").toAnsi(terminal);
  }

  private String statusText() {
    return Views.status(session);
  }
}
