package dev.conch.process.proxy;

import dev.conch.process.Handle;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;

/**
 * A child's proxy for a manager's list in the parent: each step ({@code l << x}, {@code l[i]},
 * {@code size()}) is a message to the parent; iterating and printing use a copy of the whole list
 * taken at that moment. Thread-safe.
 */
public final class ProxyList extends AbstractList<Object> implements RandomAccess, Proxied {
  private final Remote remote;
  private final Handle handle;

  ProxyList(Remote remote, Handle handle) {
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

  @Override
  public Object get(int index) {
    return call("get", index);
  }

  @Override
  public Object set(int index, Object element) {
    return call("set", index, new Remote.Val(element));
  }

  @Override
  public boolean add(Object element) {
    return (Boolean) call("add", new Remote.Val(element));
  }

  @Override
  public void add(int index, Object element) {
    call("insert", index, new Remote.Val(element));
  }

  @Override
  public Object remove(int index) {
    return call("remove", index);
  }

  @Override
  public int size() {
    return (Integer) call("size");
  }

  /** Python's {@code l.append(x)}: adds {@code item} at the end. */
  public void append(Object item) {
    add(item);
  }

  /** Python's {@code l.extend(xs)}: adds each of {@code more} at the end, in order. */
  public void extend(Iterable<?> more) {
    for (Object item : more) {
      add(item);
    }
  }

  /** A copy of the whole list now. */
  @SuppressWarnings("unchecked")
  public List<Object> snapshot() {
    return (List<Object>) call("snapshot");
  }

  /** Walks a copy of the list taken now. */
  @Override
  public Iterator<Object> iterator() {
    return snapshot().iterator();
  }

  @Override
  public Handle handle() {
    return handle;
  }

  /** The list's contents, as a list prints. */
  @Override
  public String toString() {
    return snapshot().toString();
  }
}
