package dev.conch.dsl;

import groovy.lang.DelegatingMetaClass;
import groovy.lang.GroovySystem;
import groovy.lang.MetaClass;
import groovy.lang.MissingMethodException;
import groovy.lang.Script;
import org.codehaus.groovy.runtime.MethodClosure;

/**
 * A method a line declared ({@code def f(a) { … }}), kept in the session's variables so that later
 * lines can call it. A call whose values fit none of the line's methods of that name fails as
 * Groovy fails a call in the line itself, a {@code MissingMethodException} for the line's class
 * ({@code f() takes 1 argument, not 2}). A plain {@link MethodClosure} asked the line, and a line
 * that lacks a method looks for a variable of its name: it found this closure again, which asked
 * the line again, until the stack overflowed. Calls reach it through {@link Calls}, its metaclass,
 * as directly as Groovy calls a plain method closure. Immutable, as its line is.
 */
final class SessionMethod extends MethodClosure {
  private static final long serialVersionUID = 1L;

  static {
    GroovySystem.getMetaClassRegistry()
        .setMetaClass(
            SessionMethod.class,
            new Calls(GroovySystem.getMetaClassRegistry().getMetaClass(SessionMethod.class)));
  }

  private transient volatile Class<?>[] fitted; // the types of the last values that fitted

  SessionMethod(Script line, String name) {
    super(line, name);
  }

  @Override
  public Object call(Object... values) {
    return invoke(values);
  }

  @Override
  public Object call(Object value) {
    // as Groovy's own call of a method: an array is the values themselves (a line hands them so)
    return invoke(value instanceof Object[] values ? values : new Object[] {value});
  }

  @Override
  public Object call() {
    return invoke(new Object[0]);
  }

  @Override
  protected Object doCall(Object value) {
    return call(value);
  }

  private Object invoke(Object[] values) {
    Script line = (Script) getOwner();
    if (!sameTypes(values, fitted)) {
      Class<?>[] types = new Class<?>[values.length];
      for (int i = 0; i < values.length; i++) {
        types[i] = typeOf(values[i]);
      }
      if (!fits(line, types)) {
        throw new MissingMethodException(getMethod(), line.getClass(), values);
      }
      fitted = types;
    }
    return line.getMetaClass()
        .invokeMethod(line.getClass(), line, getMethod(), values, false, false);
  }

  /** Whether {@code values} are of {@code types}, one for one. */
  private static boolean sameTypes(Object[] values, Class<?>[] types) {
    if (types == null || types.length != values.length) {
      return false;
    }
    for (int i = 0; i < values.length; i++) {
      if (typeOf(values[i]) != types[i]) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> typeOf(Object value) {
    return value == null ? null : value.getClass();
  }

  /** Whether one of the line's methods of this name takes values of {@code types}. */
  private boolean fits(Script line, Class<?>[] types) {
    try {
      return line.getMetaClass().pickMethod(getMethod(), types) != null;
    } catch (RuntimeException ambiguous) {
      return true; // several fit: the call itself says so
    }
  }

  /** Groovy's way into a session method: {@code call} and {@code doCall} go straight to it. */
  private static final class Calls extends DelegatingMetaClass {
    Calls(MetaClass groovys) {
      super(groovys);
      initialize();
    }

    private static boolean isCall(String name) {
      return name.equals("call") || name.equals("doCall");
    }

    @Override
    public Object invokeMethod(Object object, String name, Object[] values) {
      return isCall(name) && object instanceof SessionMethod method
          ? method.invoke(values == null ? new Object[0] : values)
          : super.invokeMethod(object, name, values);
    }

    @Override
    public Object invokeMethod(Object object, String name, Object values) {
      return isCall(name) && object instanceof SessionMethod method
          ? method.call(values)
          : super.invokeMethod(object, name, values);
    }

    @Override
    @SuppressWarnings("rawtypes") // Groovy's signature
    public Object invokeMethod(
        Class sender,
        Object object,
        String name,
        Object[] values,
        boolean toSuper,
        boolean inside) {
      return isCall(name) && object instanceof SessionMethod method
          ? method.invoke(values == null ? new Object[0] : values)
          : super.invokeMethod(sender, object, name, values, toSuper, inside);
    }
  }
}
