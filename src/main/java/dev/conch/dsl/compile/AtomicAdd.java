package dev.conch.dsl.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * {@code xs.add(x)} in a learner's dynamic code (see {@link AtomicAddRewriter}): on a list or set
 * of the kinds {@code []} and {@code as Set} make, the item is added whole, under the collection's
 * own monitor, as Python's {@code append} and {@code set.add} are and as {@code xs << x} is here
 * ({@code AtomicChanges}); on anything else, the call Groovy would have made. Stateless.
 */
public final class AtomicAdd {
  private AtomicAdd() {}

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
}
