package dev.conch.process;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Work packed for a child JVM: the classes it needs, as bytes by binary name, and the work itself,
 * a serialized {@link java.util.concurrent.Callable} whose classes are among them or the child's
 * own. Immutable once made; the maps and arrays are not copied, so callers must not change them.
 *
 * @param name the task's name, which the child's main task takes
 * @param classes class bytes by binary name
 * @param work the serialized work (see {@link JvmCopies})
 */
public record Shipment(String name, Map<String, byte[]> classes, byte[] work) {
  /**
   * Of the session's {@code compiled} classes, those that {@code roots} refer to, directly or
   * through each other (a line's script class, its closures, the learner's classes): what a child
   * needs to define before it can run work made of the roots.
   */
  public static Map<String, byte[]> needed(Map<String, byte[]> compiled, Set<String> roots) {
    Map<String, String> byInternalName = new HashMap<>();
    compiled.keySet().forEach(name -> byInternalName.put(name.replace('.', '/'), name));
    Map<String, byte[]> needed = new HashMap<>();
    Deque<String> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      byte[] bytes = compiled.get(name);
      if (bytes == null || needed.putIfAbsent(name, bytes) != null) {
        continue;
      }
      for (String constant : ConstantStrings.of(bytes)) {
        for (String ref : referencedNames(constant, byInternalName)) {
          if (!needed.containsKey(ref)) {
            todo.push(ref);
          }
        }
      }
    }
    return needed;
  }

  /** The compiled classes a constant names: as a class entry, or inside a type descriptor. */
  private static Set<String> referencedNames(String constant, Map<String, String> byInternalName) {
    String direct = byInternalName.get(constant.startsWith("[") ? strip(constant) : constant);
    if (direct != null) {
      return Set.of(direct);
    }
    if (constant.indexOf('L') < 0 || constant.indexOf(';') < 0) {
      return Set.of();
    }
    Set<String> found = new java.util.HashSet<>();
    int at = constant.indexOf('L');
    while (at >= 0) {
      int end = constant.indexOf(';', at);
      if (end < 0) {
        break;
      }
      String name = byInternalName.get(constant.substring(at + 1, end));
      if (name != null) {
        found.add(name);
      }
      at = constant.indexOf('L', at + 1);
    }
    return found;
  }

  private static String strip(String arrayDescriptor) {
    String element = arrayDescriptor.replaceFirst("^\\[+", "");
    return element.startsWith("L") && element.endsWith(";")
        ? element.substring(1, element.length() - 1)
        : element;
  }
}
