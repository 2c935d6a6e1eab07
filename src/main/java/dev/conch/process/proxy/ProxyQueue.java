package dev.conch.process.proxy;

import dev.conch.process.Handle;
import dev.conch.process.WireValues;
import dev.conch.runtime.Rethrow;
import dev.conch.runtime.queue.Queueing;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A child's proxy for a queue of the parent (a manager's queue too): items travel as copies, and
 * runtime objects among them as proxies. {@code put}/{@code get} with Python's {@code block} and
 * {@code timeout} (seconds), {@code put_nowait}/{@code get_nowait} raising the parent's {@code
 * Full}/{@code Empty}, {@code q << item}, {@code task_done()}/{@code join()}, and {@code for (x in
 * q.takeUntil(sentinel))}. Thread-safe (each call is a message to the parent).
 */
public final class ProxyQueue extends ProxyBase implements Queueing {
  ProxyQueue(Remote remote, Handle handle) {
    super(remote, handle);
  }

  /** Python's {@code put(item, block, timeout)}, the timeout in seconds. */
  @Override
  public void put(Object item, boolean block, double timeoutSeconds) throws InterruptedException {
    remote.call(handle, block, "put", new Remote.Val(item), block, timeoutSeconds);
  }

  /** {@code q << item}: puts it, waiting for room; returns the queue. */
  public ProxyQueue leftShift(Object item) throws InterruptedException {
    put(item);
    return this;
  }

  /** Python's {@code get(block, timeout)}, the timeout in seconds. */
  @Override
  public Object get(boolean block, double timeoutSeconds) throws InterruptedException {
    return remote.call(handle, block, "get", block, timeoutSeconds);
  }

  /** How many items the queue holds now. */
  public int qsize() throws InterruptedException {
    return (Integer) remote.call(handle, false, "qsize");
  }

  /** Whether it holds no item now. */
  public boolean empty() throws InterruptedException {
    return (Boolean) remote.call(handle, false, "empty");
  }

  /** Whether it is full now. */
  public boolean full() throws InterruptedException {
    return (Boolean) remote.call(handle, false, "full");
  }

  /** The most items it holds; 0 when it has no limit. */
  public int getMaxsize() throws InterruptedException {
    return (Integer) remote.call(handle, false, "maxsize");
  }

  /** Says the work on one item taken is finished. */
  @Override
  public void taskDone() throws InterruptedException {
    remote.call(handle, false, "taskDone");
  }

  /** Waits until every item put so far is finished. */
  public void join() throws InterruptedException {
    remote.call(handle, true, "join");
  }

  /** The parent's queue's label, such as {@code queue jobs}. */
  @Override
  public String label() {
    return toString();
  }

  /** The items, taken one by one until the item taken is {@code sentinel}, as the queue's own. */
  public Iterable<Object> takeUntil(Object sentinel) {
    return () -> new Until(sentinel);
  }

  /**
   * Refused as the parent's queue refuses it: a queue has no end.
   *
   * @throws dev.conch.runtime.errors.MisuseError always
   */
  public Iterator<Object> iterator() throws InterruptedException {
    remote.call(handle, false, "iterator");
    throw new IllegalStateException(handle.label() + ": cannot be iterated");
  }

  /** Walks the items until the sentinel, each taken in the parent; confined to one thread. */
  private final class Until implements Iterator<Object> {
    private final Remote.Val sentinel;
    private Object next;
    private boolean taken;
    private boolean ended;

    Until(Object sentinel) {
      this.sentinel = new Remote.Val(sentinel);
    }

    @Override
    public boolean hasNext() {
      if (!ended && !taken) {
        try {
          next = remote.call(handle, true, "takeNext", sentinel);
        } catch (InterruptedException e) {
          throw Rethrow.unchecked(e);
        }
        taken = true;
        ended = next == WireValues.END;
      }
      return !ended;
    }

    @Override
    public Object next() {
      if (!hasNext()) {
        throw new NoSuchElementException(handle.label() + ": the sentinel was taken");
      }
      taken = false;
      return next;
    }
  }
}
