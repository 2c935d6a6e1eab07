package dev.conch.process;

import dev.conch.process.channel.ChannelClient;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.OutputRouter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ServiceLoader;

/**
 * Where a child JVM starts: connects to the parent's channel with the secret it was given in its
 * environment, then runs the jobs the parent hands it (see {@link ChildWork}). It exits when the
 * parent lets it go, when its one job is done (status 0, or 1 when the job failed), and at once
 * when the parent dies or drops the channel (the kernel closes a dead parent's socket).
 *
 * <p>The child's main thread runs the jobs; the channel client's thread notices the parent go.
 */
public final class ChildMain {
  /**
   * A child whose job comes within this of its start was wanted soon, and warms up by doing it: a
   * process pool's typed prime check took 4.0 s with its prepared workers warming up beside their
   * jobs, 2.9 s without; ten processes in a row 0.50 s each against 0.30 s.
   */
  private static final Duration JOB_AT_ONCE = Duration.ofSeconds(1);

  private ChildMain() {}

  /** Starts a child; run by the parent, never by a person. */
  public static void main(String[] args) {
    String socket = System.getenv("CONCH_CHANNEL");
    String secret = System.getenv("CONCH_SECRET");
    if (socket == null || secret == null) {
      System.err.println("conch child: only Conch starts me (CONCH_CHANNEL, CONCH_SECRET unset)");
      System.exit(2);
    }
    int status;
    try (ChannelClient client = ChannelClient.connect(Path.of(socket), secret);
        ConchRuntime runtime = ConchRuntime.create(OutputRouter.plain(System.out))) {
      // the parent closed the channel or died (the kernel closed its socket): leave at once,
      // with 128 + SIGTERM, as if terminated
      client.onLost(() -> Runtime.getRuntime().halt(143));
      endAtOnceOnSigterm();
      ChildWork work = new ChildWork(client, runtime);
      if (!"no".equals(System.getenv("CONCH_WARM_UP"))) {
        // a spare warms up once it has waited a while with no job; one whose job comes sooner
        // (ten processes started in a row, the pool workers a line starts while it compiles)
        // leaves the warm-up to its job rather than share the CPU with it
        Thread.ofPlatform()
            .name("conch-child-warm-up")
            .daemon()
            .start(() -> warmUpUnlessBusy(work));
      }
      status = work.serve();
    } catch (IOException e) {
      System.err.println("conch child: " + e.getMessage());
      status = 3;
    }
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(status); // nothing is left to shut down: skip the hooks
  }

  /**
   * terminate() sends SIGTERM: the child ends at once with 128 + 15, as a Python process does by
   * default, rather than run the JVM's shutdown while its job goes on (a job that failed meanwhile
   * made the exit code 1). Through reflection, since sun.misc.Signal is an unsupported API; where
   * it is missing, the JVM's own handling stays.
   */
  private static void endAtOnceOnSigterm() {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      Object term = signal.getConstructor(String.class).newInstance("TERM");
      Object halt =
          java.lang.reflect.Proxy.newProxyInstance(
              handler.getClassLoader(),
              new Class<?>[] {handler},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "handle" -> {
                      System.out.flush();
                      System.err.flush();
                      Runtime.getRuntime().halt(143);
                      yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "conch: end at once on SIGTERM";
                  });
      signal.getMethod("handle", signal, handler).invoke(null, term, halt);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // the JVM's own SIGTERM handling stays: shutdown, then 143
    }
  }

  private static void warmUpUnlessBusy(ChildWork work) {
    try {
      if (!work.jobWithin(JOB_AT_ONCE)) {
        warmUp();
      }
    } catch (InterruptedException e) {
      // the child is ending
    }
  }

  /** Runs every {@link ChildWarmUp} on the class path. */
  private static void warmUp() {
    for (ChildWarmUp w : ServiceLoader.load(ChildWarmUp.class)) {
      try {
        w.warmUp();
      } catch (Exception | LinkageError e) {
        // a warm-up only saves time later; the job will say what is wrong, if anything
      }
    }
  }
}
