package dev.conch.shell;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.PrintStyle;
import dev.conch.dsl.ScriptHost;
import dev.conch.i18n.Messages;
import dev.conch.runtime.ConchRuntime;
import dev.conch.shell.errors.DeadlockReporter;
import dev.conch.shell.teach.Recorder;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;

/**
 * What the /-commands and the REPL share: the reader, the runtime, the Groovy session (made on
 * first use, so the prompt appears before Groovy loads), the language and the last error. Confined
 * to the REPL thread, except {@link #print}, which any thread may call.
 */
public final class Session {
  private final LineReader reader;
  private final ConchRuntime runtime;
  private final ScriptLocator scripts;
  private final Evaluator evaluator;
  private final boolean color;
  private final DeadlockReporter deadlocks;
  private final AtomicReference<Recorder> recording = new AtomicReference<>();
  private final Set<String> notesSaid = ConcurrentHashMap.newKeySet();
  private final FailedSettings failedSettings = new FailedSettings();
  private volatile Messages messages;
  private ScriptHost host;
  private Throwable lastError;
  private boolean exitRequested;

  public Session(
      LineReader reader,
      ConchRuntime runtime,
      ScriptLocator scripts,
      Messages messages,
      boolean color) {
    this.reader = reader;
    this.runtime = runtime;
    this.scripts = scripts;
    this.messages = messages;
    this.color = color;
    this.evaluator = new Evaluator(runtime);
    this.deadlocks = new DeadlockReporter(this::messages, this::print, false);
  }

  /** What the deadlock watcher last reported here. */
  public DeadlockReporter deadlocks() {
    return deadlocks;
  }

  public LineReader reader() {
    return reader;
  }

  public ConchRuntime runtime() {
    return runtime;
  }

  public ScriptLocator scripts() {
    return scripts;
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  public boolean color() {
    return color;
  }

  public Messages messages() {
    return messages;
  }

  public void setMessages(Messages newMessages) {
    this.messages = newMessages;
    ScriptHost ready = hostIfReady();
    if (ready != null) {
      ready.setLook(new PrintStyle(newMessages.lang(), color));
    }
  }

  /** The Groovy session, made now if this is its first use. */
  public synchronized ScriptHost host() {
    if (host == null) {
      host = new ScriptHost(runtime, runtime.output().out());
      host.setLook(new PrintStyle(messages.lang(), color));
    }
    return host;
  }

  /** The Groovy session if it exists yet, else null (completion must not wait for Groovy). */
  public synchronized ScriptHost hostIfReady() {
    return host;
  }

  public Throwable lastError() {
    return lastError;
  }

  public void setLastError(Throwable error) {
    this.lastError = error;
  }

  public boolean exitRequested() {
    return exitRequested;
  }

  public void requestExit() {
    exitRequested = true;
  }

  /** Prints text above the prompt (or plainly while a line runs), and records it. Thread-safe. */
  public void print(String text) {
    reader.printAbove(text);
    recordOutput(text);
  }

  public void print(List<String> lines) {
    print(String.join("\n", lines));
  }

  /**
   * {@code lines} wrapped between words to the terminal's width, so that a long error does not
   * break in the middle of a word; a line with colours in it is left as it is.
   */
  public void printWrapped(List<String> lines) {
    List<String> wrapped = new java.util.ArrayList<>();
    for (String line : lines) {
      wrapped.addAll(Views.wrapped(this, line));
    }
    print(wrapped);
  }

  /**
   * Evaluates {@code code} as the REPL does, then shows its value or error; returns the outcome, or
   * null when it was interrupted and did not stop in time.
   */
  public Outcome evaluateAndReport(String code, String label, boolean wholeScript) {
    Outcome outcome = evaluator.evaluate(host(), code, label, wholeScript);
    if (outcome == null) {
      print(messages.get("interrupted.stuck", "main"));
      return null;
    }
    new OutcomeReport(this).show(outcome, code, !wholeScript);
    return outcome;
  }

  /** The variables that typed lines failed to set, until a line sets them. */
  FailedSettings failedSettings() {
    return failedSettings;
  }

  /** True the first time {@code note} is asked for: each such note is said once a session. */
  public boolean firstNote(String note) {
    return notesSaid.add(note);
  }

  /** The recording under way, or null. Thread-safe. */
  public Recorder recording() {
    return recording.get();
  }

  /** Starts recording to {@code recorder}; false when a recording is already under way. */
  public boolean startRecording(Recorder recorder) {
    return recording.compareAndSet(null, recorder);
  }

  /** Ends the recording under way and returns it (closed), or null when there was none. */
  public Recorder stopRecording() {
    Recorder stopped = recording.getAndSet(null);
    if (stopped != null) {
      stopped.close();
    }
    return stopped;
  }

  /** Records a line the learner typed, if recording. Thread-safe. */
  public void recordInput(String line) {
    record(r -> r.input(line));
  }

  /** Records a key pressed in a demo, if recording. Thread-safe. */
  public void recordKey(String key) {
    record(r -> r.key(key));
  }

  /** Records printed text, without its colours, if recording. Thread-safe. */
  public void recordOutput(String text) {
    record(r -> r.output(AttributedString.fromAnsi(text).toString()));
  }

  private void record(Consumer<Recorder> event) {
    Recorder recorder = recording.get();
    if (recorder == null) {
      return;
    }
    event.accept(recorder);
    if (recorder.failure() != null && recording.compareAndSet(recorder, null)) {
      String why = recorder.failure().getClass().getSimpleName();
      reader.printAbove(messages.get("record.failed", recorder.file(), why));
    }
  }
}
