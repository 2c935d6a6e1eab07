package dev.conch.net.redis;

import java.util.HashMap;
import java.util.Map;

/**
 * One session's Redis servers: a {@link RedisLink} per URL, made on first use, and the queues and
 * locks made on them. Closed with the session. Thread-safe.
 */
public final class Redis implements AutoCloseable {
  private final Map<RedisAddress, RedisLink> links = new HashMap<>(); // guarded by this

  /** The link to {@code url}'s server, connecting on first use. */
  public synchronized RedisLink link(String url) {
    RedisAddress address = RedisAddress.parse(url);
    RedisLink link = links.get(address);
    if (link == null) {
      link = RedisLink.open(address);
      links.put(address, link);
    }
    return link;
  }

  /** The queue {@code name} on {@code url}'s server, giving items in {@code order}. */
  public RedisQueue queue(String url, String name, int maxsize, RedisQueue.Order order) {
    return new RedisQueue(link(url), name, maxsize, order);
  }

  /** The lock {@code name} on {@code url}'s server. */
  public RedisLock lock(String url, String name) {
    return new RedisLock(link(url), name);
  }

  @Override
  public synchronized void close() {
    links.values().forEach(RedisLink::close);
    links.clear();
  }
}
