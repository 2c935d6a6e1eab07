package dev.conch.process.calls;

import dev.conch.process.Handle;
import dev.conch.runtime.queue.Queue;
import dev.conch.runtime.shared.PipeEnd;
import dev.conch.runtime.shared.SharedDict;
import dev.conch.runtime.shared.SharedList;
import dev.conch.runtime.shared.SharedValue;
import dev.conch.runtime.sync.Barrier;
import dev.conch.runtime.sync.Condition;
import dev.conch.runtime.sync.Event;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.sync.RLock;
import dev.conch.runtime.sync.Semaphore;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The parent's runtime objects that children may use through proxies, each with a number: what
 * travels to a child in place of such an object is its {@link Handle}, and a child's call names it
 * by that number. The same object always gets the same handle.
 *
 * <p>Thread-safe: both maps are guarded by {@code this}. Objects stay exported for the life of the
 * session, since a child may still hold a handle of any of them.
 */
public final class Exports {
  private final Map<Object, Handle> handles = new IdentityHashMap<>(); // guarded by this
  private final Map<Long, Object> objects = new HashMap<>(); // guarded by this
  private long last; // guarded by this

  /**
   * The handle of {@code o} when it is a runtime object a child can use through a proxy (a lock,
   * rlock, semaphore, event, condition, barrier, queue, pipe end, or a manager's dict, list or
   * value), the same every time; null for any other object.
   */
  public Handle handleFor(Object o) {
    String kind = kind(o);
    if (kind == null) {
      return null;
    }
    synchronized (this) {
      Handle h = handles.get(o);
      if (h == null) {
        h = new Handle(++last, kind, label(o));
        handles.put(o, h);
        objects.put(h.id(), o);
      }
      return h;
    }
  }

  /**
   * The object exported as number {@code id}.
   *
   * @throws IllegalArgumentException when no object has that number
   */
  public synchronized Object lookup(long id) {
    Object o = objects.get(id);
    if (o == null) {
      throw new IllegalArgumentException("proxy: no object number " + id + " in this session");
    }
    return o;
  }

  /** What kind of proxy {@code o} needs, or null when it cannot have one. */
  static String kind(Object o) {
    return switch (o) {
      case RLock l -> "rlock";
      case Lock l -> "lock";
      case Semaphore s -> "semaphore";
      case Event e -> "event";
      case Condition c -> "condition";
      case Barrier b -> "barrier";
      case Queue q -> "queue";
      case PipeEnd p -> "pipe";
      case SharedDict d -> "dict";
      case SharedList l -> "list";
      case SharedValue v -> "value";
      case null, default -> null;
    };
  }

  private static String label(Object o) {
    return switch (o) {
      case Lock l -> l.label();
      case Semaphore s -> s.label();
      case Event e -> "event " + e.getName();
      case Condition c -> c.label();
      case Barrier b -> b.label();
      case Queue q -> q.label();
      case PipeEnd p -> p.label();
      case SharedDict d -> d.label();
      case SharedList l -> l.label();
      case SharedValue v -> v.label();
      default -> String.valueOf(o);
    };
  }
}
