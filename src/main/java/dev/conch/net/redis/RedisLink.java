package dev.conch.net.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conch.runtime.Rethrow;
import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.errors.OSError;
import dev.conch.runtime.errors.TypeError;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * One session's connections to one Redis server: a pool of them (a blocked {@code get} holds one
 * while it waits), this session's name as a consumer, and its heartbeat. While the session lives, a
 * key {@code conch:alive:ID} is set again every second with a lease of three seconds; a queue whose
 * consumer's key has expired gives that consumer's in-flight items to the others. Items travel as
 * JSON (Jackson), so that a Python program with {@code redis-py} reads them too.
 *
 * <p>Thread-safe: the pool hands each call its own connection; the heartbeat runs on one virtual
 * thread owned by the link and stopped by {@link #close()}.
 */
public final class RedisLink implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TIMEOUT_MILLIS = 2000;

  private final RedisAddress address;
  private final RedisClient client;
  private final String consumer = UUID.randomUUID().toString();
  // how often this session says it is alive; its lease is three times as long
  private final long beatMillis = Long.getLong("conch.redis.beatMillis", 1000);
  private Thread heartbeat; // guarded by this
  private volatile boolean closed;

  private RedisLink(RedisAddress address, RedisClient client) {
    this.address = address;
    this.client = client;
  }

  /** Connects to {@code address} and checks that the server answers. */
  public static RedisLink open(RedisAddress address) {
    GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
    pool.setMaxTotal(64);
    pool.setMaxIdle(8);
    pool.setJmxEnabled(false);
    DefaultJedisClientConfig.Builder config =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(TIMEOUT_MILLIS)
            .socketTimeoutMillis(TIMEOUT_MILLIS)
            .database(address.database())
            .clientName("conch");
    if (address.user() != null) {
      config.user(address.user());
    }
    if (address.password() != null) {
      config.password(address.password());
    }
    RedisClient client =
        RedisClient.builder()
            .hostAndPort(address.host(), address.port())
            .clientConfig(config.build())
            .poolConfig(pool)
            .build();
    RedisLink link = new RedisLink(address, client);
    try {
      link.call(UnifiedJedis::ping);
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
    return link;
  }

  /** Whether the link is closed: its session has ended. */
  boolean closed() {
    return closed;
  }

  /** The server, its password hidden. */
  public RedisAddress address() {
    return address;
  }

  /** This session's name as a consumer of queues. */
  String consumer() {
    return consumer;
  }

  /** The key that says this session (or {@code who}) is alive. */
  static String aliveKey(String who) {
    return "conch:alive:" + who;
  }

  /**
   * Runs {@code command} on a pooled connection; a server that is down, gone or refusing gives one
   * line naming the URL.
   */
  <T> T call(Function<UnifiedJedis, T> command) {
    try {
      return command.apply(client);
    } catch (JedisConnectionException e) {
      if (Thread.currentThread().isInterrupted()) { // Ctrl-C closed the socket a call waited on
        Thread.interrupted();
        throw Rethrow.unchecked(new InterruptedException("redis " + address + ": interrupted"));
      }
      throw new OSError(
          "redis.down", "redis %s: the server cannot be reached (%s)", address, reason(e));
    } catch (JedisException e) {
      throw new OSError("redis.refused", "redis %s: %s", address, Errors.oneLine(e));
    }
  }

  /** Why a connection failed, in a few words: refused, timed out, an unknown host, or as said. */
  private static String reason(Throwable e) {
    String said = e.getMessage();
    java.util.List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
      chain.addAll(java.util.List.of(t.getSuppressed()));
    }
    for (Throwable t : chain) {
      if (t instanceof java.net.ConnectException) {
        return "connection refused: is redis-server running there?";
      }
      if (t instanceof java.net.SocketTimeoutException) {
        return "no answer within " + TIMEOUT_MILLIS / 1000 + " s";
      }
      if (t instanceof java.net.UnknownHostException) {
        return "unknown host";
      }
      if (t.getMessage() != null) {
        said = t.getMessage();
      }
    }
    return said == null ? e.getClass().getSimpleName() : said.replaceAll("\\.$", "");
  }

  /** From now on (once) this session says it is alive, so that its in-flight items stay its own. */
  synchronized void keepAlive() {
    if (heartbeat != null || closed) {
      return;
    }
    beat();
    heartbeat = Thread.ofVirtual().name("redis-heartbeat").start(this::beatUntilClosed);
  }

  private void beat() {
    call(r -> r.set(aliveKey(consumer), "1", SetParams.setParams().px(3 * beatMillis)));
  }

  private void beatUntilClosed() {
    while (!closed) {
      try {
        Thread.sleep(beatMillis);
        beat();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // the server is away for now: the next beat tries again, and calls say why they fail
      }
    }
  }

  /** {@code value} as the JSON text that travels, or a one-line error naming what cannot. */
  static String encode(Object value, String label) {
    requireJson(value, label);
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new TypeError("redis.json", "%s: %s", label, Errors.oneLine(e));
    }
  }

  /** The value {@code text} holds: numbers, strings, booleans, null, lists and maps. */
  static Object decode(String text, String label) {
    try {
      return JSON.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new TypeError(
          "redis.notjson", "%s: an item is not JSON, so it cannot be read: %s", label, text);
    }
  }

  private static void requireJson(Object value, String label) {
    if (value == null
        || value instanceof Number
        || value instanceof CharSequence
        || value instanceof Boolean) {
      return;
    }
    if (value instanceof List<?> list) {
      list.forEach(v -> requireJson(v, label));
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            if (!(k instanceof CharSequence)) {
              throw new TypeError(
                  "redis.key",
                  "%s: a map key must be a string to travel as JSON, not a %s (%s)",
                  label,
                  k == null ? "null" : k.getClass().getSimpleName(),
                  k);
            }
            requireJson(v, label);
          });
      return;
    }
    throw new TypeError(
        "redis.type",
        "%s: a %s cannot travel through Redis; put numbers, strings, booleans, lists and maps"
            + " with string keys (they go as JSON)",
        label,
        value.getClass().getSimpleName());
  }

  /** Stops the heartbeat and closes the connections; a blocked call ends with an error. */
  @Override
  public void close() {
    Thread beating;
    synchronized (this) {
      closed = true;
      beating = heartbeat;
    }
    if (beating != null) {
      beating.interrupt();
      try {
        beating.join(TIMEOUT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    client.close();
  }

  /** Drops the connections without a word to the server, as a killed process would (for tests). */
  void vanish() {
    synchronized (this) {
      closed = true;
      if (heartbeat != null) {
        heartbeat.interrupt();
      }
    }
    client.close();
  }
}
