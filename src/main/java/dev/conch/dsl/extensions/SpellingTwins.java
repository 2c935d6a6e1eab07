package dev.conch.dsl.extensions;

import dev.conch.dsl.Builtins;
import dev.conch.dsl.process.Process;
import dev.conch.process.proxy.Proxies;
import groovy.lang.GroovySystem;
import groovy.lang.MetaMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.codehaus.groovy.reflection.CachedClass;
import org.codehaus.groovy.reflection.CachedMethod;
import org.codehaus.groovy.reflection.ClassInfo;
import org.codehaus.groovy.reflection.ReflectionCache;

/**
 * Gives every learner-facing object of Conch the other spelling of each name in {@link Spellings}
 * that it has: a task's {@code isAlive()} gets {@code is_alive()}, its {@code exitcode} gets {@code
 * exitCode}, a queue's {@code putNowait} gets {@code put_nowait}, an extension method such as a
 * pool's {@code mapAsync} gets {@code map_async}, with the same overloads. The objects are the
 * types the built-ins return, those the extension classes extend, a child's proxies, {@link
 * Process}, and their Conch supertypes; a subtype (a learner's {@code class P extends Process})
 * inherits its supertype's twins. The twins are Groovy meta-methods, as an extension module's are,
 * so a call reaches them as any other method; statically compiled code gets them from {@link
 * SpellingTypeChecks}.
 *
 * <p>Thread-safe: {@link #install} runs once, under the class's lock; the shell and a child JVM
 * call it before they run a learner's code.
 */
public final class SpellingTwins {
  private static final String OURS = "dev.conch.";
  private static final String MODULE =
      "META-INF/groovy/org.codehaus.groovy.runtime.ExtensionModule";
  private static boolean installed; // guarded by SpellingTwins.class

  private SpellingTwins() {}

  /** Registers the twins; the calls after the first do nothing. */
  public static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    GroovySystem.getMetaClassRegistry(); // loads the extension modules the twins may spell
    Map<Class<?>, List<MetaMethod>> made = new LinkedHashMap<>();
    for (Class<?> type : learnerTypes()) {
      List<MetaMethod> twins = twinsOf(type, made);
      if (!twins.isEmpty()) {
        made.put(type, twins);
      }
    }
    made.forEach((type, twins) -> ReflectionCache.getCachedClass(type).addNewMopMethods(twins));
    forgetMetaClassesOfSubtypes(made.keySet());
  }

  /**
   * The Conch types a learner's code reaches (the built-ins' results, what the extension classes
   * extend, a child's proxies) and their Conch supertypes, each after its supertypes.
   */
  static Set<Class<?>> learnerTypes() {
    Set<Class<?>> all = new LinkedHashSet<>();
    for (Class<?> root : roots()) {
      supertypes(root).filter(t -> t.getName().startsWith(OURS)).forEach(all::add);
    }
    Set<Class<?>> ordered = new LinkedHashSet<>();
    all.forEach(type -> addAfterSupertypes(type, all, ordered));
    return ordered;
  }

  private static void addAfterSupertypes(Class<?> type, Set<Class<?>> all, Set<Class<?>> ordered) {
    if (!all.contains(type) || ordered.contains(type)) {
      return;
    }
    Stream.concat(Stream.ofNullable(type.getSuperclass()), Arrays.stream(type.getInterfaces()))
        .forEach(s -> addAfterSupertypes(s, all, ordered));
    ordered.add(type);
  }

  private static List<Class<?>> roots() {
    List<Class<?>> roots = new ArrayList<>(Proxies.TYPES);
    roots.add(Process.class);
    for (Class<?> owner : Builtins.OWNERS) {
      for (Method m : owner.getMethods()) {
        roots.add(m.getReturnType());
      }
    }
    for (Class<?> extension : extensionClasses()) {
      for (Method m : extension.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() > 0) {
          roots.add(m.getParameterTypes()[0]);
        }
      }
    }
    return roots;
  }

  /** The classes our extension module names: what they extend is learner-facing. */
  private static List<Class<?>> extensionClasses() {
    Properties module = new Properties();
    try (InputStream in = SpellingTwins.class.getClassLoader().getResourceAsStream(MODULE)) {
      if (in != null) {
        module.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : module.getProperty("extensionClasses", "").split(",")) {
      if (name.strip().startsWith(OURS)) {
        try {
          classes.add(Class.forName(name.strip(), false, SpellingTwins.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("spellings: no extension class " + name, e);
        }
      }
    }
    return classes;
  }

  /** The twins {@code type} needs: of the methods it declares, where the other name is free. */
  private static List<MetaMethod> twinsOf(Class<?> type, Map<Class<?>, List<MetaMethod>> made) {
    CachedClass cached = ReflectionCache.getCachedClass(type);
    List<MetaMethod> twins = new ArrayList<>();
    for (MetaMethod m : declared(type, cached)) {
      Class<?>[] params = m.getNativeParameterTypes();
      Spellings.SHIPPED
          .twinOfMethod(m.getName())
          .filter(twin -> !overridesOurs(type, m.getName(), params))
          .filter(twin -> !has(type, twin, params, made) && !spells(twins, twin, params))
          .ifPresent(twin -> twins.add(new TwinMethod(twin, m, cached)));
    }
    return twins;
  }

  /**
   * The public instance methods {@code type} declares, in Java or as extension methods, that have a
   * name with a twin.
   */
  private static List<MetaMethod> declared(Class<?> type, CachedClass cached) {
    List<MetaMethod> all = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      int modifiers = m.getModifiers();
      if (Modifier.isPublic(modifiers)
          && !Modifier.isStatic(modifiers)
          && !m.isSynthetic()
          && Spellings.SHIPPED.twinOfMethod(m.getName()).isPresent()) {
        all.add(new CachedMethod(m));
      }
    }
    for (MetaMethod m : cached.getNewMetaMethods()) {
      if (m.getDeclaringClass().getTheClass() == type && !m.isStatic()) {
        all.add(m);
      }
    }
    return all;
  }

  /** Whether a Conch supertype declares the method too: its twin serves {@code type} as well. */
  private static boolean overridesOurs(Class<?> type, String name, Class<?>[] params) {
    return supertypes(type)
        .filter(s -> s != type && s.getName().startsWith(OURS))
        .anyMatch(s -> publicMethod(s, name, params));
  }

  /**
   * Whether {@code type} answers {@code name(params)} already: in Java, by extension, as a twin.
   */
  private static boolean has(
      Class<?> type, String name, Class<?>[] params, Map<Class<?>, List<MetaMethod>> made) {
    return publicMethod(type, name, params)
        || supertypes(type)
            .filter(s -> s.getName().startsWith(OURS))
            .anyMatch(
                s ->
                    spells(
                            List.of(ReflectionCache.getCachedClass(s).getNewMetaMethods()),
                            name,
                            params)
                        || spells(made.getOrDefault(s, List.of()), name, params));
  }

  private static boolean spells(List<MetaMethod> methods, String name, Class<?>[] params) {
    return methods.stream()
        .anyMatch(
            m -> m.getName().equals(name) && Arrays.equals(m.getNativeParameterTypes(), params));
  }

  /**
   * Whether {@code type} has the public method, Object's aside (a twin may stand for notifyAll).
   */
  private static boolean publicMethod(Class<?> type, String name, Class<?>[] params) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)
          && m.getDeclaringClass() != Object.class
          && Arrays.equals(m.getParameterTypes(), params)) {
        return true;
      }
    }
    return false;
  }

  private static Stream<Class<?>> supertypes(Class<?> type) {
    Set<Class<?>> all = new LinkedHashSet<>();
    Deque<Class<?>> next = new ArrayDeque<>(List.of(type));
    while (!next.isEmpty()) {
      Class<?> c = next.poll();
      if (all.add(c)) {
        Stream.concat(Stream.ofNullable(c.getSuperclass()), Arrays.stream(c.getInterfaces()))
            .forEach(next::add);
      }
    }
    return all.stream();
  }

  /**
   * A subtype's meta-class made before the twins came would not have them: it is made anew. Only
   * Conch's own classes can be such subtypes, as no learner's class exists yet.
   */
  private static void forgetMetaClassesOfSubtypes(Set<Class<?>> twinned) {
    ClassInfo.onAllClassInfo(
        info -> {
          Class<?> c = info.getCachedClass().getTheClass();
          boolean subtype =
              c.getName().startsWith(OURS)
                  && !twinned.contains(c)
                  && twinned.stream().anyMatch(t -> t.isAssignableFrom(c));
          if (subtype) {
            info.setWeakMetaClass(null);
          }
        });
  }
}
