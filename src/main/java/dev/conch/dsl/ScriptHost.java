package dev.conch.dsl;

import dev.conch.dsl.compile.AtomicCallRewriter;
import dev.conch.dsl.compile.BuiltinCallRewriter;
import dev.conch.dsl.compile.CapturingClassLoader;
import dev.conch.dsl.compile.CompileError;
import dev.conch.dsl.compile.CompiledLines;
import dev.conch.dsl.compile.CopyableClassRewriter;
import dev.conch.dsl.compile.KeyedSyntaxError;
import dev.conch.dsl.compile.LoopInterruptRewriter;
import dev.conch.dsl.compile.MethodValueRewriter;
import dev.conch.dsl.compile.ParserCaches;
import dev.conch.dsl.compile.ParserChatterFilter;
import dev.conch.dsl.compile.RemainderRewriter;
import dev.conch.dsl.compile.SessionAccessRewriter;
import dev.conch.dsl.compile.SessionClassRewriter;
import dev.conch.dsl.compile.SessionRewriter;
import dev.conch.dsl.compile.StaticSpellingRewriter;
import dev.conch.dsl.compile.TaskClassRewriter;
import dev.conch.dsl.extensions.SpellingTwins;
import dev.conch.dsl.process.Process;
import dev.conch.dsl.process.Processes;
import dev.conch.dsl.python.Hint;
import dev.conch.dsl.python.HintedSyntaxError;
import dev.conch.dsl.python.KeywordArgumentCheck;
import dev.conch.dsl.python.PythonAdvice;
import dev.conch.dsl.python.PythonSyntax;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.MemoryHolder;
import dev.conch.runtime.errors.BrokenPipeError;
import dev.conch.runtime.errors.CancelledError;
import dev.conch.runtime.errors.EOFError;
import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.errors.OSError;
import dev.conch.runtime.errors.RemoteError;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.errors.StopIteration;
import dev.conch.runtime.errors.TimeoutError;
import dev.conch.runtime.errors.TypeError;
import dev.conch.runtime.errors.ValueError;
import dev.conch.runtime.queue.Empty;
import dev.conch.runtime.queue.Full;
import dev.conch.runtime.queue.Queue;
import dev.conch.runtime.sync.Barrier;
import dev.conch.runtime.sync.BoundedSemaphore;
import dev.conch.runtime.sync.BrokenBarrierError;
import dev.conch.runtime.sync.Condition;
import dev.conch.runtime.sync.Event;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.sync.RLock;
import dev.conch.runtime.sync.Semaphore;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.view.ByteSize;
import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.runtime.FormatHelper;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.codehaus.groovy.runtime.MethodClosure;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * One Groovy session: a GroovyShell and its variables, compiled with interrupt checks and the
 * built-ins star-imported. Each evaluation compiles only what was just typed (a line typed again
 * may run the class compiled the first time: {@link CompiledLines}); variables, methods, classes
 * and imports of earlier lines stay, and nothing earlier runs again.
 *
 * <p>Confined to one evaluating thread at a time (the shell evaluates one line after another); the
 * variables themselves may be used by many tasks at once.
 */
public final class ScriptHost {
  private static final String OUT = "out";

  /** How many spare children a line or script gets at most before it runs. */
  private static final int SPARES_AT_MOST = 3;

  /** A process pool of a given size: its workers' children are started while the code compiles. */
  private static final Pattern PROCESS_POOL =
      Pattern.compile(
          "\\b(?:pool|executor)\\s*\\(\\s*(\\d{1,3})\\s*,[^)\\n]*kind\\s*:\\s*['\"]process");

  /** How many spare children a line or script gets at most for its process pools' workers. */
  private static final int WORKERS_AT_MOST = 8;

  /** Code that will start a child process: spare children are started while it compiles. */
  private static final Pattern STARTS_PROCESSES =
      Pattern.compile("kind\\s*:\\s*['\"]process|\\bprocess\\s*[({]|extends\\s+Process\\b");

  /**
   * A closure as Groovy prints it, {@code Conch3$_run_closure1@1b2c3d}: a class name and a hash.
   */
  private static final Pattern CLOSURE =
      Pattern.compile("[\\w$]*\\$_[\\w$]*closure\\d+@\\p{XDigit}+");

  /** A value holding more than this is previewed by its size alone. */
  private static final long LARGE = 1 << 20;

  /** {@code big = null}: a session variable let go of (see {@link #letGoAtOnce}). */
  private static final Pattern LET_GO =
      Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*null\\s*;?\\s*");

  private final ConchRuntime runtime;
  private final PrintStream out;
  private final AtomicInteger counter = new AtomicInteger();
  // what race reports call the code being compiled: a script's label, or empty at the prompt
  private volatile String compiling = "";
  private SessionVariables variables;
  private CapturingClassLoader loader;
  private SessionRewriter session;
  private GroovyShell shell;
  private CompiledLines lines;

  /** A session on {@code runtime} whose {@code println} goes to {@code out}. */
  public ScriptHost(ConchRuntime runtime, PrintStream out) {
    this.runtime = runtime;
    this.out = out;
    SpellingTwins.install();
    CurrentRuntime.setFallback(runtime);
    runtime.pools().addKind(Processes.workers(runtime));
    reset();
  }

  /**
   * The runtime's types and Python-named errors every line may name without an import: for typed
   * fields and parameters, and for catch clauses as a Python learner writes them.
   */
  static final List<Class<?>> LEARNER_TYPES =
      List.of(
          Lock.class,
          RLock.class,
          Semaphore.class,
          BoundedSemaphore.class,
          Event.class,
          Condition.class,
          Barrier.class,
          BrokenBarrierError.class,
          EOFError.class,
          ValueError.class,
          RuntimeError.class,
          TypeError.class,
          OSError.class,
          BrokenPipeError.class,
          TimeoutError.class,
          CancelledError.class,
          StopIteration.class,
          RemoteError.class);

  /** Forgets every variable, method, class and import of the session. */
  public void reset() {
    variables = new SessionVariables(runtime.tasks().races());
    variables.put(OUT, out);
    ImportCustomizer kept = new ImportCustomizer();
    Set<String> given = new HashSet<>();
    for (Class<?> owner : Builtins.OWNERS) {
      given.add(SessionRewriter.key("staticstar", owner.getName(), ""));
    }
    for (Class<?> type : List.of(Task.class, Queue.class, Full.class, Empty.class)) {
      given.add(SessionRewriter.key("class", type.getName(), type.getSimpleName()));
    }
    session = new SessionRewriter(kept, Set.copyOf(given));
    CompilerConfiguration config = new CompilerConfiguration();
    // Groovy finds a class the code names by reading its bytes with its own copy of ASM, unless
    // told to load it (the AOT cache holds it): ASM's classes are too old a format for that cache
    // to keep, and each shell loaded and verified its reader and decompiler, fifteen classes, from
    // the jar (`println 1` in a fresh shell: 0.75 -> 0.72 s, 1.27 -> 1.21 CPU-s)
    config.getOptimizationOptions().put("asmResolving", false);
    ImportCustomizer builtins = new ImportCustomizer();
    builtins.addStaticStars(Builtins.OWNERS.stream().map(Class::getName).toArray(String[]::new));
    builtins.addImports(Task.class.getName());
    for (Class<?> type : LEARNER_TYPES) {
      builtins.addImports(type.getName());
    }
    // @CompileStatic makes a learner's method or class as fast as Java: the bench shows by how much
    builtins.addImports(groovy.transform.CompileStatic.class.getName());
    builtins.addImports(Queue.class.getName(), Full.class.getName(), Empty.class.getName());
    builtins.addImports(Process.class.getName()); // a learner's process class extends it
    config.addCompilationCustomizers(
        new KeywordArgumentCheck(), // first: it must see the calls as typed
        builtins,
        kept,
        session,
        new BuiltinCallRewriter(),
        new RemainderRewriter(),
        new AtomicCallRewriter(),
        new StaticSpellingRewriter(),
        new CopyableClassRewriter(),
        new SessionClassRewriter(),
        new TaskClassRewriter(),
        new MethodValueRewriter(() -> Set.copyOf(variables.keySet())),
        new SessionAccessRewriter(() -> Set.copyOf(variables.keySet()), () -> compiling),
        LoopInterruptRewriter.customizer());
    loader = new CapturingClassLoader(ScriptHost.class.getClassLoader(), config, variables);
    shell = new GroovyShell(loader, new Binding(variables), config); // it compiles with loader
    lines = new CompiledLines(loader, session, variables::keySet);
    CapturingClassLoader classes = loader;
    dev.conch.process.Children.of(runtime).useClasses(() -> classes);
  }

  /**
   * The bytes of every class compiled in this session so far (scripts of earlier lines, their
   * closures, the learner's classes), by binary name: what a child JVM needs to run session code.
   */
  public Map<String, byte[]> compiledClasses() {
    return loader.compiled();
  }

  public ConchRuntime runtime() {
    return runtime;
  }

  /** Sets how {@code time} and {@code scale} print in this session: language and colours. */
  public void setLook(PrintStyle look) {
    CurrentRuntime.setLook(runtime, look);
  }

  /**
   * Starts the child JVMs that {@code code} will want in {@code runtime}'s session, so that their
   * start overlaps its compilation: a spare for each process it starts, and the workers of each
   * process pool it makes. A script or {@code -e} code is known before its session is made, and its
   * children then start beside the session's own start too (a process pool's prime check in a fresh
   * {@code -e}, 5 interleaved runs: 3.64 -> 3.47 s). Asking again changes nothing.
   */
  public static void prepareChildren(ConchRuntime runtime, String code) {
    long pools = 0;
    int workers = 0;
    var poolMatches = PROCESS_POOL.matcher(code);
    while (poolMatches.find()) {
      pools++;
      workers += Integer.parseInt(poolMatches.group(1));
    }
    long starts = STARTS_PROCESSES.matcher(code).results().count() - pools;
    int spares = (int) Math.min(starts, SPARES_AT_MOST) + Math.min(workers, WORKERS_AT_MOST);
    if (spares > 0) {
      dev.conch.process.Children.of(runtime).prepare(spares);
    }
  }

  /**
   * Compiles and runs {@code code} as a new run of the calling thread. With {@code wholeScript} the
   * run also waits for its non-daemon tasks and then cuts off its daemons, as a script does.
   */
  public Outcome evaluate(String code, String label, boolean wholeScript) {
    prepareChildren(runtime, code);
    runtime.memory().holdersFrom(this::largestVariables);
    Run run = runtime.tasks().beginRun(label);
    Object value = null;
    boolean show = false;
    Throwable error = null;
    try {
      // a script is named by its label (its file); -e code, like a typed line, has no name
      compiling = wholeScript && label != null && !label.startsWith("-") ? label : "";
      if (wholeScript || !letGoAtOnce(code)) {
        CompiledLines.Line compiled = lines.compile(code, compiling, this::compile);
        if (Script.class.isAssignableFrom(compiled.type())) {
          Script script = InvokerHelper.createScript(compiled.type(), shell.getContext());
          value = script.run();
          show = compiled.shows(value);
          keepMethods(script, compiled.methods());
        }
      }
      if (wholeScript) {
        run.awaitNonDaemons();
        run.cutDaemons();
      }
    } catch (Throwable t) {
      error = runtime.memory().said(t);
    } finally {
      runtime.tasks().endRun(run, error != null);
    }
    if (error != null && Errors.isInterruption(error)) {
      run.cancelAll();
    }
    return new Outcome(value, show, error, run);
  }

  /**
   * Does {@code name = null} without compiling it when memory has run out (the reserve is out) and
   * {@code name} is a session variable: the line a memory error tells the learner to type. With the
   * heap still full of what the variable holds, compiling even this line could run out again (a
   * task's 92 MiB in a 128 MiB heap), and the advice failed. Whether it did.
   */
  private boolean letGoAtOnce(String code) {
    if (runtime.memory().held()) {
      return false;
    }
    Matcher line = LET_GO.matcher(code);
    if (!line.matches() || !variables.containsKey(line.group(1))) {
      return false;
    }
    variables.put(line.group(1), null);
    return true;
  }

  /**
   * Compiles a typical line in a throwaway session and forgets it, so that Groovy's runtime and
   * compiler are loaded and warm before the learner's first line. Call it on a thread of its own
   * once the prompt is shown: before the prompt it would only delay it.
   */
  public static void warmUp(ConchRuntime runtime) {
    ScriptHost scratch = new ScriptHost(runtime, new PrintStream(PrintStream.nullOutputStream()));
    try {
      scratch.compile("x = 1\ndef f(n) { n + 1 }\nt = spawn(name: 'w') { sleep 1; println f(x) }");
    } catch (CompileError e) {
      throw new IllegalStateException("the warm-up line does not compile: " + e.getMessage(), e);
    }
  }

  /** Compiles one evaluation anew: a script class, or only the classes it declares. */
  private Class<?> compile(String code) throws CompileError {
    session.discardImports();
    var python = PythonSyntax.refused(code);
    if (python.isPresent()) {
      throw located(python.get(), code);
    }
    ParserCaches.mend(); // after memory ran out, Groovy's parser may have lost part of its cache
    try {
      String name = "Conch" + counter.incrementAndGet() + ".groovy";
      Class<?> compiled =
          ParserChatterFilter.during(() -> shell.getClassLoader().parseClass(code, name));
      ParserCaches.quiet(); // Groovy's cache threads start with its first parse
      session.commitImports();
      return compiled;
    } catch (MultipleCompilationErrorsException e) {
      session.discardImports();
      rethrowMemoryRunOut(e);
      CompileError error = describe(e, code);
      throw error.hint().isPresent()
          ? error
          : PythonAdvice.explain(code, error.line()).map(error::withHint).orElse(error);
    } catch (CompilationFailedException e) {
      session.discardImports();
      rethrowMemoryRunOut(e);
      throw new CompileError(e.getMessage(), 0, 0, "");
    }
  }

  /**
   * A compilation that ran out of memory (the heap still full from the line before) is said as
   * memory running out, not as Groovy's "parsing failed", which its parser makes of any error.
   */
  private static void rethrowMemoryRunOut(CompilationFailedException failed) {
    for (Throwable t = failed.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof OutOfMemoryError memory) {
        throw memory;
      }
    }
  }

  private static CompileError describe(MultipleCompilationErrorsException e, String code) {
    var messages = e.getErrorCollector().getErrors();
    if (!messages.isEmpty() && messages.get(0) instanceof SyntaxErrorMessage syntax) {
      SyntaxException cause = syntax.getCause();
      if (cause instanceof KeyedSyntaxError refused) {
        return CompileError.refused(refused.key(), refused.getOriginalMessage(), refused.args());
      }
      return located(cause, code);
    }
    if (!messages.isEmpty() && messages.get(0) instanceof ExceptionMessage em) {
      return new CompileError(Errors.oneLine(em.getCause()), 0, 0, "");
    }
    return new CompileError(firstLine(e.getMessage()), 0, 0, "");
  }

  /** The error {@code cause} reports, with the line of {@code code} it is at. */
  private static CompileError located(SyntaxException cause, String code) {
    int line = cause.getStartLine();
    List<String> lines = code.lines().toList();
    String text = line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    Hint hint = cause instanceof HintedSyntaxError hinted ? hinted.hint() : null;
    return new CompileError(
        firstLine(cause.getOriginalMessage()), line, cause.getStartColumn(), text, hint);
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.strip().lines().findFirst().orElse("");
  }

  /** Methods declared by a line stay callable from later lines, through the session variables. */
  private void keepMethods(Script script, List<String> methods) {
    for (String name : methods) {
      variables.put(name, new SessionMethod(script, name));
    }
  }

  /** The learner's variables by name, without methods or the output stream. */
  public Map<String, Object> variables() {
    Map<String, Object> visible = new TreeMap<>();
    variables.forEach(
        (name, value) -> {
          if (!name.equals(OUT) && !(value instanceof MethodClosure)) {
            visible.put(name, value);
          }
        });
    return visible;
  }

  /** The three variables that hold the most memory, roughly (see {@link VariableSizes}). */
  private List<MemoryHolder> largestVariables() {
    return VariableSizes.largest(variables(), 3);
  }

  /** The names of the methods declared at the prompt, sorted. */
  public List<String> methods() {
    return variables.entrySet().stream()
        .filter(e -> e.getValue() instanceof MethodClosure)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** How the prompt shows a value: strings quoted, collections with their elements. */
  public static String inspect(Object value) {
    String shown;
    try {
      shown = FormatHelper.inspect(value);
    } catch (RuntimeException e) {
      shown = String.valueOf(value);
    }
    return CLOSURE.matcher(shown).replaceAll("{ … }");
  }

  /**
   * A value in at most about {@code width} characters, as {@code /vars} lists it: a value that
   * holds more than a MiB only by its type, its size and roughly how much it holds, since showing
   * it could take longer than the learner would wait, or more memory than is left.
   */
  public static String preview(Object value, int width) {
    long bytes = VariableSizes.of(value);
    if (bytes > LARGE) {
      String size =
          value instanceof java.util.Collection<?> c
              ? "size " + c.size() + ", "
              : value instanceof Map<?, ?> m
                  ? "size " + m.size() + ", "
                  : value != null && value.getClass().isArray()
                      ? "length " + java.lang.reflect.Array.getLength(value) + ", "
                      : "";
      return value.getClass().getSimpleName() + " (" + size + "≈ " + ByteSize.text(bytes) + ")";
    }
    String shown;
    try {
      shown = FormatHelper.format(value, true, width);
    } catch (RuntimeException e) {
      shown = String.valueOf(value);
    }
    return CLOSURE.matcher(shown).replaceAll("{ … }");
  }

  /** Sets a session variable, such as a script's {@code args}. */
  public void setVariable(String name, Object value) {
    variables.put(name, value);
  }
}
