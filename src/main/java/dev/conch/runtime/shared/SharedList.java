package dev.conch.runtime.shared;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list made by a {@link Manager}, shared by the tasks of this process and, through proxies, by
 * child processes; it prints like any list. {@code l << x} and {@code add} are one step each.
 *
 * <p>Thread-safe: every method holds the list's monitor, guarding {@code items}. Iterating walks a
 * copy taken when it starts, so it never fails while others change the list.
 */
public final class SharedList extends AbstractList<Object> implements RandomAccess {
  private final Manager manager;
  private final String name;
  private final List<Object> items = new ArrayList<>(); // guarded by this

  SharedList(Manager manager, String name) {
    this.manager = manager;
    this.name = name;
  }

  @Override
  public synchronized Object get(int index) {
    manager.requireOpen(label());
    return items.get(index);
  }

  @Override
  public synchronized Object set(int index, Object element) {
    manager.requireOpen(label());
    return items.set(index, element);
  }

  @Override
  public synchronized void add(int index, Object element) {
    manager.requireOpen(label());
    items.add(index, element);
    modCount++;
  }

  @Override
  public synchronized Object remove(int index) {
    manager.requireOpen(label());
    modCount++;
    return items.remove(index);
  }

  @Override
  public synchronized int size() {
    manager.requireOpen(label());
    return items.size();
  }

  /** Python's {@code l.append(x)}: adds {@code item} at the end. */
  public void append(Object item) {
    add(item);
  }

  /** Python's {@code l.extend(xs)}: adds each of {@code more} at the end, in order. */
  public synchronized void extend(Iterable<?> more) {
    for (Object item : more) {
      add(item);
    }
  }

  /** A copy of the elements now, in order. */
  public synchronized List<Object> snapshot() {
    manager.requireOpen(label());
    return new ArrayList<>(items);
  }

  /** Walks a copy of the elements taken now. */
  @Override
  public Iterator<Object> iterator() {
    return snapshot().iterator();
  }

  /** How the list is named in messages: {@code list manager-1.list-2}. */
  public String label() {
    return "list " + name;
  }
}
