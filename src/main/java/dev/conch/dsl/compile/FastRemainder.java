package dev.conch.dsl.compile;

import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * Groovy's {@code %} as plain methods that {@link RemainderRewriter} points learners' code at.
 * Groovy 5 compiles {@code a % b} on two {@code int}s, even under {@code @CompileStatic}, as boxing
 * both and calling a generic helper; here the overload for {@code int} or {@code long} is one
 * machine instruction, and anything else keeps Groovy's meaning (its {@code remainder} method).
 * Stateless.
 */
public final class FastRemainder {
  private FastRemainder() {}

  public static int remainder(int a, int b) {
    return a % b;
  }

  public static long remainder(long a, long b) {
    return a % b;
  }

  /**
   * {@code a % b} in dynamic code, whatever the operands are at run time: two {@code Integer}s or
   * {@code Long}s as Java divides them, which is what Groovy's {@code remainder} gives them,
   * without its generic dispatch (in a dynamic prime check that dispatch took four fifths of the
   * time); anything else through Groovy's own {@code %}.
   */
  public static Object remainderOf(Object a, Object b) {
    if (a instanceof Integer x && b instanceof Integer y) {
      return x % y;
    }
    if ((a instanceof Integer || a instanceof Long)
        && (b instanceof Integer || b instanceof Long)) {
      return ((Number) a).longValue() % ((Number) b).longValue();
    }
    return InvokerHelper.invokeMethod(a, "remainder", b);
  }

  /**
   * Groovy's own {@code %} for every other pair of static types: other numbers, operator methods.
   */
  public static Object remainder(Object a, Object b) {
    return InvokerHelper.invokeMethod(a, "remainder", b);
  }
}
