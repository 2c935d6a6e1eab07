package dev.conch.runtime.queue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Orders values as Python's {@code <} does for the items of a priority queue: numbers by value
 * whatever their class ({@code 1 < 2L < 2.5}), text by its characters, other comparable values of
 * one class by their {@code compareTo}, and lists or arrays element by element, a list that is the
 * start of a longer one first. So {@code [1, 'job']} comes before {@code [2, 'other']}, which is
 * how a learner writes Python's {@code (priority, item)}. Stateless.
 */
final class PythonOrder {
  private PythonOrder() {}

  /**
   * The sign of {@code a} compared with {@code b} (-1, 0 or 1), or null when the two cannot be
   * ordered (a number against a word, two maps, a list against a number). In lists only the first
   * elements must be orderable: later elements that are not count as equal, so that items of equal
   * priority keep the order they came in instead of failing as they would in Python.
   */
  static Integer compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return Integer.signum(compareNumbers(x, y));
    }
    if (a instanceof CharSequence x && b instanceof CharSequence y) {
      return Integer.signum(x.toString().compareTo(y.toString()));
    }
    List<?> left = sequence(a);
    List<?> right = sequence(b);
    if (left != null && right != null) {
      return compareSequences(left, right);
    }
    if (left == null && right == null) {
      return compareComparables(a, b);
    }
    return null;
  }

  /** Whether {@code a} and {@code b} are the same value: 1 and 1L are, 'a' and "a" too. */
  static boolean same(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Number || a instanceof CharSequence) {
      Integer order = compare(a, b);
      return order != null && order == 0;
    }
    return a.equals(b);
  }

  /** How a value is written in a message: text in quotes, lists with their elements shown so. */
  static String show(Object value) {
    if (value instanceof CharSequence text) {
      return "'" + text + "'";
    }
    List<?> elements = sequence(value);
    if (elements != null) {
      return elements.stream().map(PythonOrder::show).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  private static Integer compareSequences(List<?> left, List<?> right) {
    int common = Math.min(left.size(), right.size());
    for (int i = 0; i < common; i++) {
      Integer order = compare(left.get(i), right.get(i));
      if (order == null) {
        return i == 0 ? null : 0;
      }
      if (order != 0) {
        return order;
      }
    }
    return Integer.signum(Integer.compare(left.size(), right.size()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Integer compareComparables(Object a, Object b) {
    if (!(a instanceof Comparable x)
        || !(b instanceof Comparable)
        || !(a.getClass().isInstance(b) || b.getClass().isInstance(a))) {
      return null;
    }
    try {
      return Integer.signum(x.compareTo(b));
    } catch (ClassCastException e) {
      return null;
    }
  }

  private static List<?> sequence(Object value) {
    if (value instanceof List<?> list) {
      return list;
    }
    if (value instanceof Object[] array) {
      return Arrays.asList(array);
    }
    return null;
  }

  private static int compareNumbers(Number x, Number y) {
    if (isWhole(x) && isWhole(y)) {
      return x instanceof BigInteger || y instanceof BigInteger
          ? big(x).compareTo(big(y))
          : Long.compare(x.longValue(), y.longValue());
    }
    if (!Double.isFinite(x.doubleValue()) || !Double.isFinite(y.doubleValue())) {
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    return decimal(x).compareTo(decimal(y));
  }

  private static boolean isWhole(Number n) {
    return n instanceof Integer
        || n instanceof Long
        || n instanceof Short
        || n instanceof Byte
        || n instanceof BigInteger;
  }

  private static BigInteger big(Number n) {
    return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
  }

  private static BigDecimal decimal(Number n) {
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (isWhole(n)) {
      return new BigDecimal(big(n));
    }
    return new BigDecimal(n.doubleValue());
  }
}
