package dev.conch.dsl.process;

import dev.conch.dsl.ClosureJob;
import dev.conch.dsl.DirectCall;
import dev.conch.dsl.SessionVariables;
import dev.conch.dsl.extensions.SpellingTwins;
import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.Script;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.codehaus.groovy.runtime.MethodClosure;

/**
 * A closure on its way to a child JVM, and how the child runs it: the closure without its owner,
 * the copies of the session variables it uses, and its arguments. In the child the closure gets a
 * fresh instance of the script that wrote it as its owner, over a binding of those copies, so that
 * session variables, methods typed at the prompt and methods of its own script all resolve there. A
 * change to a variable in the child stays in the child, as in Python. Immutable once made.
 */
@SuppressWarnings("serial") // the values are checked, one by one, when the work is packed
public final class ProcessWork
    implements Callable<Object>, Function<Object[], Object>, Serializable {
  @Serial private static final long serialVersionUID = 1L;

  static {
    SpellingTwins.install(); // a child's first job may spell a name either way
  }

  private final Closure<?> body;
  private final String script;
  private final Map<String, Object> variables;
  private final Object[] args;
  private final String method; // a method of the script to run instead of a closure, or null

  public ProcessWork(Closure<?> body, String script, Map<String, Object> variables, Object[] args) {
    this(body, script, variables, args, null);
  }

  private ProcessWork(
      Closure<?> body, String script, Map<String, Object> variables, Object[] args, String method) {
    this.body = body;
    this.script = script;
    this.variables = variables;
    this.args = args;
    this.method = method;
  }

  /**
   * Work that runs method {@code name} of {@code script} ({@code target: this.&work}): a method
   * reference travels as its script's name and its own, since Groovy will not copy one.
   */
  static ProcessWork method(
      String name, String script, Map<String, Object> variables, Object[] args) {
    return new ProcessWork(null, script, variables, args, name);
  }

  private transient Closure<?> ready; // the closure rebuilt in the child, for jobs of a pool

  @Override
  public Object call() throws Exception {
    return invoke(closure(), args);
  }

  /** Runs the closure on {@code jobArgs}: one job of a process pool, in its worker. */
  @Override
  public Object apply(Object[] jobArgs) {
    try {
      Closure<?> c = ready;
      if (c == null) {
        c = closure();
        ready = c;
      }
      return invokeJob(c, jobArgs);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static Object invoke(Closure<?> closure, Object[] with) throws Exception {
    return ClosureJob.unwrapped(() -> with.length == 0 ? closure.call() : closure.call(with));
  }

  private transient DirectCall direct; // the closure's doCall for a pool's jobs, or null
  private transient int directFor; // 1 + the arity direct was looked up for; 0: not yet

  /** Runs one job through the closure's own method where its arguments fit, else as Groovy does. */
  private Object invokeJob(Closure<?> closure, Object[] with) throws Exception {
    if (directFor != with.length + 1) { // once per arity: a pool's jobs share one
      direct = DirectCall.of(closure, with.length);
      directFor = with.length + 1;
    }
    DirectCall call = direct;
    if (call == null || !call.fits(closure, with)) {
      return invoke(closure, with);
    }
    return call.call(closure, with);
  }

  /** The closure with its owner rebuilt over copies of its variables. */
  private Closure<?> closure() throws ClassNotFoundException {
    ClassLoader loader = loaderOf(body);
    Binding binding = bindingOf(variables, loader);
    if (script == null) {
      return body;
    }
    Script owner = scriptOf(loader, script, binding);
    return method != null ? new MethodClosure(owner, method) : body.rehydrate(owner, owner, owner);
  }

  /**
   * A binding over the shipped {@code variables} in the child, whose classes {@code loader} holds:
   * each method typed at the prompt becomes callable again, on a script over this same binding.
   */
  static Binding bindingOf(Map<String, Object> variables, ClassLoader loader)
      throws ClassNotFoundException {
    SessionVariables copies = new SessionVariables();
    Binding binding = new Binding(copies);
    copies.put("out", System.out);
    for (Map.Entry<String, Object> v : variables.entrySet()) {
      Object value = v.getValue();
      if (value instanceof MethodRef ref) {
        value = new MethodClosure(scriptOf(loader, ref.script(), binding), ref.method());
      }
      copies.put(v.getKey(), value);
    }
    return binding;
  }

  /** Where the shipped classes live in the child: the closure's loader, or the thread's. */
  private static ClassLoader loaderOf(Closure<?> body) {
    return body != null
        ? body.getClass().getClassLoader()
        : Thread.currentThread().getContextClassLoader();
  }

  private static Script scriptOf(ClassLoader loader, String name, Binding binding)
      throws ClassNotFoundException {
    return InvokerHelper.createScript(Class.forName(name, true, loader), binding);
  }

  /**
   * A method typed at the prompt, as it travels: the script class that declares it and its name.
   */
  record MethodRef(String script, String method) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** A session variable the closure might use but that cannot be copied: using it fails. */
  public record Missing(String name, String type) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }
}
