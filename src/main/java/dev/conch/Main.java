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
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * Conch's entry point: {@code ./shell} (the REPL), {@code ./shell FILE.groovy [args…]} and {@code
 * ./shell -e CODE}. Argument parsing only; exit codes 0 ok, 1 failure, 2 usage, 3 internal.
 */
public final class Main {
  private static final String USAGE =
      "./shell [--lang en|zh] [--no-color] [-e CODE | FILE [ARGS…]]";

  private final PrintStream out =
      new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  private final PrintStream err =
      new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

  private Main() {}

  public static void main(String[] args) {
    System.exit(new Main().run(args));
  }

  private static Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("lang").hasArg().argName("en|zh").get());
    options.addOption(Option.builder().longOpt("no-color").get());
    options.addOption(Option.builder("e").hasArg().argName("CODE").get());
    options.addOption(Option.builder("h").longOpt("help").get());
    options.addOption(Option.builder().longOpt("version").get());
    options.addOption(Option.builder().longOpt("train").get());
    return options;
  }

  /**
   * What {@code --help} prints, in the language of {@code messages}: the usage line, each option
   * with what it does (bundle entries {@code launch.option.<name>}), and the developer's commands.
   */
  static List<String> help(Messages messages) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add(messages.get("launch.usage", USAGE));
    for (Option option : options().getOptions()) {
      String name = option.hasLongOpt() ? "--" + option.getLongOpt() : "-" + option.getOpt();
      String arg = option.hasArg() ? " " + option.getArgName() : "";
      String key = option.hasLongOpt() ? option.getLongOpt() : option.getOpt();
      lines.add(String.format("  %-16s %s", name + arg, messages.get("launch.option." + key)));
    }
    lines.add("  " + messages.get("launch.more"));
    return lines;
  }

  /** Parses {@code args} and runs what they ask for; returns the exit code. */
  int run(String[] args) {
    CommandLine cli;
    try {
      cli = DefaultParser.builder().get().parse(options(), args, true);
    } catch (ParseException e) {
      Messages messages = Messages.of(Lang.fromEnvironment(System.getenv()));
      err.println("conch: " + e.getMessage());
      err.println(messages.get("launch.usage", USAGE));
      return Batch.USAGE;
    }
    String lang = cli.getOptionValue("lang");
    Lang language = lang == null ? Lang.fromEnvironment(System.getenv()) : Lang.parse(lang);
    if (language == null) {
      Messages messages = Messages.of(Lang.fromEnvironment(System.getenv()));
      err.println("conch: " + messages.get("error.lang", lang));
      return Batch.USAGE;
    }
    Messages messages = Messages.of(language);
    List<String> rest = cli.getArgList();
    if (!cli.hasOption("e") && !rest.isEmpty() && rest.get(0).startsWith("-")) {
      err.println("conch: " + messages.get("launch.option.unknown", rest.get(0)));
      err.println(messages.get("launch.usage", USAGE));
      return Batch.USAGE;
    }
    if (cli.hasOption("help")) {
      help(messages).forEach(out::println);
      return Batch.OK;
    }
    if (cli.hasOption("version")) {
      out.println("Conch " + Repl.VERSION);
      return Batch.OK;
    }
    Batch batch = new Batch(out, err, messages);
    if (cli.hasOption("e")) {
      return batch.runCode(cli.getOptionValue("e"), "-e", rest);
    }
    if (!rest.isEmpty()) {
      return batch.runFile(Path.of(rest.get(0)), rest.subList(1, rest.size()));
    }
    boolean color = !cli.hasOption("no-color") && System.getenv("NO_COLOR") == null;
    return Repl.start(
        new ReplOptions(language, color, cli.hasOption("train"), conchHome(), historyFile()));
  }

  private static Path conchHome() {
    String home = System.getProperty("conch.home");
    return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
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
}
