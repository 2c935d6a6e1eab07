package dev.conch.dsl;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.Script;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.Callable;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.codehaus.groovy.runtime.InvokerInvocationException;
import org.codehaus.groovy.runtime.MethodClosure;

/**
 * A closure on its way to a child JVM, and how the child runs it: the closure without its owner,
 * the copies of the session variables it uses, and its arguments. In the child the closure gets a
 * fresh instance of the script that wrote it as its owner, over a binding of those copies, so that
 * session variables, methods typed at the prompt and methods of its own script all resolve there. A
 * change to a variable in the child stays in the child, as in Python. Immutable once made.
 */
@SuppressWarnings("serial") // the values are checked, one by one, when the work is packed
final class ProcessWork implements Callable<Object>, Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private final Closure<?> body;
  private final String script;
  private final Map<String, Object> variables;
  private final Object[] args;

  ProcessWork(Closure<?> body, String script, Map<String, Object> variables, Object[] args) {
    this.body = body;
    this.script = script;
    this.variables = variables;
    this.args = args;
  }

  @Override
  public Object call() throws Exception {
    ClassLoader loader = body.getClass().getClassLoader();
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
    Closure<?> closure = body;
    if (script != null) {
      Script owner = scriptOf(loader, script, binding);
      closure = body.rehydrate(owner, owner, owner);
    }
    try {
      return args.length == 0 ? closure.call() : closure.call(args);
    } catch (InvokerInvocationException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
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
  record Missing(String name, String type) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }
}
