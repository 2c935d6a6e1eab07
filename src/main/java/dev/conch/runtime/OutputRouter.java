package dev.conch.runtime;

import dev.conch.runtime.task.Task;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Routes what tasks print, a whole line at a time, to one {@link Sink} that knows which task
 * printed it. Lines of different tasks never mix; a line without its newline yet waits in its
 * thread's buffer until the newline comes or the task ends.
 *
 * <p>Thread-safe. The sink is called under the stream's lock, one line at a time.
 */
public final class OutputRouter {
  /** Where whole lines go. */
  public interface Sink {
    /**
     * One line printed by {@code task} (null for a thread the runtime did not start), without its
     * newline; {@code error} for the error stream.
     */
    void line(Task task, String text, boolean error);
  }

  private final ThreadLocal<ByteArrayOutputStream> pendingOut = new ThreadLocal<>();
  private final ThreadLocal<ByteArrayOutputStream> pendingErr = new ThreadLocal<>();
  // the threads with an unfinished line in a buffer: most tasks end with none, and need no lock
  private final java.util.Set<Thread> unfinished =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final PrintStream out;
  private final PrintStream err;
  private volatile Sink sink;

  public OutputRouter(Sink sink) {
    this.sink = sink;
    this.out = new PrintStream(new Splitter(pendingOut, false), true, StandardCharsets.UTF_8);
    this.err = new PrintStream(new Splitter(pendingErr, true), true, StandardCharsets.UTF_8);
  }

  /** A sink that writes lines as they are to {@code stream}, untagged. */
  public static Sink plain(PrintStream stream) {
    return (task, text, error) -> {
      stream.println(text);
      stream.flush();
    };
  }

  public void setSink(Sink newSink) {
    this.sink = newSink;
  }

  /** The stream tasks print to. */
  public PrintStream out() {
    return out;
  }

  /** The stream tasks print errors to. */
  public PrintStream err() {
    return err;
  }

  /**
   * Hands on a whole line printed elsewhere on behalf of {@code task}: a child process's output,
   * read from its pipe, reaches the terminal tagged with the process task's name.
   */
  public void line(Task task, String text, boolean error) {
    PrintStream stream = error ? err : out;
    synchronized (stream) {
      sink.line(task, text, error);
    }
  }

  /** Sends the calling thread's unfinished lines on, as if they had ended. */
  public void flushCurrent() {
    // most tasks end with no unfinished line: asking an empty set is cheaper than removing from it
    if (unfinished.isEmpty() || !unfinished.remove(Thread.currentThread())) {
      return;
    }
    synchronized (out) {
      emit(pendingOut, false);
    }
    synchronized (err) {
      emit(pendingErr, true);
    }
  }

  /**
   * Takes the calling thread's unfinished output line, which will not be printed as a line: what a
   * learner printed before {@code input()} ({@code print 'name? '}) belongs in front of the answer.
   */
  public String takeUnfinished() {
    if (unfinished.isEmpty() || !unfinished.remove(Thread.currentThread())) {
      return "";
    }
    synchronized (err) {
      emit(pendingErr, true);
    }
    synchronized (out) {
      ByteArrayOutputStream buffer = pendingOut.get();
      if (buffer == null) {
        return "";
      }
      String text = buffer.toString(StandardCharsets.UTF_8);
      buffer.reset();
      return text;
    }
  }

  private void emit(ThreadLocal<ByteArrayOutputStream> pending, boolean error) {
    ByteArrayOutputStream buffer = pending.get();
    if (buffer != null && buffer.size() > 0) {
      String text = buffer.toString(StandardCharsets.UTF_8);
      buffer.reset();
      sink.line(Task.current(), text, error);
    }
  }

  /**
   * Collects bytes per thread and hands on each complete line. Called under the PrintStream lock.
   */
  private final class Splitter extends OutputStream {
    private final ThreadLocal<ByteArrayOutputStream> pending;
    private final boolean error;

    Splitter(ThreadLocal<ByteArrayOutputStream> pending, boolean error) {
      this.pending = pending;
      this.error = error;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      ByteArrayOutputStream buffer = pending.get();
      if (buffer == null) {
        buffer = new ByteArrayOutputStream(80);
        pending.set(buffer);
      }
      boolean wasUnfinished = buffer.size() > 0;
      int start = offset;
      int end = offset + length;
      for (int i = offset; i < end; i++) {
        if (bytes[i] == '\n') {
          buffer.write(bytes, start, i - start);
          int size = buffer.size();
          String text = buffer.toString(StandardCharsets.UTF_8);
          if (size > 0 && text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
          }
          buffer.reset();
          sink.line(Task.current(), text, error);
          start = i + 1;
        }
      }
      buffer.write(bytes, start, end - start);
      if (buffer.size() > 0) {
        unfinished.add(Thread.currentThread());
      } else if (wasUnfinished) {
        unfinished.remove(Thread.currentThread());
      }
    }
  }
}
