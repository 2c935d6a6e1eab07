package dev.conch.process.proxy;

import dev.conch.process.Handle;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A child's proxy for a manager's dict in the parent: a map whose every step ({@code d[k]}, {@code
 * d[k] = v}, {@code size()}, {@code containsKey}) is a message to the parent, and whose views and
 * printing use a copy of the whole dict taken at that moment. {@code d[k] += 1} is two steps, and
 * other processes may come between them. Thread-safe.
 */
public final class ProxyDict extends AbstractMap<Object, Object> implements Proxied {
  private final Remote remote;
  private final Handle handle;

  ProxyDict(Remote remote, Handle handle) {
    this.remote = remote;
    this.handle = handle;
  }

  private Object call(String method, Object... args) {
    try {
      return remote.call(handle, false, method, args);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ProxyError.lost(handle.label(), "interrupted");
    }
  }

  private static Remote.Val val(Object o) {
    return new Remote.Val(o);
  }

  @Override
  public Object get(Object key) {
    return call("get", val(key));
  }

  @Override
  public Object put(Object key, Object value) {
    return call("put", val(key), val(value));
  }

  @Override
  public Object remove(Object key) {
    return call("remove", val(key));
  }

  @Override
  public boolean containsKey(Object key) {
    return (Boolean) call("containsKey", val(key));
  }

  @Override
  public int size() {
    return (Integer) call("size");
  }

  @Override
  public void clear() {
    call("clear");
  }

  /** A copy of the whole dict now. */
  @SuppressWarnings("unchecked")
  public Map<Object, Object> snapshot() {
    return (Map<Object, Object>) call("snapshot");
  }

  @Override
  public Set<Map.Entry<Object, Object>> entrySet() {
    return snapshot().entrySet();
  }

  /** Python's {@code keys()}. */
  public List<Object> keys() {
    return new ArrayList<>(snapshot().keySet());
  }

  /** Python's {@code items()}: {@code [key, value]} pairs. */
  public List<List<Object>> items() {
    List<List<Object>> pairs = new ArrayList<>();
    snapshot().forEach((k, v) -> pairs.add(java.util.Arrays.asList(k, v)));
    return pairs;
  }

  @Override
  public Handle handle() {
    return handle;
  }

  /** The dict's contents, as a map prints. */
  @Override
  public String toString() {
    return new LinkedHashMap<>(snapshot()).toString();
  }
}
