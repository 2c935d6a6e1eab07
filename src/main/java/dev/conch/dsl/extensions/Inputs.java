package dev.conch.dsl.extensions;

import dev.conch.dsl.ClosureJob;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.TypeError;
import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;

/**
 * What a learner hands to a pool's methods, turned into what the runtime takes: inputs as an
 * iterable (a range, a list, an array, …), arguments as a list, and the named options of the
 * asynchronous calls, checked with one clear error per mistake. Stateless.
 */
final class Inputs {
  private static final List<String> CALLBACKS = List.of("callback", "error_callback");

  private Inputs() {}

  /**
   * The named options of one call. Immutable.
   *
   * @param chunksize jobs per hand-off, 0 when not given
   * @param args the {@code args:} option, or null
   */
  record Options(
      String method,
      int chunksize,
      Consumer<Object> callback,
      Consumer<Throwable> errorCallback,
      Object args) {

    /** The arguments: given positionally or as {@code args:}, not both. */
    Object args(Object positional) {
      if (args != null && positional != null) {
        throw new TypeError(
            "pool.args.twice", "%s: give the arguments once, as a list or as args:", method);
      }
      return args != null ? args : positional;
    }
  }

  /**
   * The options given to {@code method}: {@code callback:}, {@code error_callback:} (or {@code
   * errorCallback:}) for the asynchronous calls, and {@code extra} ({@code chunksize} or {@code
   * args}).
   *
   * @throws MisuseError for an unknown option or a value of the wrong type
   */
  static Options options(String method, Map<String, ?> given, String extra) {
    boolean async = method.endsWith("_async");
    List<String> allowed = new ArrayList<>(async ? CALLBACKS : List.of());
    allowed.add(extra);
    for (Object key : given.keySet()) {
      if (allowed.stream().noneMatch(name -> Spellings.SHIPPED.sameName(key, name))) {
        throw new TypeError(
            "pool.option",
            "%s: unknown option '%s', expected %s",
            method,
            key,
            String.join(", ", allowed));
      }
    }
    return new Options(
        method,
        chunksize(method, given.get("chunksize")),
        ClosureJob.consumer(closure(method, "callback", given.get("callback"))),
        ClosureJob.consumer(
            closure(method, "error_callback", Spellings.SHIPPED.option(given, "error_callback"))),
        given.get("args"));
  }

  private static int chunksize(String method, Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof Integer n && n > 0) {
      return n;
    }
    throw new TypeError(
        "pool.option.chunksize",
        "%s: option 'chunksize' must be a whole number of 1 or more, not %s",
        method,
        value);
  }

  private static Closure<?> closure(String method, String option, Object value) {
    if (value == null || value instanceof Closure<?>) {
      return (Closure<?>) value;
    }
    throw new TypeError(
        "pool.option.closure",
        "%s: option '%s' must be a closure { … }, not %s",
        method,
        option,
        value);
  }

  /** The inputs of a map: any iterable as it is, anything else as Groovy iterates it. */
  static Iterable<?> items(Object items) {
    return items instanceof Iterable<?> iterable
        ? iterable
        : DefaultTypeTransformation.asCollection(items);
  }

  /** The arguments of an apply: a list or an array spread, one other value alone, null none. */
  static List<?> args(Object args) {
    return switch (args) {
      case null -> List.of();
      case Collection<?> c -> new ArrayList<>(c);
      case Object[] array -> Arrays.asList(array);
      default -> List.of(args);
    };
  }
}
