package dev.conch.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conch.process.calls.Exports;
import dev.conch.process.calls.ProxyCalls;
import dev.conch.process.channel.CallHandler;
import dev.conch.process.channel.Channel;
import dev.conch.process.channel.Frame;
import dev.conch.process.channel.Peer;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.Slots;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The child JVMs of one session: starts them, keeps a spare started and waiting so that the next
 * process task begins at once, routes their channel calls, and stops them all when the session
 * ends. The channel opens with the first child.
 *
 * <p>Thread-safe. Children are started from the calling thread; their output is read by service
 * threads of the session's task registry.
 */
public final class Children implements AutoCloseable {
  private static final Slots.Key<Children> SLOT = new Slots.Key<>("children", Children.class);
  private static final long START_LIMIT_SECONDS = 60;

  private final TaskRegistry tasks;
  private final Slots slots;
  private final Map<Long, Child> byPid = new ConcurrentHashMap<>();
  private final Exports exports = new Exports();
  private volatile Supplier<ClassLoader> classes = () -> Children.class.getClassLoader();
  private final ProxyCalls proxies = new ProxyCalls(exports, this::taskOf, () -> classes.get());
  private final Object lock = new Object();
  private Channel channel; // guarded by lock
  private final java.util.Deque<Child> spares = new java.util.ArrayDeque<>(); // guarded by lock
  private boolean closed; // guarded by lock

  private Children(TaskRegistry tasks, Slots slots) {
    this.tasks = tasks;
    this.slots = slots;
  }

  /** The children of {@code runtime}'s session, made on first use and closed with the runtime. */
  public static Children of(ConchRuntime runtime) {
    return runtime
        .slots()
        .computeIfAbsent(
            SLOT,
            () -> {
              Children children = new Children(runtime.tasks(), runtime.slots());
              runtime.tasks().onClose(children);
              return children;
            });
  }

  /**
   * Where values coming from children find their classes from now on: the session's class loader,
   * where the learner's classes live.
   */
  public void useClasses(Supplier<ClassLoader> loader) {
    this.classes = loader;
  }

  /**
   * What an object becomes on its way to a child: a {@link Handle} for a runtime object (the child
   * gets a proxy), the object itself otherwise. For {@link JvmCopies#write}.
   */
  public Object outgoing(Object o) {
    Handle handle = exports.handleFor(o);
    return handle == null ? o : handle;
  }

  /** What a value from a child becomes here: a handle turns back into the object it stands for. */
  public Object incoming(Object o) {
    return o instanceof Handle h ? exports.lookup(h.id()) : o;
  }

  /** The body of a process task that runs {@code shipment} in a child. */
  public ProcessBody body(Shipment shipment) {
    return new ProcessBody(this, shipment);
  }

  /**
   * Starts spare children now, so that there are {@code count} of them, for the process tasks and
   * pool workers about to start (a script that starts two processes gets two).
   */
  public void prepare(int count) {
    synchronized (lock) {
      spares.removeIf(child -> !child.usable());
      while (!closed && spares.size() < count) {
        spares.add(launch(true));
      }
    }
  }

  /**
   * A child for a process task, at once: the spare when there is one (and a new spare is started
   * behind it), or else a new child, which may still be starting (see {@link #awaitReady}).
   */
  Child take() {
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("processes: the session is closing");
      }
      spares.removeIf(child -> !child.usable());
      Child child = spares.isEmpty() ? launch(true) : spares.poll();
      if (spares.isEmpty()) {
        spares.add(launch(true));
      }
      return child;
    }
  }

  /**
   * A child for a pool worker, once it has connected and asks for work: a spare when there is one
   * (see {@link #prepare}), else a new one. No spare is started behind it: while the pool works, a
   * starting JVM would only take CPU from its workers.
   */
  Child claimWorker() throws InterruptedException {
    Child child;
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("processes: the session is closing");
      }
      spares.removeIf(spare -> !spare.usable());
      child = spares.isEmpty() ? launch(false) : spares.poll();
    }
    if (!awaitReady(child)) {
      throw new ChildFailedError(
          "process: the child JVM (pid %d) ended before it started".formatted(child.pid()));
    }
    return child;
  }

  /**
   * Waits until {@code child} has connected and asks for work; returns false when it ended first
   * (terminated, killed, or it could not start).
   */
  boolean awaitReady(Child child) throws InterruptedException {
    try {
      CompletableFuture.anyOf(child.ready(), child.process().onExit())
          .get(START_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      child.process().destroyForcibly();
      throw new IllegalStateException(
          "process: the child JVM (pid " + child.pid() + ") did not start", e);
    } catch (InterruptedException e) {
      child.process().destroyForcibly();
      throw e;
    }
    return child.ready().isDone() && child.process().isAlive();
  }

  /**
   * Starts a child; a {@code spare} warms up while it waits, where a child wanted at once would
   * only share its CPU with the warm-up.
   */
  private Child launch(boolean spare) {
    Channel open = channel();
    ProcessBuilder builder = new ProcessBuilder(ChildJvm.command());
    builder.environment().put("CONCH_CHANNEL", open.socket().toString());
    builder.environment().put("CONCH_SECRET", open.secret());
    builder.environment().put("CONCH_WARM_UP", spare ? "yes" : "no");
    // no keyboard, as a multiprocessing child has none: input() there ends at once (EOF), where
    // it waited forever on a pipe nobody writes to
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    try {
      Child child = new Child(builder.start(), tasks);
      byPid.put(child.pid(), child);
      // a child that connected is forgotten when its connection ends (see Switchboard)
      child.process().onExit().thenRun(() -> forgetIfNeverConnected(child));
      return child;
    } catch (IOException e) {
      throw new UncheckedIOException("process: cannot start a child JVM: " + e.getMessage(), e);
    }
  }

  private void forgetIfNeverConnected(Child child) {
    if (!child.ready().isDone()) {
      byPid.remove(child.pid(), child);
    }
  }

  /** The channel's socket, opening the channel if needed. */
  java.nio.file.Path socket() {
    return channel().socket();
  }

  private Channel channel() {
    synchronized (lock) {
      if (channel == null) {
        try {
          channel = Channel.open(new Switchboard());
        } catch (IOException e) {
          throw new UncheckedIOException("process: cannot open the channel: " + e.getMessage(), e);
        }
      }
      return channel;
    }
  }

  /** The task that a child's calls act for: the process task it runs now, or null. */
  Task taskOf(Peer peer) {
    Child child = byPid.get(peer.pid());
    return child == null ? null : child.ownerTask();
  }

  /** Stops every child (SIGKILL: the session is ending) and closes the channel. Idempotent. */
  @Override
  public void close() throws IOException {
    List<Child> all;
    Channel open;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      all = new ArrayList<>(byPid.values());
      open = channel;
      spares.clear();
    }
    slots.remove(SLOT, this);
    for (Child child : all) {
      child.process().destroyForcibly();
    }
    // every child is waited for (and so reaped), even by a thread with an interrupt pending
    boolean interrupted = false;
    for (Child child : all) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (child.process().isAlive() && System.nanoTime() < deadline) {
        try {
          child.process().waitFor(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (open != null) {
      open.close();
    }
  }

  /** Routes each child's calls: work hand-over here, proxies to the proxy calls. */
  private final class Switchboard implements CallHandler {
    @Override
    public JsonNode call(Peer peer, JsonNode args) throws Exception {
      String op = args.path("op").asText();
      if (op.startsWith("proxy")) {
        return proxies.call(peer, args);
      }
      Child child = byPid.get(peer.pid());
      if (child == null) {
        throw new IllegalStateException("process: no child with pid " + peer.pid());
      }
      return switch (op) {
        case "job.take" -> child.take();
        case "job.done", "job.failed" -> {
          child.finished(args);
          yield Frame.object();
        }
        default -> throw new IllegalArgumentException("process: unknown call '" + op + "'");
      };
    }

    /** A stranger at the channel is worth a line on the session's error stream. */
    @Override
    public void refused(String reason) {
      tasks.output().line(null, "process channel: a connection was refused: " + reason, true);
    }

    @Override
    public void disconnected(Peer peer) {
      proxies.disconnected(peer);
      Child child = byPid.remove(peer.pid());
      if (child != null) {
        child.disconnected();
      }
    }
  }
}
