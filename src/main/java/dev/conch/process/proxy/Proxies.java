package dev.conch.process.proxy;

import dev.conch.process.Handle;
import dev.conch.process.JvmCopies;
import dev.conch.process.channel.ChannelClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The child's proxies for the parent's runtime objects, one per handle: {@link #proxyFor(Handle)}
 * is the resolve hook of {@link JvmCopies#read} in a child, so that a lock or queue arriving in a
 * shipment is a proxy that calls the parent. Values read from replies are looked up in the
 * learner's class loader.
 *
 * <p>Thread-safe: proxies are made once per handle in a concurrent map; each proxy is thread-safe.
 */
public final class Proxies {
  /** The proxies' classes, one per kind {@link #proxyFor} knows. */
  public static final List<Class<?>> TYPES =
      List.of(
          ProxyLock.class,
          ProxySemaphore.class,
          ProxyEvent.class,
          ProxyCondition.class,
          ProxyBarrier.class,
          ProxyQueue.class,
          ProxyPipeEnd.class,
          ProxyDict.class,
          ProxyList.class,
          ProxyValue.class);

  private final Remote remote;
  private final Map<Long, Object> made = new ConcurrentHashMap<>();

  /** Proxies calling the parent over {@code client}; values' classes come from {@code loader}. */
  public Proxies(ChannelClient client, ClassLoader loader) {
    this.remote = new Remote(client, loader, this::resolve);
  }

  /**
   * The proxy for the parent's object {@code h}, the same one for the same handle.
   *
   * @throws IllegalArgumentException for a kind no proxy exists for
   */
  public Object proxyFor(Handle h) {
    return made.computeIfAbsent(h.id(), id -> make(h));
  }

  /** {@code o}'s proxy when it is a {@link Handle}, else {@code o}: a resolve hook as it is. */
  public Object resolve(Object o) {
    return o instanceof Handle h ? proxyFor(h) : o;
  }

  private Object make(Handle h) {
    return switch (h.kind()) {
      case "lock", "rlock" -> new ProxyLock(remote, h);
      case "semaphore" -> new ProxySemaphore(remote, h);
      case "event" -> new ProxyEvent(remote, h);
      case "condition" -> new ProxyCondition(remote, h);
      case "barrier" -> new ProxyBarrier(remote, h);
      case "queue" -> new ProxyQueue(remote, h);
      case "pipe" -> new ProxyPipeEnd(remote, h);
      case "dict" -> new ProxyDict(remote, h);
      case "list" -> new ProxyList(remote, h);
      case "value" -> new ProxyValue(remote, h);
      default -> throw new IllegalArgumentException("proxy: no proxy for a " + h.kind());
    };
  }
}
