package dev.conch.process.calls;

import dev.conch.process.WireValues;
import dev.conch.runtime.queue.Queue;
import dev.conch.runtime.shared.PipeEnd;
import dev.conch.runtime.shared.SharedDict;
import dev.conch.runtime.shared.SharedList;
import dev.conch.runtime.shared.SharedValue;
import dev.conch.runtime.sync.Barrier;
import dev.conch.runtime.sync.Condition;
import dev.conch.runtime.sync.Event;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.sync.Semaphore;
import dev.conch.runtime.task.Task;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * The operations a proxy may ask of the parent's object, by method name, done on the calling agent
 * thread. Each proxy class of the child names the same operations. Stateless.
 */
final class Operations {
  private Operations() {}

  /** The arguments of one call: flags and numbers as JSON, values as copies. */
  interface Args {
    boolean flag(int i);

    double seconds(int i);

    int number(int i);

    Object value(int i) throws Exception;
  }

  /** What the agent doing the call holds: its locks, and the child's permits. */
  record Holder(ChildHoldings.Locks locks, ChildHoldings permits) {}

  /** Does {@code method} of {@code target}; returns its value (null for none). */
  static Object invoke(Object target, String method, Args a, Holder h) throws Exception {
    if (method.equals("str")) {
      return target.toString();
    }
    return switch (target) {
      case Lock l -> lock(l, method, a, h);
      case Semaphore s -> semaphore(s, method, a, h);
      case Condition c -> condition(c, method, a, h);
      case Event e -> event(e, method, a);
      case Barrier b -> barrier(b, method, a);
      case Queue q -> queue(q, method, a);
      case PipeEnd p -> pipe(p, method, a);
      case SharedDict d -> dict(d, method, a);
      case SharedList l -> list(l, method, a);
      case SharedValue v -> value(v, method, a);
      default -> throw unknown(target, method);
    };
  }

  private static Object lock(Lock l, String method, Args a, Holder h) throws Exception {
    return switch (method) {
      case "acquire" -> took(l, l.acquire(a.flag(0), a.seconds(1)), h);
      case "release" -> {
        l.release();
        yield null;
      }
      case "locked" -> l.locked();
      case "owner" -> {
        Task owner = l.owner();
        yield owner == null ? null : owner.getName();
      }
      default -> throw unknown(l, method);
    };
  }

  private static boolean took(Lock l, boolean taken, Holder h) {
    if (taken) {
      h.locks().took(l);
    }
    return taken;
  }

  private static Object semaphore(Semaphore s, String method, Args a, Holder h) throws Exception {
    return switch (method) {
      case "acquire" -> {
        boolean taken = s.acquire(a.flag(0), a.seconds(1));
        if (taken) {
          h.permits().permits(s, 1);
        }
        yield taken;
      }
      case "release" -> {
        s.release(a.number(0));
        h.permits().permits(s, -a.number(0));
        yield null;
      }
      case "free" -> s.free();
      default -> throw unknown(s, method);
    };
  }

  private static Object condition(Condition c, String method, Args a, Holder h) throws Exception {
    return switch (method) {
      case "acquire" -> took(c.getLock(), c.acquire(a.flag(0), a.seconds(1)), h);
      case "release" -> {
        c.release();
        yield null;
      }
      case "await" -> c.await(a.seconds(0));
      case "signal" -> {
        c.signal(a.number(0));
        yield null;
      }
      case "signalAll" -> {
        c.signalAll();
        yield null;
      }
      case "waiting" -> c.waiting();
      default -> throw unknown(c, method);
    };
  }

  private static Object event(Event e, String method, Args a) throws Exception {
    switch (method) {
      case "set" -> e.set();
      case "clear" -> e.clear();
      case "isSet" -> {
        return e.isSet();
      }
      case "await" -> {
        return e.await(a.seconds(0));
      }
      default -> throw unknown(e, method);
    }
    return null;
  }

  private static Object barrier(Barrier b, String method, Args a) throws Exception {
    switch (method) {
      case "await" -> {
        return b.await(a.seconds(0));
      }
      case "parties" -> {
        return b.getParties();
      }
      case "waiting" -> {
        return b.getWaiting();
      }
      case "broken" -> {
        return b.isBroken();
      }
      case "abort" -> b.abort();
      case "reset" -> b.reset();
      default -> throw unknown(b, method);
    }
    return null;
  }

  private static Object queue(Queue q, String method, Args a) throws Exception {
    switch (method) {
      case "put" -> q.put(a.value(0), a.flag(1), a.seconds(2));
      case "get" -> {
        return q.get(a.flag(0), a.seconds(1));
      }
      case "qsize" -> {
        return q.qsize();
      }
      case "empty" -> {
        return q.empty();
      }
      case "full" -> {
        return q.full();
      }
      case "maxsize" -> {
        return q.getMaxsize();
      }
      case "taskDone" -> q.taskDone();
      case "join" -> q.join();
      case "takeNext" -> {
        Iterator<Object> step = q.takeUntil(a.value(0)).iterator();
        return step.hasNext() ? step.next() : WireValues.END;
      }
      case "iterator" -> q.iterator();
      default -> throw unknown(q, method);
    }
    return null;
  }

  private static Object pipe(PipeEnd p, String method, Args a) throws Exception {
    switch (method) {
      case "send" -> p.send(a.value(0));
      case "recv" -> {
        return p.recv();
      }
      case "poll" -> {
        return p.poll(a.seconds(0));
      }
      case "close" -> p.close();
      case "closed" -> {
        return p.isClosed();
      }
      default -> throw unknown(p, method);
    }
    return null;
  }

  private static Object dict(SharedDict d, String method, Args a) throws Exception {
    return switch (method) {
      case "get" -> d.get(a.value(0));
      case "put" -> d.put(a.value(0), a.value(1));
      case "remove" -> d.remove(a.value(0));
      case "containsKey" -> d.containsKey(a.value(0));
      case "size" -> d.size();
      case "clear" -> {
        d.clear();
        yield null;
      }
      case "snapshot" -> new LinkedHashMap<>(d);
      default -> throw unknown(d, method);
    };
  }

  private static Object list(SharedList l, String method, Args a) throws Exception {
    return switch (method) {
      case "get" -> l.get(a.number(0));
      case "set" -> l.set(a.number(0), a.value(1));
      case "add" -> l.add(a.value(0));
      case "insert" -> {
        l.add(a.number(0), a.value(1));
        yield null;
      }
      case "remove" -> l.remove(a.number(0));
      case "size" -> l.size();
      case "snapshot" -> new ArrayList<>(l.snapshot());
      default -> throw unknown(l, method);
    };
  }

  private static Object value(SharedValue v, String method, Args a) throws Exception {
    return switch (method) {
      case "get" -> v.get();
      case "set" -> {
        v.set(a.value(0));
        yield null;
      }
      case "compareAndSet" -> v.compareAndSet(a.value(0), a.value(1));
      case "getAndAdd" -> v.getAndAdd((Number) a.value(0));
      default -> throw unknown(v, method);
    };
  }

  private static IllegalArgumentException unknown(Object target, String method) {
    return new IllegalArgumentException(
        "proxy: " + Exports.kind(target) + " has no operation '" + method + "'");
  }
}
