package dev.conch.process;

import dev.conch.runtime.OutputRouter;
import dev.conch.runtime.Runtime;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a child JVM starts: connects to the parent's channel with the secret it was given in its
 * environment, then runs the jobs the parent hands it (see {@link ChildWork}). It exits when the
 * parent lets it go, when its one job is done (status 0, or 1 when the job failed), and at once
 * when the parent dies: its standard input is a pipe from the parent, which ends then.
 *
 * <p>The child's main thread runs the jobs; one daemon thread watches the parent.
 */
public final class ChildMain {
  private ChildMain() {}

  /** Starts a child; run by the parent, never by a person. */
  public static void main(String[] args) {
    String socket = System.getenv("CONCH_CHANNEL");
    String secret = System.getenv("CONCH_SECRET");
    if (socket == null || secret == null) {
      System.err.println("conch child: only Conch starts me (CONCH_CHANNEL, CONCH_SECRET unset)");
      System.exit(2);
    }
    watchParent();
    int status;
    try (ChannelClient client = ChannelClient.connect(Path.of(socket), secret);
        Runtime runtime = Runtime.create(OutputRouter.plain(System.out))) {
      status = new ChildWork(client, runtime).serve();
    } catch (IOException e) {
      System.err.println("conch child: " + e.getMessage());
      status = 3;
    }
    System.out.flush();
    System.err.flush();
    System.exit(status);
  }

  /** Ends this JVM when the parent's end of standard input closes: the parent has gone. */
  private static void watchParent() {
    Thread.ofPlatform()
        .name("conch-child-parent-watch")
        .daemon()
        .start(
            () -> {
              try {
                while (System.in.read() >= 0) {
                  // the parent never writes; reading only waits for the end
                }
              } catch (IOException e) {
                // a broken pipe means the same: the parent has gone
              }
              // 128 + SIGTERM, as if terminated: the parent's terminate() closes this pipe too
              java.lang.Runtime.getRuntime().halt(143);
            });
  }
}
