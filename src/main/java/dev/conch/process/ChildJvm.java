package dev.conch.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The command line of a child JVM: the parent's own java, class path and JIT thresholds, the serial
 * collector, an exit that does not wait for threads in native calls, the child's AOT cache when one
 * was trained, and {@code setsid} in front so that the terminal's Ctrl-C reaches the shell, which
 * decides what to stop, and not every child at once. Stateless; thread-safe.
 */
final class ChildJvm {
  /** The class a child JVM starts with. */
  static final String MAIN = "dev.conch.process.ChildMain";

  private static final Path SETSID = Path.of("/usr/bin/setsid");

  /** Set while the launcher trains Conch: where the first child writes its AOT cache. */
  private static final String TRAIN_OUTPUT = "conch.child.aotOutput";

  private static final AtomicBoolean TRAINEE_CHOSEN = new AtomicBoolean();

  /** The options that set the JIT's thresholds, by how they start. */
  private static final List<String> JIT_OPTIONS =
      List.of(
          "-XX:CompileThresholdScaling=",
          "-XX:Tier3BackEdgeThreshold=",
          "-XX:Tier4BackEdgeThreshold=",
          "-XX:CompileCommand=");

  /**
   * The parent's JIT thresholds ({@code -XX:CompileThresholdScaling}, the back-edge thresholds and
   * {@code -XX:CompileCommand}s), when it has them: the launcher sets them for the shell and for
   * the learner's own classes (see {@code shell}), and a child's prime check or counter gains from
   * them as the shell's do. Read once: a JVM's arguments do not change.
   */
  private static final List<String> PARENTS_JIT =
      jitOf(ProcessHandle.current().info().arguments().orElse(new String[0]));

  private ChildJvm() {}

  /**
   * The command that starts a child, with the same compilers as the shell. C1 alone once saved a
   * young worker the C2 time it spent on a statically typed prime check, but made the same check
   * typed at the prompt (dynamic Groovy) about 25 times slower: 125 s against 5 s for a pool of 2.
   */
  static List<String> command() {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(SETSID)) {
      command.add(SETSID.toString());
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.add("-Xss2m");
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Dstdout.encoding=UTF-8");
    command.add("-Dstderr.encoding=UTF-8");
    // as the shell's (see `shell`): exit without waiting 300 ms for threads in a native call
    command.add("-XX:UserThreadWaitAttemptsAtExit=0");
    command.addAll(PARENTS_JIT);
    command.addAll(cache());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(MAIN);
    return command;
  }

  /** Whether the launcher is training Conch: the first child writes the children's AOT cache. */
  static boolean training() {
    return System.getProperty(TRAIN_OUTPUT) != null;
  }

  /** The JIT threshold options among a JVM's {@code arguments}, in their order, or none. */
  static List<String> jitOf(String[] arguments) {
    return Stream.of(arguments)
        .filter(option -> JIT_OPTIONS.stream().anyMatch(option::startsWith))
        .toList();
  }

  /**
   * The options that use the child's AOT cache, when Conch's home holds one; while the launcher
   * trains Conch, the options that make the first child write it.
   */
  private static List<String> cache() {
    String output = System.getProperty(TRAIN_OUTPUT);
    if (output != null) {
      return TRAINEE_CHOSEN.compareAndSet(false, true)
          ? List.of("-XX:AOTCacheOutput=" + output, "-Xlog:aot=off", "-Xlog:cds=off")
          : List.of();
    }
    String home = System.getProperty("conch.home");
    if (home == null) {
      return List.of();
    }
    Path cache = Path.of(home, "target", "child.aot");
    if (!Files.isReadable(cache) || !onClassPath(Path.of(home, "target", "conch.jar"))) {
      return List.of();
    }
    return List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off");
  }

  private static boolean onClassPath(Path jar) {
    return List.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .contains(jar.toString());
  }
}
