package dev.conch.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskSpec;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

/**
 * A parent and a "child" in one JVM, joined by a real channel: the parent's runtime, its exports
 * and proxy calls behind a {@link Channel}; the child's {@link ChannelClient} and {@link Proxies}.
 * The child's calls act as the task {@link #child}, which stands for the process task. Closing it
 * closes the client (if the test did not), the channel and the runtime, joining every thread.
 */
public final class ProxyRig implements AutoCloseable {
  public final ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {});
  public final Run run = runtime.tasks().beginRun("test");
  public final Exports exports = new Exports();
  private final CountDownLatch childEnds = new CountDownLatch(1);

  /** The parent's task standing for the child process. */
  public final Task child =
      runtime
          .tasks()
          .spawn(
              TaskSpec.defaults().withName("child"),
              () -> {
                childEnds.await();
                return null;
              });

  public final ProxyCalls calls =
      new ProxyCalls(exports, peer -> child, () -> ProxyRig.class.getClassLoader());
  public final Channel channel;
  public final ChannelClient client;
  public final Proxies proxies;

  public ProxyRig() throws Exception {
    channel =
        Channel.open(
            new CallHandler() {
              @Override
              public JsonNode call(Peer peer, JsonNode args) throws Exception {
                return calls.call(peer, args);
              }

              @Override
              public void disconnected(Peer peer) {
                calls.disconnected(peer);
              }
            });
    client = ChannelClient.connect(channel.socket(), channel.secret());
    proxies = new Proxies(client, ProxyRig.class.getClassLoader());
  }

  /** {@code value} as the child receives it: copied, with runtime objects turned into proxies. */
  @SuppressWarnings("unchecked")
  public <T> T send(Object value) throws Exception {
    byte[] bytes =
        JvmCopies.write(
            value,
            o -> {
              Handle h = exports.handleFor(o);
              return h == null ? o : h;
            });
    return (T) JvmCopies.read(bytes, ProxyRig.class.getClassLoader(), proxies::resolve);
  }

  /** Waits at most 10 s until {@code condition} holds; false when it never did. */
  public static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(2); // polling with a bounded deadline: a remote state has no latch to wait on
    }
    return true;
  }

  @Override
  public void close() throws Exception {
    client.close();
    channel.close();
    childEnds.countDown();
    child.join();
    runtime.tasks().endRun(run, false);
    runtime.close();
  }
}
