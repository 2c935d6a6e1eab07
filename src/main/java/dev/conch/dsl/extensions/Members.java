package dev.conch.dsl.extensions;

import groovy.lang.MetaMethod;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.codehaus.groovy.runtime.metaclass.NewInstanceMetaMethod;

/**
 * What a value offers after {@code name.}: the public methods of its runtime class, the Python
 * spellings Conch adds to it ({@code put_nowait}), and the properties its getters make ({@code
 * t.name} for {@code getName()}), as completion shows them. Members that Conch's own classes
 * declare come before those of Java and Groovy. Reads classes by reflection only: no getter runs.
 * Stateless.
 */
public final class Members {
  /** Methods every object has, or that Groovy adds for itself: never offered. */
  private static final Set<String> HIDDEN =
      Set.of(
          "getClass",
          "hashCode",
          "notify",
          "notifyAll",
          "wait",
          "getMetaClass",
          "setMetaClass",
          "invokeMethod",
          "getProperty",
          "setProperty",
          "propertyMissing",
          "methodMissing");

  private static final String CONCH = "dev.conch.";

  private Members() {}

  /**
   * One member: the text completion inserts ({@code put(}, {@code qsize()}, {@code name}), its
   * parameters as the description, and whether Conch documents it (declared by Conch's classes).
   */
  public record Member(String insert, String description, boolean conch) {}

  /** The members of {@code value}, Conch's first, each group sorted by name. */
  public static List<Member> of(Object value) {
    Map<String, Member> byInsert = new LinkedHashMap<>();
    Method[] methods = value.getClass().getMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    Set<String> names = Arrays.stream(methods).map(Method::getName).collect(Collectors.toSet());
    for (Method m : methods) {
      String name = m.getName();
      if (Modifier.isStatic(m.getModifiers())
          || m.isSynthetic()
          || name.contains("$")
          || HIDDEN.contains(name)) {
        continue;
      }
      boolean conch = m.getDeclaringClass().getName().startsWith(CONCH);
      String property = property(m, names);
      if (property != null) {
        byInsert.putIfAbsent(property, new Member(property, null, conch));
      }
      add(byInsert, name, m.getParameterTypes(), conch);
    }
    for (MetaMethod m : InvokerHelper.getMetaClass(value).getMetaMethods()) {
      boolean ours =
          m instanceof TwinMethod
              || m instanceof NewInstanceMetaMethod added
                  && added.getCachedMethod().getDeclaringClass().getName().startsWith(CONCH);
      if (ours) {
        add(byInsert, m.getName(), m.getNativeParameterTypes(), true);
      }
    }
    List<Member> members = new ArrayList<>(byInsert.values());
    members.sort(Comparator.comparing((Member m) -> !m.conch()).thenComparing(Member::insert));
    return members;
  }

  /**
   * Adds a method: {@code insert} ends in {@code ()} when it takes nothing, else in {@code (} with
   * its overloads' parameter types as the description ({@code Object, boolean | Object}).
   */
  private static void add(
      Map<String, Member> byInsert, String name, Class<?>[] parameters, boolean conch) {
    if (parameters.length == 0) {
      byInsert.merge(
          name + "()",
          new Member(name + "()", null, conch),
          (a, b) -> new Member(a.insert(), null, a.conch() || b.conch()));
      return;
    }
    String insert = name + "(";
    String types =
        Arrays.stream(parameters).map(Class::getSimpleName).collect(Collectors.joining(", "));
    Member earlier = byInsert.get(insert);
    if (earlier == null) {
      byInsert.put(insert, new Member(insert, types, conch));
    } else if (!List.of(earlier.description().split(" \\| ")).contains(types)) {
      byInsert.put(
          insert,
          new Member(insert, earlier.description() + " | " + types, conch || earlier.conch()));
    }
  }

  /**
   * The property a getter reads ({@code name} for {@code getName()}), or null; none when another
   * method shares the getter's ending, where {@code get} is a verb ({@code getNowait} beside {@code
   * putNowait}).
   */
  private static String property(Method m, Set<String> names) {
    String name = m.getName();
    if (m.getParameterCount() != 0 || m.getReturnType() == void.class) {
      return null;
    }
    String rest;
    if (name.startsWith("get") && name.length() > 3) {
      rest = name.substring(3);
    } else if (name.startsWith("is") && name.length() > 2 && m.getReturnType() == boolean.class) {
      rest = name.substring(2);
    } else {
      return null;
    }
    if (!Character.isUpperCase(rest.charAt(0))) {
      return null;
    }
    for (String other : names) {
      if (other.endsWith(rest)
          && other.substring(0, other.length() - rest.length()).matches("[a-z]+")
          && !other.equals("get" + rest)
          && !other.equals("is" + rest)
          && !other.equals("set" + rest)) {
        return null;
      }
    }
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }
}
