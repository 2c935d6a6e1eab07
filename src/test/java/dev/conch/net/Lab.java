package dev.conch.net;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The classroom network for tests: {@code src/main/lab/lab.sh} brought up once per JVM, and
 * commands run inside its scanner's namespace {@value #NAMESPACE}, so nothing a test probes ever
 * leaves the machine. A test starts with {@code Assumptions.assumeTrue(Lab.unavailable().isEmpty(),
 * ...)} and {@link #up()}, then probes through {@link #run} or {@link #runAs}.
 *
 * <p>Thread-safe: {@link #up()} is synchronized and remembers its success; the runners keep no
 * state, each command writes its output to files of its own.
 */
public final class Lab {
  /** The scanner's namespace, where every probe of the lab runs. */
  public static final String NAMESPACE = "conch-lab";

  /** The lab's network; it exists only inside the lab's namespaces. */
  public static final String NETWORK = "10.213.0.0/24";

  /** The scanner's own address, on the bridge in {@value #NAMESPACE}. */
  public static final String SCANNER = "10.213.0.1";

  /**
   * The addresses that answer ICMP echo as seen from the scanner, in address order (as fping prints
   * them): the scanner's own .1 and the 40 hosts .2, .8, ... .236.
   */
  public static final List<String> ICMP_HOSTS =
      Stream.concat(Stream.of(1), IntStream.range(0, 40).mapToObj(i -> 2 + 6 * i))
          .map(octet -> "10.213.0." + octet)
          .toList();

  /**
   * The hosts that ignore ICMP echo but answer TCP: .250 and .251 accept connections on port 80,
   * .252 answers a SYN with a reset.
   */
  public static final List<String> TCP_ONLY_HOSTS =
      List.of("10.213.0.250", "10.213.0.251", "10.213.0.252");

  /** What a command run by the lab said and how it ended. */
  public record Result(int exitCode, String stdout, String stderr) {}

  static final Path SCRIPT = Path.of("src/main/lab/lab.sh").toAbsolutePath();
  private static final Duration UP_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration KILL_GRACE = Duration.ofSeconds(5);
  private static final List<String> SYSTEM_DIRS = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

  private static boolean up; // guarded by Lab.class

  private Lab() {}

  /**
   * Why the lab cannot be had here (not Linux, not root, no {@code ip}, no {@code python3}), or
   * empty when it can.
   */
  public static Optional<String> unavailable() {
    String os = System.getProperty("os.name");
    if (!os.equals("Linux")) {
      return Optional.of("the classroom network needs Linux (network namespaces); this is " + os);
    }
    long uid = effectiveUid();
    if (uid != 0) {
      return Optional.of(
          "the classroom network needs root (network namespaces); this runs as uid " + uid);
    }
    if (executable("ip").isEmpty()) {
      return Optional.of("the classroom network needs the ip command: install iproute2");
    }
    if (executable("python3").isEmpty()) {
      return Optional.of("the classroom network needs python3 for its TCP listeners");
    }
    return Optional.empty();
  }

  /** Takes down the lab this JVM built, saying so on failure (called at the JVM's exit). */
  private static void down() {
    try {
      Result r = script(Map.of(), UP_TIMEOUT, "down");
      if (r.exitCode() != 0) {
        System.err.println("lab: `lab.sh down` failed: " + r.stdout() + r.stderr());
      }
    } catch (IOException | InterruptedException e) {
      System.err.println("lab: `lab.sh down` failed: " + e);
    }
  }

  /**
   * Brings the lab up, once per JVM: {@code lab.sh up} returns at once when it is up already. A lab
   * that this JVM built is taken down when the JVM exits; one that was up before stays up.
   *
   * @throws AssertionError with the script's output when it fails or takes over two minutes
   */
  public static synchronized void up() throws IOException, InterruptedException {
    if (up) {
      return;
    }
    unavailable()
        .ifPresent(
            reason -> {
              throw new AssertionError("lab: " + reason);
            });
    boolean wasUp = script(Map.of(), UP_TIMEOUT, "status").exitCode() == 0;
    Result r = script(Map.of(), UP_TIMEOUT, "up");
    if (!wasUp) { // built for this JVM: no listener of it outlives the JVM
      Runtime.getRuntime().addShutdownHook(new Thread(Lab::down, "lab-down"));
    }
    if (r.exitCode() != 0) {
      throw new AssertionError(
          "lab: `lab.sh up` ended with exit code "
              + r.exitCode()
              + ":\n"
              + r.stdout()
              + r.stderr());
    }
    up = true;
  }

  /**
   * Runs {@code command} inside the scanner's namespace, as root.
   *
   * @throws AssertionError when it runs past {@code timeout} (it and its children are killed)
   */
  public static Result run(Duration timeout, List<String> command)
      throws IOException, InterruptedException {
    return runIn(NAMESPACE, timeout, command);
  }

  /**
   * Runs {@code command} inside the scanner's namespace as {@code user} (its own uid and primary
   * group, no supplementary groups, no capabilities), with this JVM's environment.
   *
   * @throws AssertionError when it runs past {@code timeout} (it and its children are killed)
   */
  public static Result runAs(String user, Duration timeout, List<String> command)
      throws IOException, InterruptedException {
    Result group = exec(Map.of(), timeout, List.of("id", "-g", "--", user));
    if (group.exitCode() != 0) {
      throw new AssertionError("lab: no such user '" + user + "': " + group.stderr().strip());
    }
    List<String> as = new ArrayList<>();
    as.addAll(
        List.of(
            tool("setpriv"),
            "--reuid=" + user,
            "--regid=" + group.stdout().strip(),
            "--clear-groups",
            "--"));
    as.addAll(command);
    return runIn(NAMESPACE, timeout, as);
  }

  /** Runs {@code command} inside {@code namespace} (another lab's, for tests of the lab itself). */
  static Result runIn(String namespace, Duration timeout, List<String> command)
      throws IOException, InterruptedException {
    List<String> inside = new ArrayList<>(List.of(tool("ip"), "netns", "exec", namespace));
    inside.addAll(command);
    return exec(Map.of(), timeout, inside);
  }

  /** Runs {@code lab.sh ARGS} with {@code env} added to this JVM's environment. */
  static Result script(Map<String, String> env, Duration timeout, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    return exec(env, timeout, command);
  }

  /**
   * Runs {@code command} in this machine's own namespace, its input empty and its output in
   * temporary files (so a daemon it leaves behind cannot hold a pipe open).
   */
  static Result exec(Map<String, String> env, Duration timeout, List<String> command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("lab-", ".out");
    Path err = Files.createTempFile("lab-", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().putAll(env);
      Process p = builder.start();
      boolean ended;
      try {
        ended = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        kill(p);
        throw e;
      }
      if (!ended) {
        int killed = kill(p);
        throw new AssertionError(
            "lab: "
                + String.join(" ", command)
                + " did not end within "
                + timeout.toMillis()
                + " ms; killed it and every process it started ("
                + killed
                + ")\nstdout so far:\n"
                + Files.readString(out, StandardCharsets.UTF_8)
                + "stderr so far:\n"
                + Files.readString(err, StandardCharsets.UTF_8));
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /**
   * Kills {@code p} and every process it started, then waits (up to {@link #KILL_GRACE} each) until
   * none runs; returns how many processes it had started. The descendants are listed first: once
   * {@code p} is dead they are no longer its descendants.
   */
  private static int kill(Process p) throws InterruptedException {
    List<ProcessHandle> descendants = p.descendants().toList();
    p.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    if (!p.waitFor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("lab: process " + p.pid() + " survived SIGKILL");
    }
    for (ProcessHandle d : descendants) {
      long deadline = System.nanoTime() + KILL_GRACE.toNanos();
      while (running(d.pid())) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("lab: process " + d.pid() + " survived SIGKILL");
        }
        LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
      }
    }
    return descendants.size();
  }

  /**
   * Whether process {@code pid} runs: it exists and is not a zombie (a killed orphan stays one
   * until init reaps it, which on some machines takes seconds).
   */
  static boolean running(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String afterName = stat.substring(stat.lastIndexOf(')') + 2);
      return afterName.charAt(0) != 'Z';
    } catch (IOException e) {
      return false;
    }
  }

  /** The effective uid of this JVM, from /proc/self/status ("Uid: real effective saved fs"). */
  private static long effectiveUid() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Uid:")) {
          return Long.parseLong(line.substring(4).strip().split("\\s+")[1]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** The absolute path of {@code name}, from the PATH or the system's folders. */
  private static Optional<Path> executable(String name) {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(File.pathSeparator)));
    }
    dirs.addAll(SYSTEM_DIRS);
    return dirs.stream()
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** The absolute path of system tool {@code name} ({@code ip}, {@code setpriv}). */
  public static String tool(String name) {
    return executable(name)
        .map(Path::toString)
        .orElseThrow(() -> new AssertionError("lab: '" + name + "' is not installed"));
  }
}
