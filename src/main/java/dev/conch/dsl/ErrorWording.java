package dev.conch.dsl;

import groovy.lang.MetaClass;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import java.util.Optional;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.codehaus.groovy.runtime.StackTraceUtils;

/** What went wrong in learner code, in terms the shell can word. Stateless. */
public final class ErrorWording {
  private ErrorWording() {}

  /**
   * Whether {@code type} is the class of a line or script ({@code Conch3}) or of one of its
   * closures: its methods and properties are the session's.
   */
  public static boolean ofLine(Class<?> type) {
    return type != null && type.getName().startsWith("Conch");
  }

  /** The name of the variable a line used before setting it, when that is the error. */
  public static Optional<String> undefinedVariable(Throwable error) {
    if (error instanceof MissingPropertyException mpe && ofLine(mpe.getType())) {
      return Optional.of(mpe.getProperty());
    }
    return Optional.empty();
  }

  /**
   * The name of the method a line called that neither the session nor the built-ins have, when that
   * is the error ({@code spwan { }}, Python's {@code Thread(target: f)}).
   */
  public static Optional<String> undefinedMethod(Throwable error) {
    if (error instanceof MissingMethodException mme
        && ofLine(mme.getType())
        && Builtins.find(mme.getMethod()).isEmpty()
        && !hasMethodNamed(mme.getType(), mme.getMethod())) {
      return Optional.of(mme.getMethod());
    }
    return Optional.empty();
  }

  /**
   * Whether {@code type} has a method {@code name}, its own or Groovy's: then only the arguments
   * are wrong.
   */
  private static boolean hasMethodNamed(Class<?> type, String name) {
    MetaClass meta = InvokerHelper.getMetaClass(type);
    return meta.getMethods().stream().anyMatch(m -> m.getName().equals(name))
        || meta.getMetaMethods().stream().anyMatch(m -> m.getName().equals(name));
  }

  /** The error with Groovy's own frames removed from its stack, for {@code /trace}. */
  public static Throwable sanitized(Throwable error) {
    return StackTraceUtils.deepSanitize(error);
  }
}
