package dev.conch.dsl.compile;

import groovy.lang.GroovyClassLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.SourceUnit;

/**
 * The session's class loader, which also keeps the bytes of every class Groovy compiles for the
 * session, by name, the latest definition of a name winning. A child JVM gets the classes it needs
 * as these bytes, as Python's "spawn" start method re-imports a program: methods and classes typed
 * earlier at the prompt then work in the child too. It also knows the session's variables, which
 * the learner's classes read through {@link SessionAccess}, and counts the classes the learner
 * declares. Thread-safe: the bytes are in a concurrent map, and the variables are thread-safe.
 */
public final class CapturingClassLoader extends GroovyClassLoader {
  private final Map<String, byte[]> compiled = new ConcurrentHashMap<>();
  private final Map<String, Object> variables;
  private final AtomicLong declared = new AtomicLong();

  /** A loader for the session whose variables are {@code variables}. */
  public CapturingClassLoader(
      ClassLoader parent, CompilerConfiguration config, Map<String, Object> variables) {
    super(parent, config);
    this.variables = variables;
  }

  /**
   * How many classes the learner has declared (or declared again) in this session so far: every
   * class compiled that is not a line's script or a class inside one, such as its closures.
   */
  public long declaredClasses() {
    return declared.get();
  }

  /** The bytes of every class compiled so far, by binary name. A copy. */
  public Map<String, byte[]> compiled() {
    return Map.copyOf(compiled);
  }

  /**
   * The bytes of the session that compiled {@code type} (a closure or class of a line), or an empty
   * map for a class no session compiled.
   */
  public static Map<String, byte[]> compiledFor(Class<?> type) {
    for (ClassLoader l = type.getClassLoader(); l != null; l = l.getParent()) {
      if (l instanceof CapturingClassLoader session) {
        return session.compiled();
      }
    }
    return Map.of();
  }

  /**
   * The variables of the session that compiled {@code type}, or null for a class no session here
   * compiled (such as a class shipped to a child process).
   */
  public static Map<String, Object> variablesFor(Class<?> type) {
    for (ClassLoader l = type.getClassLoader(); l != null; l = l.getParent()) {
      if (l instanceof CapturingClassLoader session) {
        return session.variables;
      }
    }
    return null;
  }

  @Override
  protected ClassCollector createCollector(CompilationUnit unit, SourceUnit source) {
    return new ClassCollector(new InnerLoader(this), unit, source) {
      @Override
      protected Class<?> createClass(byte[] code, ClassNode classNode) {
        compiled.put(classNode.getName(), code.clone());
        if (!inScript(classNode)) {
          declared.incrementAndGet();
        }
        return super.createClass(code, classNode);
      }
    };
  }

  /** Whether {@code type} is a line's script class or a class inside one (a closure). */
  private static boolean inScript(ClassNode type) {
    for (ClassNode c = type; c != null; c = c.getOuterClass()) {
      if (c.isScript()) {
        return true;
      }
    }
    return false;
  }
}
