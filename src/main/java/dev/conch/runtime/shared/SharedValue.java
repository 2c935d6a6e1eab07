package dev.conch.runtime.shared;

import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.TypeError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A value made by a {@link Manager}, Python's {@code Manager().Value}: shared by the tasks of this
 * process and, through proxies, by child processes. Reading ({@code v.value}) and writing ({@code
 * v.value = x}) are each one step, so {@code v.value += 1} is two steps and many tasks or processes
 * doing it at once lose updates, as in Python; {@link #update} and {@link #getAndAdd} are one step.
 *
 * <p>Thread-safe: every method holds the value's monitor, guarding {@code value}.
 */
public final class SharedValue {
  private final Manager manager;
  private final String name;
  private Object value; // guarded by this

  SharedValue(Manager manager, String name, Object initial) {
    this.manager = manager;
    this.name = name;
    this.value = initial;
  }

  /** The value now. */
  public synchronized Object get() {
    manager.requireOpen(label());
    return value;
  }

  /** Replaces the value. */
  public synchronized void set(Object newValue) {
    manager.requireOpen(label());
    value = newValue;
  }

  /** The value now ({@code v.value}). */
  public Object getValue() {
    return get();
  }

  /** Replaces the value ({@code v.value = x}). */
  public void setValue(Object newValue) {
    set(newValue);
  }

  /**
   * Replaces the value with {@code f} of it in one step ({@code v.update { it + 1 }}); returns it.
   */
  public synchronized Object update(UnaryOperator<Object> f) {
    manager.requireOpen(label());
    value = f.apply(value);
    return value;
  }

  /**
   * Sets the value to {@code newValue} only when it equals {@code expected} now; returns whether it
   * did. Proxies in child processes build {@code update} on it.
   */
  public synchronized boolean compareAndSet(Object expected, Object newValue) {
    manager.requireOpen(label());
    if (!Objects.equals(value, expected)) {
      return false;
    }
    value = newValue;
    return true;
  }

  /**
   * Adds {@code delta} to the value in one step; returns the value before.
   *
   * @throws MisuseError when the value is not a number
   */
  public synchronized Object getAndAdd(Number delta) {
    manager.requireOpen(label());
    if (!(value instanceof Number n)) {
      throw new TypeError(
          "value.notnumber", "%s: getAndAdd needs a number, but it holds %s", label(), value);
    }
    Object before = value;
    value = add(n, delta);
    return before;
  }

  /** {@code a + b}, as Groovy adds: whole numbers stay whole, growing as they need. */
  static Number add(Number a, Number b) {
    if (a instanceof BigDecimal || b instanceof BigDecimal) {
      return new BigDecimal(a.toString()).add(new BigDecimal(b.toString()));
    }
    if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) {
      return a.doubleValue() + b.doubleValue();
    }
    if (a instanceof BigInteger || b instanceof BigInteger) {
      return new BigInteger(a.toString()).add(new BigInteger(b.toString()));
    }
    long sum = a.longValue() + b.longValue();
    if (a instanceof Integer && b instanceof Integer && sum == (int) sum) {
      return (int) sum;
    }
    return sum;
  }

  /** How the value is named in messages: {@code value manager-1.value-3}. */
  public String label() {
    return "value " + name;
  }

  /** The value, as it prints. */
  @Override
  public String toString() {
    return String.valueOf(get());
  }
}
