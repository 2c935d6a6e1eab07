package dev.conch;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.shell.Batch;
import dev.conch.shell.Repl;
import dev.conch.shell.ReplOptions;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Conch's entry point: {@code conch} (the REPL), {@code conch FILE.groovy [args…]} and {@code conch
 * -e CODE}. Argument parsing only; exit codes 0 ok, 1 failure, 2 usage, 3 internal.
 */
@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    version = "Conch " + Main.VERSION,
    description = "A Groovy shell for learning concurrency.")
public final class Main implements Callable<Integer> {
  static final String VERSION = "0.1";

  @Option(
      names = "--lang",
      paramLabel = "en|zh",
      description = "language of messages and help (default: from the locale)")
  String lang;

  @Option(names = "--no-color", description = "no colours (also when NO_COLOR is set)")
  boolean noColor;

  @Option(names = "-e", paramLabel = "CODE", description = "run CODE and exit")
  String code;

  @Option(names = "--train", hidden = true, description = "exercise start-up for the AOT cache")
  boolean train;

  @Parameters(paramLabel = "FILE [ARGS]", description = "a .groovy script to run, and its args")
  List<String> file = new ArrayList<>();

  private final PrintStream out =
      new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  private final PrintStream err =
      new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Parses {@code args} and runs what they ask for; returns the exit code. */
  public static int run(String[] args) {
    Main main = new Main();
    CommandLine cli = new CommandLine(main).setStopAtPositional(true);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          main.err.println("conch: " + e.getMessage());
          main.err.println("usage: ./shell [--lang en|zh] [--no-color] [-e CODE | FILE [ARGS…]]");
          return Batch.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, c, p) -> {
          main.err.println("conch: internal error: " + e);
          return Batch.INTERNAL;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    Lang language = lang == null ? Lang.fromEnvironment(System.getenv()) : Lang.parse(lang);
    if (language == null) {
      err.println("conch: unknown language '" + lang + "', expected en or zh");
      return Batch.USAGE;
    }
    Messages messages = Messages.of(language);
    Batch batch = new Batch(out, err, messages);
    if (code != null) {
      return batch.runCode(code, "-e", file);
    }
    if (!file.isEmpty()) {
      return batch.runFile(Path.of(file.get(0)), file.subList(1, file.size()));
    }
    boolean color = !noColor && System.getenv("NO_COLOR") == null;
    return Repl.start(new ReplOptions(language, color, train, conchHome(), historyFile()));
  }

  /** {@code $CONCH_HOME/history}, else {@code ~/.conch/history}; null when it cannot be made. */
  private static Path historyFile() {
    String home = System.getenv("CONCH_HOME");
    Path dir = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".conch");
    try {
      Files.createDirectories(dir);
      return dir.resolve("history");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Path conchHome() {
    String home = System.getProperty("conch.home");
    return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
  }
}
