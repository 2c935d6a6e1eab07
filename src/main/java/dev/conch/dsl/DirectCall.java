package dev.conch.dsl;

import groovy.lang.Closure;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * A closure's {@code doCall} method as a method handle, for a pool worker that calls the same
 * closure many times: the JIT sees through it at once, where Groovy's dispatch takes a while to
 * warm up. Used only when the closure declares exactly one public {@code doCall} of the job's arity
 * and each argument is already of its parameter's type, so the outcome is what Groovy's own call
 * gives. Immutable.
 */
public final class DirectCall {
  private static final MethodType SHAPE =
      MethodType.methodType(Object.class, Closure.class, Object[].class);

  private final Class<?> owner;
  private final Class<?>[] params;
  private final MethodHandle handle;

  private DirectCall(Class<?> owner, Class<?>[] params, MethodHandle handle) {
    this.owner = owner;
    this.params = params;
    this.handle = handle;
  }

  private static final Object[] NO_ARGUMENTS = {};

  // a spawned task's closure is called once, so its class's lookup is kept: per class, not per call
  private static final ClassValue<Optional<DirectCall>> WITHOUT_ARGUMENTS =
      new ClassValue<>() {
        @Override
        protected Optional<DirectCall> computeValue(Class<?> type) {
          return Optional.ofNullable(lookUp(type, 0));
        }
      };

  /** The direct call for {@code closure} with {@code arity} arguments, or null when none fits. */
  public static DirectCall of(Closure<?> closure, int arity) {
    return arity == 0
        ? WITHOUT_ARGUMENTS.get(closure.getClass()).orElse(null)
        : lookUp(closure.getClass(), arity);
  }

  /**
   * Calls {@code closure} without arguments, straight to its {@code doCall} where it has one that
   * takes none, else through Groovy; an exception the closure throws comes out as it is.
   */
  public static Object callWithoutArguments(Closure<?> closure) throws Exception {
    DirectCall direct = of(closure, 0);
    return direct == null
        ? ClosureJob.unwrapped(closure::call)
        : direct.call(closure, NO_ARGUMENTS);
  }

  private static DirectCall lookUp(Class<?> type, int arity) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return null;
    }
    Method found = null;
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals("doCall") && m.getParameterCount() == arity) {
        if (found != null || !Modifier.isPublic(m.getModifiers())) {
          return null;
        }
        found = m;
      }
    }
    if (found == null) {
      return null;
    }
    try {
      MethodHandle h =
          MethodHandles.publicLookup()
              .unreflect(found)
              .asSpreader(Object[].class, arity)
              .asType(SHAPE);
      return new DirectCall(type, found.getParameterTypes(), h);
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  /** Whether {@code args} go to {@code closure}'s method as they are. */
  public boolean fits(Closure<?> closure, Object[] args) {
    if (closure.getClass() != owner || args.length != params.length) {
      return false;
    }
    for (int i = 0; i < args.length; i++) {
      Class<?> p = params[i];
      Object a = args[i];
      if (a == null ? p.isPrimitive() : !boxed(p).isInstance(a)) {
        return false;
      }
    }
    return true;
  }

  /** Calls the method; what it throws comes out as it is (any other throwable, wrapped). */
  public Object call(Closure<?> closure, Object[] args) throws Exception {
    try {
      return (Object) handle.invokeExact(closure, args);
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static Class<?> boxed(Class<?> type) {
    return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
  }
}
