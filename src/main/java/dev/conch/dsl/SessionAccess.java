package dev.conch.dsl;

import groovy.lang.Script;
import java.util.Map;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * How compiled lines read and write session variables once {@link SessionAccessRewriter} has
 * pointed them here: straight to the session's map, instead of Groovy's dynamic property path,
 * which looks the setter up by reflection on every assignment made in a closure. Names not in the
 * map fall back to that path, so errors read as before. Stateless; thread-safe as the map is.
 */
public final class SessionAccess {
  private SessionAccess() {}

  /** The value of variable {@code name} as seen from {@code self}, the running script. */
  public static Object get(Object self, String name) {
    if (self instanceof Script script) {
      Map<?, ?> variables = script.getBinding().getVariables();
      Object value = variables.get(name);
      if (value != null || variables.containsKey(name)) {
        return value;
      }
    }
    return InvokerHelper.getProperty(self, name);
  }

  /** Sets variable {@code name} to {@code value} and returns the value, as an assignment does. */
  public static Object set(Object self, String name, Object value) {
    if (self instanceof Script script) {
      script.getBinding().setVariable(name, value);
    } else {
      InvokerHelper.setProperty(self, name, value);
    }
    return value;
  }
}
