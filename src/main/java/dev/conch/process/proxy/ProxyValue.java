package dev.conch.process.proxy;

import dev.conch.process.Handle;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A child's proxy for a manager's value in the parent: {@code v.value} and {@code v.value = x} are
 * one message each, so {@code v.value += 1} is two, and processes doing it at once lose updates, as
 * in Python. {@link #update} (retried until no other process came between) and {@link #getAndAdd}
 * are one step. Thread-safe.
 */
public final class ProxyValue extends ProxyBase {
  ProxyValue(Remote remote, Handle handle) {
    super(remote, handle);
  }

  /** The value now. */
  public Object get() throws InterruptedException {
    return remote.call(handle, false, "get");
  }

  /** Replaces the value. */
  public void set(Object value) throws InterruptedException {
    remote.call(handle, false, "set", new Remote.Val(value));
  }

  /** {@code v.value}. */
  public Object getValue() throws InterruptedException {
    return get();
  }

  /** {@code v.value = x}. */
  public void setValue(Object value) throws InterruptedException {
    set(value);
  }

  /**
   * Replaces the value with {@code f} of it as one step: {@code f} runs here, and the new value is
   * stored only if no other process changed the value meanwhile; otherwise it runs again on the
   * newer value. Returns the value stored.
   */
  public Object update(UnaryOperator<Object> f) throws InterruptedException {
    while (true) {
      Object before = get();
      Object after = f.apply(before);
      Remote.Val expected = new Remote.Val(before);
      if ((Boolean) remote.call(handle, false, "compareAndSet", expected, new Remote.Val(after))) {
        return after;
      }
    }
  }

  /** Adds {@code delta} in one step in the parent; returns the value before. */
  public Object getAndAdd(Number delta) throws InterruptedException {
    return remote.call(handle, false, "getAndAdd", new Remote.Val(delta));
  }

  /** The value, as it prints. */
  @Override
  public String toString() {
    try {
      return Objects.toString(get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return handle.label();
    }
  }
}
