package dev.conch.dsl.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * {@code xs.add(x)} and {@code d.put(k, v)} in a learner's dynamic code (see {@link
 * AtomicCallRewriter}): on a list, set or map of the kinds {@code []}, {@code as Set} and {@code
 * [:]} make, the change is made whole, under the collection's own monitor, as Python's {@code
 * append}, {@code set.add} and {@code d[k] = v} are and as {@code xs << x} is here ({@code
 * AtomicChanges}); on anything else (a queue's {@code put}), the call Groovy would have made.
 * Stateless.
 */
public final class AtomicCalls {
  private AtomicCalls() {}

  /** {@code self.add(item)}, whole when {@code self} is a plain list or set. */
  @SuppressWarnings("unchecked") // the list or set takes any item, as Groovy's call would
  public static Object add(Object self, Object item) {
    if (self instanceof ArrayList<?> || self instanceof HashSet<?>) {
      synchronized (self) {
        return ((Collection<Object>) self).add(item);
      }
    }
    return InvokerHelper.invokeMethod(self, "add", new Object[] {item});
  }

  /** {@code self.put(key, value)}, whole when {@code self} is a plain map. */
  @SuppressWarnings("unchecked") // the map takes any key and value, as Groovy's call would
  public static Object put(Object self, Object key, Object value) {
    if (self instanceof HashMap<?, ?>) {
      synchronized (self) {
        return ((Map<Object, Object>) self).put(key, value);
      }
    }
    return InvokerHelper.invokeMethod(self, "put", new Object[] {key, value});
  }
}
