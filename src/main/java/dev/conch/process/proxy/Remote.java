package dev.conch.process.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conch.process.Handle;
import dev.conch.process.WireValues;
import dev.conch.process.channel.ChannelClient;
import dev.conch.process.channel.Frame;
import dev.conch.runtime.Rethrow;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The child's side of the proxies: sends one proxied call to the parent and turns the reply back
 * into a value or the parent's error. A call that may wait (an acquire, a get) waits as long as the
 * parent's object makes it; others give up after {@link #QUICK}. When the calling thread is
 * interrupted while it waits, the parent is told to cancel the call, and the call ends as the
 * parent says it did: interrupted, or done after all (then its value is returned and the thread's
 * interrupt flag stays set, so that nothing the call did is lost).
 *
 * <p>Thread-safe: the client is, and {@code seqs} is atomic.
 */
final class Remote {
  /** How long a call that does not wait may take: the parent answers at once unless it is lost. */
  static final Duration QUICK = Duration.ofSeconds(60);

  /** How long a call that waits may take: as long as it takes (a century). */
  static final Duration FOREVER = Duration.ofDays(36_500);

  private static final int CANCEL_TRIES = 3;

  private final ChannelClient client;
  private final ClassLoader loader;
  private final UnaryOperator<Object> resolve;
  private final AtomicLong seqs = new AtomicLong();

  /** An argument to copy as a value (an item, a key), not to send as a flag or a number. */
  record Val(Object value) {}

  Remote(ChannelClient client, ClassLoader loader, UnaryOperator<Object> resolve) {
    this.client = client;
    this.loader = loader;
    this.resolve = resolve;
  }

  /**
   * Does {@code method} of the parent's object {@code h} with {@code args} (booleans and numbers as
   * they are, {@link Val}s as copies); returns its value. A call that {@code waits} waits as long
   * as the parent's object makes it, others at most {@link #QUICK}.
   */
  Object call(Handle h, boolean waits, String method, Object... args) throws InterruptedException {
    long seq = seqs.incrementAndGet();
    long tid = Thread.currentThread().threadId();
    ObjectNode call = Frame.object().put("op", "proxy").put("id", h.id()).put("m", method);
    call.put("tid", tid).put("seq", seq);
    try {
      encode(call.putArray("a"), args);
      JsonNode reply;
      try {
        reply = client.call(call, waits ? FOREVER : QUICK);
      } catch (InterruptedException e) {
        return cancelled(h, tid, seq, waits, e);
      }
      return valueOf(h, reply);
    } catch (IOException e) {
      throw ProxyError.lost(h.label(), e.getMessage() != null ? e.getMessage() : e.toString());
    }
  }

  private static void encode(ArrayNode a, Object[] args) throws IOException {
    for (Object arg : args) {
      switch (arg) {
        case Boolean b -> a.add(b);
        case Integer i -> a.add(i);
        case Double d -> a.add(d);
        case Val v -> a.add(WireValues.encode(v.value(), Remote::handleOf));
        default -> throw new IllegalArgumentException("proxy: cannot send " + arg);
      }
    }
  }

  /** A proxy travels back to the parent as the handle it came as. */
  private static Object handleOf(Object o) {
    return o instanceof Proxied p ? p.handle() : o;
  }

  /**
   * The value of call {@code seq}, whose caller was interrupted, as the parent says it ended; a
   * call that waits is interrupted in the parent ({@code interrupt}), one that does not is let
   * finish.
   */
  private Object cancelled(
      Handle h, long tid, long seq, boolean interrupt, InterruptedException interruption)
      throws InterruptedException, IOException {
    ObjectNode cancel = Frame.object().put("op", "proxy.cancel").put("tid", tid).put("seq", seq);
    cancel.put("interrupt", interrupt);
    JsonNode reply = null;
    for (int i = 0; i < CANCEL_TRIES && reply == null; i++) {
      Thread.interrupted(); // the interrupt is not forgotten: it is thrown or set again below
      try {
        reply = client.call(cancel, QUICK);
      } catch (InterruptedException again) {
        // interrupted once more while asking: ask again
      }
    }
    if (reply == null) {
      throw interruption;
    }
    Throwable error = WireValues.errorOf(reply, h.label(), loader, resolve);
    if (error instanceof InterruptedException) {
      throw interruption;
    }
    Thread.currentThread().interrupt(); // the call was done after all; the interrupt stays
    return valueOf(h, reply);
  }

  private Object valueOf(Handle h, JsonNode reply) throws IOException, InterruptedException {
    Throwable error = WireValues.errorOf(reply, h.label(), loader, resolve);
    if (error != null) {
      throw Rethrow.unchecked(error);
    }
    return WireValues.decode(reply.get("v"), loader, resolve);
  }

  /** A timeout in seconds as Python gives it: null or negative waits as long as it takes. */
  static double seconds(Number seconds) {
    return seconds == null ? -1 : seconds.doubleValue();
  }
}
