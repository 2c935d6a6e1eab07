package dev.conch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real launcher, as a newcomer runs it: exit codes, languages, and the shell in tmux. */
class ShellIT {
  private static final Path HOME = Path.of("").toAbsolutePath();

  record Result(int code, String out, String err) {}

  static Result shell(Map<String, String> env, String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(HOME.resolve("shell").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile());
    builder.environment().putAll(env);
    builder.environment().put("NO_COLOR", "1");
    builder.environment().put("CONCH_HOME", HOME.resolve("target/it-home").toString());
    Process p = builder.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    var err = new java.util.concurrent.CompletableFuture<String>();
    Thread.ofPlatform()
        .name("stderr-reader")
        .start(
            () -> {
              try {
                err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
              } catch (IOException e) {
                err.completeExceptionally(e);
              }
            });
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out, err.get());
  }

  static Result shell(String... args) throws Exception {
    return shell(Map.of(), "", args);
  }

  @Test
  void codeRunsAndExitsZero() throws Exception {
    Result r = shell("-e", "println 1 + 1");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("2\n");
  }

  @Test
  void exitCodesTellUsageFromFailure() throws Exception {
    Result usage = shell("--bogus");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err()).startsWith("conch: unknown option --bogus");
    Result missing = shell("no-such-file.groovy");
    assertThat(missing.code()).isEqualTo(2);
    Result failure = shell("-e", "println 'before'; 1/0");
    assertThat(failure.code()).isEqualTo(1);
    assertThat(failure.out()).isEqualTo("before\n");
    assertThat(failure.err()).isEqualTo("error in main: ArithmeticException: Division by zero\n");
  }

  @Test
  void withoutAJdk25TheLauncherSaysWhatToInstall() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(HOME.resolve("shell").toString(), "-e", "1").redirectErrorStream(true);
    builder.environment().remove("JAVA_HOME");
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().put("CONCH_JVM_DIR", HOME.resolve("target/no-jdks").toString());
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(3);
    assertThat(out)
        .startsWith(
            "shell: Conch needs a JDK 25 or newer (its ICMP sweep calls the operating system")
        .contains("and found none")
        .contains("install a JDK 25 or newer");
  }

  @Test
  @Timeout(120)
  void aFirstBuildIntoAPipePrintsNoColourCodes() throws Exception {
    // the launcher beside a project with nothing to build: its first run calls the real Maven
    Path home = java.nio.file.Files.createTempDirectory(HOME.resolve("target"), "it-first-build");
    java.nio.file.Files.copy(
        HOME.resolve("shell"),
        home.resolve("shell"),
        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    java.nio.file.Files.writeString(
        home.resolve("pom.xml"),
        "<project><modelVersion>4.0.0</modelVersion><groupId>it</groupId>"
            + "<artifactId>first-build</artifactId><version>1</version>"
            + "<packaging>pom</packaging></project>\n");
    Process p =
        new ProcessBuilder(home.resolve("shell").toString(), "-e", "1")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertThat(all).startsWith("shell: building Conch with ").doesNotContain("\u001b");
  }

  @Test
  void aScriptWaitsForItsTasksAndGetsItsArgs() throws Exception {
    Path script = HOME.resolve("target/it-args.groovy");
    java.nio.file.Files.writeString(
        script,
        "spawn { sleep 50; println \"args: ${args.join(',')}\" }\nprintln 'main ends first'\n");
    Result r = shell(script.toString(), "a", "b");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("main ends first\nargs: a,b\n");
  }

  @Test
  void langZhHelpPrintsTheOptionsInChinese() throws Exception {
    Result zh = shell("--lang", "zh", "--help");
    assertThat(zh.code()).isZero();
    assertThat(zh.out())
        .startsWith("用法：./shell")
        .contains("消息和帮助用的语言", "显示这段帮助")
        .doesNotContain("show this help");
    assertThat(shell("--lang", "en", "--help").out()).contains("show this help");
  }

  @Test
  void aChineseLocaleGreetsAndHelpsInChinese() throws Exception {
    Result r = shell(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", ""), "/help\n/exit\n");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("能“看见”并发的 Groovy 交互环境").contains("内置函数（Groovy 方法，随处可用）：");
  }

  @Test
  @Timeout(150)
  void theShellInATerminal() throws Exception {
    try (Tmux tmux = Tmux.start("NO_COLOR=1 ./shell; echo SHELL-ENDED $?; sleep 60", HOME)) {
      tmux.await(
          "the prompt",
          Duration.ofSeconds(60),
          s -> s.lines().anyMatch(l -> l.startsWith("conch>")));
      // Like a person, type each line once the prompt is back: keys typed while a line is still
      // being evaluated are a separate matter (ReplTest and the type-ahead notes cover them).
      tmux.type("t = spawn(name: 'ticker') { 6.times { println \"tick $it\"; sleep 400 } }");
      tmux.send("Enter");
      String first =
          tmux.await(
              "the first tick and a fresh prompt",
              Duration.ofSeconds(10),
              s -> s.contains("[ticker] tick 0") && lastPromptLine(s).equals("conch>"));
      assertThat(first).contains("sleep 400 } }");
      tmux.type("x = 'half typed");
      tmux.await(
          "the half-typed line",
          Duration.ofSeconds(10),
          s -> lastPromptLine(s).equals("conch> x = 'half typed"));
      String screen =
          tmux.await(
              "more ticks above the half-typed line",
              Duration.ofSeconds(10),
              // a look may fall between printing a tick and drawing the line again below it
              s ->
                  s.contains("[ticker] tick 2")
                      && lastPromptLine(s).equals("conch> x = 'half typed"));
      assertThat(screen.indexOf("[ticker] tick 2"))
          .isLessThan(screen.lastIndexOf("conch> x = 'half typed"));
      tmux.send("C-u");
      tmux.type("/tasks");
      tmux.send("Enter");
      tmux.await(
          "the task list and a fresh prompt",
          Duration.ofSeconds(10),
          t ->
              t.matches("(?s).*ticker\\s+thread\\s+sleeping\\s+\\S+\\s+sleeping 400 ms.*")
                  && lastPromptLine(t).equals("conch>"));
      tmux.type("println 'looping'; while (true) {}");
      tmux.await(
          "the busy line typed",
          Duration.ofSeconds(10),
          t -> lastPromptLine(t).equals("conch> println 'looping'; while (true) {}"));
      tmux.send("Enter");
      tmux.await(
          "the busy line to run",
          Duration.ofSeconds(10),
          t -> t.lines().anyMatch("looping"::equals));
      long pressed = System.nanoTime();
      tmux.send("C-c");
      tmux.await("the prompt back", Duration.ofSeconds(5), s -> s.contains("interrupted"));
      assertThat(Duration.ofNanos(System.nanoTime() - pressed)).isLessThan(Duration.ofSeconds(1));
      Optional<ProcessHandle> java = conchJava();
      assertThat(java).isPresent();
      tmux.send("C-d");
      tmux.await("the shell to end", Duration.ofSeconds(10), s -> s.contains("SHELL-ENDED 0"));
      java.get().onExit().get(5, TimeUnit.SECONDS);
      assertThat(java.get().isAlive()).isFalse();
    }
  }

  @Test
  @Timeout(150)
  void ticksKeepTheirOwnRowsAndTheStatusLineStaysWhileTheWindowShrinks() throws Exception {
    try (Tmux tmux = Tmux.start("NO_COLOR=1 ./shell; sleep 60", HOME)) {
      tmux.await(
          "the prompt",
          Duration.ofSeconds(60),
          s -> s.lines().anyMatch(l -> l.startsWith("conch>")));
      tmux.type("t = spawn(name: 'ticker') { 600.times { println \"tick $it\"; sleep 100 } }");
      tmux.send("Enter");
      int full =
          lastTick(
              tmux.await("a screen full of ticks", Duration.ofSeconds(20), s -> lastTick(s) >= 30));
      tmux.resize(100, 24);
      int shorter =
          lastTick(
              tmux.await(
                  "ten more ticks after the first shrink",
                  Duration.ofSeconds(20),
                  s -> lastTick(s) >= full + 10 && endsWithPromptAndStatus(s)));
      tmux.resize(80, 18);
      String screen =
          tmux.await(
              "ten more ticks after the second shrink",
              Duration.ofSeconds(20),
              s -> lastTick(s) >= shorter + 10 && endsWithPromptAndStatus(s));
      List<String> rows = screen.lines().toList();
      assertThat(rows).hasSize(18);
      assertThat(rows.get(17)).startsWith("tasks: ");
      // every tick printed so far stands alone on its own row, in order, none lost or overwritten
      List<String> ticks = tmux.history().lines().filter(l -> l.contains("[ticker]")).toList();
      assertThat(ticks)
          .startsWith(
              IntStream.rangeClosed(0, lastTick(screen))
                  .mapToObj(i -> "[ticker] tick " + i)
                  .toArray(String[]::new));
    }
  }

  private static int lastTick(String screen) {
    return screen
        .lines()
        .filter(l -> l.matches("\\[ticker] tick \\d+"))
        .mapToInt(l -> Integer.parseInt(l.substring("[ticker] tick ".length())))
        .max()
        .orElse(-1);
  }

  /** The line being typed on the row above the status line, which is the screen's last. */
  private static boolean endsWithPromptAndStatus(String screen) {
    List<String> rows = screen.lines().toList();
    return rows.size() >= 2
        && rows.getLast().startsWith("tasks: ")
        && rows.get(rows.size() - 2).stripTrailing().equals("conch>");
  }

  private static String lastPromptLine(String screen) {
    String last = "";
    for (String line : screen.lines().toList()) {
      if (line.startsWith("conch>")) {
        last = line.stripTrailing();
      }
    }
    return last;
  }

  private static Optional<ProcessHandle> conchJava() {
    String home = "-Dconch.home=" + HOME;
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains(home) && c.contains("conch.jar") && !c.contains("--train"))
                    .orElse(false))
        .findFirst();
  }
}
