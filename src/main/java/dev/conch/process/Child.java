package dev.conch.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conch.process.channel.Frame;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM as the parent sees it: its OS process, its output (read line by line and printed as
 * its task's), and the hand-over of work: the child asks for a job ({@code job.take}), blocks until
 * the parent gives one, and reports how it went ({@code job.done} or {@code job.failed}).
 *
 * <p>Thread-safe. Two service threads read its output; the channel's call threads take and report
 * jobs; the task supervising it waits for the outcome.
 */
public final class Child {
  /** A job given to a child that is leaving instead of working. */
  private static final ObjectNode EXIT = Frame.object().put("exit", true);

  private final Process process;
  private final TaskRegistry tasks;
  private final CountDownLatch outputEnded = new CountDownLatch(2);
  private final CompletableFuture<Void> asking = new CompletableFuture<>();
  private final CountDownLatch disconnected = new CountDownLatch(1);
  // at most one job at a time, and the message to leave, which must never be lost: a worker told to
  // go while its request for the next job is still on its way gets it with that request
  private final LinkedBlockingQueue<JsonNode> jobs = new LinkedBlockingQueue<>();
  private volatile CompletableFuture<JsonNode> outcome = new CompletableFuture<>();
  private volatile Task owner;
  private volatile boolean stopping;

  Child(Process process, TaskRegistry tasks) {
    this.process = process;
    this.tasks = tasks;
    pump(process.getInputStream(), false);
    pump(process.getErrorStream(), true);
  }

  long pid() {
    return process.pid();
  }

  Process process() {
    return process;
  }

  /** From now on the child's output is printed as {@code task}'s. */
  void owner(Task task) {
    this.owner = task;
  }

  /** The task whose child this is now, or null for a spare. */
  Task ownerTask() {
    return owner;
  }

  /** Completes once the child has connected and asked for its first job. */
  CompletableFuture<Void> ready() {
    return asking;
  }

  boolean usable() {
    return process.isAlive() && !stopping;
  }

  // --- the child's calls, on channel threads ---

  /** The child asks for work: blocks until the parent gives a job or lets it go. */
  JsonNode take() throws InterruptedException {
    asking.complete(null);
    return jobs.take();
  }

  /** The child's connection has ended and what it held through proxies is released. */
  void disconnected() {
    disconnected.countDown();
  }

  /** The child reports the job's outcome. */
  void finished(JsonNode report) {
    outcome.complete(report);
  }

  // --- the parent's side ---

  /**
   * Hands {@code shipment} to the child, which is waiting for it, to run as task {@code name};
   * returns the future outcome.
   */
  CompletableFuture<JsonNode> give(Shipment shipment, String name, boolean more)
      throws InterruptedException {
    CompletableFuture<JsonNode> next = new CompletableFuture<>();
    outcome = next;
    ObjectNode job = Frame.object().put("name", name).put("more", more);
    ObjectNode classes = job.putObject("classes");
    Base64.Encoder b64 = Base64.getEncoder();
    for (Map.Entry<String, byte[]> c : shipment.classes().entrySet()) {
      classes.put(c.getKey(), b64.encodeToString(c.getValue()));
    }
    job.put("work", b64.encodeToString(shipment.work()));
    jobs.put(job);
    return next;
  }

  /**
   * Hands the child a batch of a pool's jobs: the function {@code fnId} (with its classes, when
   * {@code fn} is not null: the first batch of that function for this child) and the serialized
   * argument lists; returns the future outcome.
   */
  CompletableFuture<JsonNode> giveBatch(String name, long fnId, Shipment fn, byte[] args)
      throws InterruptedException {
    CompletableFuture<JsonNode> next = new CompletableFuture<>();
    outcome = next;
    Base64.Encoder b64 = Base64.getEncoder();
    ObjectNode job = Frame.object().put("name", name).put("more", true).put("fnId", fnId);
    if (fn != null) {
      ObjectNode classes = job.putObject("classes");
      fn.classes().forEach((k, v) -> classes.put(k, b64.encodeToString(v)));
      job.put("fn", b64.encodeToString(fn.work()));
    }
    job.put("args", b64.encodeToString(args));
    jobs.put(job);
    return next;
  }

  /** Lets the child leave when it next asks for work (at once, if it is asking now). */
  void dismiss() {
    stopping = true;
    jobs.add(EXIT);
  }

  /**
   * Waits until the process has ended, its output has all been printed and what it held through
   * proxies has been released, then returns its exit status.
   */
  int awaitEnd() throws InterruptedException {
    int status = process.waitFor();
    outputEnded.await(5, TimeUnit.SECONDS);
    if (asking.isDone()) { // it connected, so its connection ends too
      disconnected.await(5, TimeUnit.SECONDS);
    }
    return status;
  }

  /** Waits for {@code future} or for the process to end, whichever comes first. */
  JsonNode awaitOutcome(CompletableFuture<JsonNode> future) throws InterruptedException {
    try {
      return CompletableFuture.anyOf(future, process.onExit()).get() == process
          ? future.getNow(null)
          : future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("child " + pid() + ": " + e.getCause(), e.getCause());
    }
  }

  private void pump(InputStream stream, boolean error) {
    String name = "conch-child-" + process.pid() + (error ? "-err" : "-out");
    tasks
        .serviceThread(
            name,
            () -> {
              try (var lines =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  tasks.output().line(owner, line, error);
                }
              } catch (IOException e) {
                // the pipe broke: the child is gone, and so is the rest of its output
              } finally {
                outputEnded.countDown();
              }
            })
        .start();
  }

  @Override
  public String toString() {
    return "child " + process.pid();
  }
}
