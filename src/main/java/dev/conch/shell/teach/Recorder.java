package dev.conch.shell.teach;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Writes what a session types and prints to a file, one JSON object a line: first a header {@code
 * {"conch":"recording","version":1}}, then events {@code {"t":ms,"in":line}} (a line typed), {@code
 * {"t":ms,"out":text}} (text printed) and {@code {"t":ms,"key":key}} (a key pressed in a demo),
 * {@code t} counting milliseconds since the recording began. Each line is written whole and flushed
 * at once, so the file is complete whenever the shell stops.
 *
 * <p>Thread-safe: tasks print from their own threads; events are written one at a time under the
 * recorder's lock. A write that fails ends the recording ({@link #failure()} says why).
 */
public final class Recorder implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String MAGIC = "recording";
  static final int VERSION = 1;

  private final Path file;
  private final LongSupplier millis;
  private final long start;
  private final OutputStream out; // guarded by this
  private boolean closed; // guarded by this
  private int lines; // guarded by this
  private IOException failure; // guarded by this

  private Recorder(Path file, LongSupplier millis, OutputStream out) {
    this.file = file;
    this.millis = millis;
    this.start = millis.getAsLong();
    this.out = out;
  }

  /** Starts a recording in {@code file} (replacing it), timed by {@code millis}. */
  static Recorder open(Path file, LongSupplier millis) throws IOException {
    Recorder recorder = new Recorder(file, millis, Files.newOutputStream(file));
    ObjectNode header = JSON.createObjectNode().put("conch", MAGIC).put("version", VERSION);
    recorder.writeLine(header);
    if (recorder.failure() != null) {
      throw recorder.failure();
    }
    return recorder;
  }

  /** Starts a recording in {@code file} timed by the system's monotonic clock. */
  static Recorder open(Path file) throws IOException {
    return open(file, () -> System.nanoTime() / 1_000_000);
  }

  public Path file() {
    return file;
  }

  /** Records a line typed at the prompt. */
  public void input(String line) {
    event("in", line);
  }

  /** Records text printed in the session. */
  public void output(String text) {
    event("out", text);
  }

  /** Records a key pressed in a demo. */
  public void key(String key) {
    event("key", key);
  }

  private void event(String kind, String text) {
    writeLine(JSON.createObjectNode().put("t", millis.getAsLong() - start).put(kind, text));
  }

  private synchronized void writeLine(ObjectNode node) {
    if (closed) {
      return;
    }
    try {
      out.write((JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      lines++;
    } catch (IOException e) {
      failure = e;
      close();
    }
  }

  /** How many lines the file has, the header included. */
  synchronized int lines() {
    return lines;
  }

  /** Why writing failed, or null. */
  public synchronized IOException failure() {
    return failure;
  }

  /** Ends the recording; later events are dropped. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
    } catch (IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}
