package dev.conch.shell.errors;

import dev.conch.dsl.Builtin;
import dev.conch.dsl.Builtins;
import dev.conch.dsl.ErrorWording;
import dev.conch.dsl.python.PythonEquivalents;
import dev.conch.i18n.Messages;
import groovy.lang.Closure;
import groovy.lang.MetaMethod;
import groovy.lang.MissingMethodException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.codehaus.groovy.runtime.metaclass.MethodSelectionException;
import org.codehaus.groovy.util.FastArray;

/**
 * What to say about a call that no method answers, in place of Groovy's "No signature of method": a
 * function of the session called with the wrong number of values ({@code f() takes 1 argument, not
 * 2}), a method a value does not have ({@code Queue has no method pt(): did you mean put?}),
 * Python's spelling of a list's or a string's method ({@code list.append(x)}); and, in place of
 * "Could not find which method", a call Groovy could not choose among several methods for ({@code
 * q.put()}). Functions that no one defined are {@link NameAdvice}'s. Stateless.
 */
final class MethodAdvice {
  /** Groovy's printing methods, which take one value where Python's print takes several. */
  private static final List<String> PRINTS = List.of("println", "print");

  private MethodAdvice() {}

  /**
   * Whether a call on {@code type} is a call of the session's functions: on a line, on none, or on
   * the class that holds a built-in ({@code TaskBuiltins} for {@code spawn}), a name no learner
   * typed.
   */
  private static boolean ofSession(Class<?> type) {
    return type == null || ErrorWording.ofLine(type) || Builtins.OWNERS.contains(type);
  }

  /**
   * The built-in that {@code error} is a call of with values it does not take ({@code spawn(42)}),
   * for its usage line; empty for any other error.
   */
  static Optional<Builtin> builtinCalled(Throwable error) {
    return error instanceof MissingMethodException mme && Builtins.OWNERS.contains(mme.getType())
        ? Builtins.find(mme.getMethod())
        : Optional.empty();
  }

  /** The line for {@code error}, when Conch can say more than Groovy; empty otherwise. */
  static Optional<String> advice(MissingMethodException error, Messages m) {
    Class<?> type = error.getType();
    String name = error.getMethod();
    Object[] values = error.getArguments() == null ? new Object[0] : error.getArguments();
    Class<?>[] given = Arrays.stream(values).map(MethodAdvice::classOf).toArray(Class<?>[]::new);
    if (type != null && Closure.class.isAssignableFrom(type) && name.equals("doCall")) {
      return Optional.of(
          wrongCount(m.get("method.closure"), closureCounts(type), Integer.MAX_VALUE, given, m));
    }
    List<Signature> named = named(type, name, error.isStatic());
    if (!named.isEmpty()) {
      return Optional.of(wrongValues(type, name, named, given, m));
    }
    if (ofSession(type)) {
      return Optional.empty(); // a function nobody defined: NameAdvice's
    }
    Optional<PythonEquivalents.Equivalent> python = PythonEquivalents.forMethod(type, name);
    if (python.isPresent()) {
      return Optional.of(NameAdvice.instead(python.get(), m));
    }
    return Optional.of(
        NearestName.among(name, methodNames(type))
            .map(near -> m.get("error.method.near", label(type), name, near))
            .orElseGet(() -> m.get("error.method.none", label(type), name)));
  }

  /**
   * The line for a call Groovy could not choose a method for ({@code q.put()}: with no value, every
   * method of one parameter might take a null), from the methods it weighed; empty when they cannot
   * be read (Groovy keeps them in private fields, read here by reflection).
   */
  static Optional<String> advice(MethodSelectionException error, Messages m) {
    try {
      FastArray weighed = (FastArray) field(error, "methods");
      Class<?>[] given = (Class<?>[]) field(error, "arguments");
      String name = (String) field(error, "methodName");
      if (weighed.size() == 0 || !(weighed.get(0) instanceof MetaMethod first)) {
        return Optional.empty(); // a constructor: Groovy's own words stay
      }
      Class<?> type = first.getDeclaringClass().getTheClass();
      List<Signature> named = named(type, name, false);
      if (named.isEmpty()) {
        return Optional.empty();
      }
      // the value's own class is not kept, only the one declaring the methods: an interface
      // (Queueing for a Queue) or the holder of built-ins (TaskBuiltins for spawn) is no name a
      // learner knows, so the call is named as it was typed
      boolean known = !type.isInterface() && !first.isStatic();
      return Optional.of(wrongValues(known ? type : null, name, named, given, m));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Object field(MethodSelectionException error, String name)
      throws ReflectiveOperationException {
    Field field = MethodSelectionException.class.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(error);
  }

  /**
   * A call of {@code name} on {@code type} with values of the {@code given} types that none of its
   * methods, {@code named}, takes: how many it takes, or of which types when the count is right.
   */
  private static String wrongValues(
      Class<?> type, String name, List<Signature> named, Class<?>[] given, Messages m) {
    String called = ofSession(type) ? name + "()" : label(type) + "." + name + "()";
    TreeSet<Integer> counts = new TreeSet<>();
    // a method of n parameters whose last is varargs takes n - 1 values or more
    int least = Integer.MAX_VALUE;
    for (Signature method : named) {
      if (method.varargs()) {
        least = Math.min(least, method.parameters().length - 1);
      } else {
        counts.add(method.parameters().length);
      }
    }
    if (!counts.contains(given.length) && given.length < least) {
      String line = wrongCount(called, counts, least, given, m);
      return PRINTS.contains(name) && ofSession(type) && given.length > 1
          ? line + " " + m.get("method.print.python")
          : line;
    }
    List<String> takes =
        named.stream()
            .filter(
                method -> takes(method, given.length) && !plainTwin(method, named, given.length))
            .map(method -> "(" + parameterNames(method) + ")")
            .distinct()
            .sorted() // reflection's order of methods is none in particular
            .toList();
    return m.get(
        "error.method.types", called, typeNames(given), String.join(m.get("method.or"), takes));
  }

  /** The types {@code method} takes: {@code Closure, …} for varargs after a closure. */
  private static String parameterNames(Signature method) {
    Class<?>[] types = method.parameters();
    if (!method.varargs()) {
      return typeNames(types);
    }
    Class<?>[] fixed = Arrays.copyOf(types, types.length - 1);
    return fixed.length == 0 ? "…" : typeNames(fixed) + ", …";
  }

  /**
   * Whether {@code method} has varargs and, for {@code count} values, a twin among {@code named}
   * that takes its other parameters alone ({@code spawn(Closure)} beside {@code spawn(Closure,
   * Object...)}, for one value): saying one is enough.
   */
  private static boolean plainTwin(Signature method, List<Signature> named, int count) {
    if (!method.varargs() || count != method.parameters().length - 1) {
      return false;
    }
    Class<?>[] fixed = Arrays.copyOf(method.parameters(), method.parameters().length - 1);
    return named.stream().anyMatch(o -> !o.varargs() && Arrays.equals(o.parameters(), fixed));
  }

  /** Whether {@code method} takes {@code count} values. */
  private static boolean takes(Signature method, int count) {
    int params = method.parameters().length;
    return method.varargs() ? count >= params - 1 : count == params;
  }

  /**
   * "takes 1 argument, not 2", for {@code called}, whose methods take one of {@code counts} values
   * or, with varargs, {@code least} or more ({@link Integer#MAX_VALUE}: none has varargs).
   */
  private static String wrongCount(
      String called, TreeSet<Integer> counts, int least, Class<?>[] given, Messages m) {
    return m.get("error.method.count", called, counted(counts, least, m), given.length);
  }

  /** "no arguments", "1 argument", "1 or 2 arguments", "1 or more arguments". */
  private static String counted(TreeSet<Integer> counts, int least, Messages m) {
    if (least != Integer.MAX_VALUE) {
      List<String> fewer =
          counts.headSet(least).stream().map(String::valueOf).collect(Collectors.toList());
      fewer.add(m.get("method.args.least", least));
      return m.get("method.args.many", String.join(m.get("method.or"), fewer));
    }
    if (counts.size() == 1 && counts.first() <= 1) {
      return m.get(counts.first() == 0 ? "method.args.none" : "method.args.one");
    }
    List<String> numbers = counts.stream().map(String::valueOf).toList();
    String joined =
        numbers.size() == 1
            ? numbers.get(0)
            : String.join(", ", numbers.subList(0, numbers.size() - 1))
                + m.get("method.or")
                + numbers.get(numbers.size() - 1);
    return m.get("method.args.many", joined);
  }

  /** The numbers of values a closure of class {@code type} takes, from its doCall methods. */
  private static TreeSet<Integer> closureCounts(Class<?> type) {
    TreeSet<Integer> counts = new TreeSet<>();
    for (var method : type.getDeclaredMethods()) {
      if (method.getName().equals("doCall")) {
        counts.add(method.getParameterCount());
      }
    }
    return counts;
  }

  /** A method's name and parameters, as reflection or Groovy's additions give them. */
  private record Signature(String name, Class<?>[] parameters, boolean varargs, boolean statics) {}

  /**
   * Every public method of {@code type}: its own (defaults of its interfaces too, which Groovy's
   * list leaves out) and Groovy's additions.
   */
  private static List<Signature> methods(Class<?> type) {
    List<Signature> found = new ArrayList<>();
    for (Method method : type.getMethods()) {
      found.add(
          new Signature(
              method.getName(),
              method.getParameterTypes(),
              method.isVarArgs(),
              Modifier.isStatic(method.getModifiers())));
    }
    for (MetaMethod method : InvokerHelper.getMetaClass(type).getMetaMethods()) {
      if (method.isPublic()) {
        found.add(
            new Signature(
                method.getName(),
                method.getNativeParameterTypes(),
                method.isVargsMethod(),
                method.isStatic()));
      }
    }
    return found;
  }

  /** The methods of {@code type} called {@code name}, only static ones when {@code statics}. */
  private static List<Signature> named(Class<?> type, String name, boolean statics) {
    if (type == null) {
      return List.of();
    }
    return methods(type).stream()
        .filter(method -> method.name().equals(name) && (!statics || method.statics()))
        .toList();
  }

  /** Whether {@code type} has a public method {@code name} that takes nothing. */
  static boolean takesNothing(Class<?> type, String name) {
    return named(type, name, false).stream().anyMatch(method -> method.parameters().length == 0);
  }

  /** Every method name of {@code type}, for "did you mean". */
  private static Set<String> methodNames(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    methods(type).forEach(method -> names.add(method.name()));
    names.removeIf(n -> n.contains("$"));
    return names;
  }

  /**
   * The name a learner knows a type by: {@code String} for any text, {@code Closure} for a block in
   * braces (not the class Groovy made of it, {@code _run_closure1}), else its simple name.
   */
  static String label(Class<?> type) {
    if (type == null) {
      return "null";
    }
    if (Closure.class.isAssignableFrom(type)) {
      return "Closure";
    }
    return CharSequence.class.isAssignableFrom(type) ? "String" : type.getSimpleName();
  }

  private static Class<?> classOf(Object value) {
    return value == null ? null : value.getClass();
  }

  private static String typeNames(Class<?>[] types) {
    return Arrays.stream(types).map(MethodAdvice::label).collect(Collectors.joining(", "));
  }
}
