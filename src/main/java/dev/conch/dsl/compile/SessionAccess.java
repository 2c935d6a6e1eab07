package dev.conch.dsl.compile;

import dev.conch.dsl.SessionVariables;
import groovy.lang.Closure;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import groovy.lang.Script;
import java.util.Map;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * How compiled lines read and write session variables once {@link SessionAccessRewriter} has
 * pointed them here: straight to the session's map, instead of Groovy's dynamic property path,
 * which looks the setter up by reflection on every assignment made in a closure. Names not in the
 * map fall back to that path, so errors read as before. Classes a learner declares reach the
 * session here too, through what {@link SessionClassRewriter} adds to them. Stateless; thread-safe
 * as the map is.
 */
public final class SessionAccess {
  /**
   * In a child process running a learner's process object: the copies of the session variables
   * shipped with it, which its class reads as it would the session's. Set once, before it runs.
   */
  private static volatile Map<String, Object> shipped;

  private SessionAccess() {}

  /** Makes {@code variables} what learner classes see in this child process. */
  public static void useShipped(Map<String, Object> variables) {
    shipped = variables;
  }

  /** The session of {@code type}: its session's variables, or the shipped ones, or null. */
  private static Map<String, Object> sessionOf(Class<?> type) {
    Map<String, Object> variables = CapturingClassLoader.variablesFor(type);
    return variables != null ? variables : shipped;
  }

  /**
   * The value of variable {@code name} as seen from {@code self}, the running script; {@code site}
   * says where the read is for a race report ({@code line 3}).
   */
  public static Object get(Object self, String name, String site) {
    if (self instanceof Script script) {
      Map<?, ?> variables = script.getBinding().getVariables();
      Object value = variables.get(name);
      if (value != null || variables.containsKey(name)) {
        if (variables instanceof SessionVariables session) {
          session.accessed(name, false, site);
        }
        return value;
      }
    }
    return InvokerHelper.getProperty(self, name);
  }

  /**
   * Sets variable {@code name} to {@code value} and returns the value, as an assignment does;
   * {@code site} says where for a race report.
   */
  public static Object set(Object self, String name, Object value, String site) {
    if (self instanceof Script script) {
      Map<?, ?> variables = script.getBinding().getVariables();
      if (variables instanceof SessionVariables session) {
        session.put(name, value);
        session.accessed(name, true, site);
      } else {
        script.getBinding().setVariable(name, value);
      }
    } else {
      InvokerHelper.setProperty(self, name, value);
    }
    return value;
  }

  /**
   * {@code name++} or {@code name--} ({@code up} or not), as the value before ({@code postfix}) or
   * after: a read, then a write of the next or previous value, as Groovy's own path does them; two
   * tasks stepping one variable without a lock still lose steps, as the lessons show.
   */
  public static Object step(Object self, String name, boolean up, boolean postfix, String site) {
    if (self instanceof Script script
        && script.getBinding().getVariables() instanceof SessionVariables session
        && session.containsKey(name)) {
      Object before = session.get(name);
      Object after = next(before, up);
      session.put(name, after);
      session.stepped(name, site);
      return postfix ? before : after;
    }
    Object before = get(self, name, site);
    Object after = next(before, up);
    set(self, name, after, site);
    return postfix ? before : after;
  }

  private static Object next(Object before, boolean up) {
    if (before instanceof Integer i) {
      return up ? i + 1 : i - 1;
    }
    if (before instanceof Long l) {
      return up ? l + 1 : l - 1;
    }
    return InvokerHelper.invokeMethod(before, up ? "next" : "previous", null);
  }

  /**
   * The session variable {@code name} read from an object of a learner's class that has no such
   * property; without one, the error Groovy would give.
   */
  public static Object read(Object self, String name) {
    Map<String, Object> variables = sessionOf(self.getClass());
    if (variables != null && variables.containsKey(name)) {
      Object value = variables.get(name);
      if (variables instanceof SessionVariables session) {
        session.accessed(name, false, "");
      }
      return value;
    }
    throw new MissingPropertyException(name, self.getClass());
  }

  /**
   * Sets session variable {@code name} from an object of a learner's class without that property.
   * The variable must exist already: a misspelt name ({@code new Worker(nmae: 'w')}) fails as
   * Groovy says, instead of making a new variable.
   */
  public static Object write(Object self, String name, Object value) {
    Map<String, Object> variables = sessionOf(self.getClass());
    if (variables == null || !variables.containsKey(name)) {
      throw new MissingPropertyException(name, self.getClass());
    }
    variables.put(name, value);
    if (variables instanceof SessionVariables session) {
      session.accessed(name, true, "");
    }
    return value;
  }

  /**
   * Calls the session's method or closure {@code name} from an object of a learner's class that has
   * no such method; without one, the error Groovy would give.
   */
  public static Object call(Object self, String name, Object args) {
    Object[] values = args instanceof Object[] array ? array : new Object[] {args};
    Map<String, Object> variables = sessionOf(self.getClass());
    if (variables != null && variables.get(name) instanceof Closure<?> closure) {
      return closure.call(values);
    }
    throw new MissingMethodException(name, self.getClass(), values);
  }
}
