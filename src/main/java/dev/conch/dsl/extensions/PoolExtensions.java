package dev.conch.dsl.extensions;

import dev.conch.dsl.ClosureJob;
import dev.conch.runtime.pool.AsyncResult;
import dev.conch.runtime.pool.Pool;
import dev.conch.runtime.pool.Results;
import groovy.lang.Closure;
import java.util.List;
import java.util.Map;

/**
 * The Groovy face of {@link Pool}, added as extension methods: each call takes a closure, first as
 * in Python ({@code p.map(f, items)}) or last as in Groovy ({@code p.map(1..10) { it * it }}), in
 * camelCase ({@code mapAsync}, to which {@link SpellingTwins} adds {@code map_async}); named
 * options go first ({@code callback:}, {@code error_callback:}, {@code chunksize:}).
 *
 * <p>Where the pool has a Java method of the same name taking a {@code Job}, an overload taking
 * {@code Iterable} is declared too: without it Groovy would coerce a one-parameter closure to the
 * {@code Job} and hand it the whole argument array. Stateless.
 */
public final class PoolExtensions {
  private PoolExtensions() {}

  // --- map, starmap: wait for every value, in input order

  /** {@code fn} of each item, in the items' order; waits for all. */
  public static List<Object> map(Pool self, Closure<?> fn, Object items) throws Exception {
    return self.map(new ClosureJob(fn), Inputs.items(items));
  }

  /** {@code fn} of each item, in the items' order; waits for all. */
  public static List<Object> map(Pool self, Closure<?> fn, Iterable<?> items) throws Exception {
    return map(self, fn, (Object) items);
  }

  /** {@code fn} of each item, in the items' order; waits for all. */
  public static List<Object> map(Pool self, Object items, Closure<?> fn) throws Exception {
    return map(self, fn, items);
  }

  /** Python's {@code map(func, iterable, chunksize)}. */
  public static List<Object> map(Pool self, Closure<?> fn, Object items, int chunksize)
      throws Exception {
    return self.map(new ClosureJob(fn), Inputs.items(items), chunksize);
  }

  /** {@code fn} of each item, in the items' order; waits for all. */
  public static List<Object> map(Pool self, Closure<?> fn, Iterable<?> items, int chunksize)
      throws Exception {
    return map(self, fn, (Object) items, chunksize);
  }

  /** {@code fn} applied to each list of arguments, in order; waits for all. */
  public static List<Object> starmap(Pool self, Closure<?> fn, Object argLists) throws Exception {
    return self.starmap(new ClosureJob(fn), Inputs.items(argLists));
  }

  /** {@code fn} applied to each list of arguments, in order; waits for all. */
  public static List<Object> starmap(Pool self, Closure<?> fn, Iterable<?> argLists)
      throws Exception {
    return starmap(self, fn, (Object) argLists);
  }

  /** {@code fn} applied to each list of arguments, in order; waits for all. */
  public static List<Object> starmap(Pool self, Object argLists, Closure<?> fn) throws Exception {
    return starmap(self, fn, argLists);
  }

  // --- map_async, starmap_async: an AsyncResult at once

  /** Starts {@code map}; its {@link AsyncResult} comes back at once. */
  public static AsyncResult mapAsync(Pool self, Closure<?> fn, Object items) {
    return mapAsync(self, Map.of(), fn, items);
  }

  /** Starts {@code map}; its {@link AsyncResult} comes back at once. */
  public static AsyncResult mapAsync(Pool self, Closure<?> fn, Iterable<?> items) {
    return mapAsync(self, Map.of(), fn, items);
  }

  /** Python's {@code map_async(func, iterable, chunksize)}, positionally. */
  public static AsyncResult mapAsync(Pool self, Closure<?> fn, Object items, int chunksize) {
    return mapAsync(self, Map.of("chunksize", chunksize), fn, items);
  }

  /** Starts {@code map}; its {@link AsyncResult} comes back at once. */
  public static AsyncResult mapAsync(Pool self, Object items, Closure<?> fn) {
    return mapAsync(self, Map.of(), fn, items);
  }

  /** With {@code callback:}, {@code error_callback:} and {@code chunksize:}. */
  public static AsyncResult mapAsync(
      Pool self, Map<String, ?> options, Closure<?> fn, Object items) {
    Inputs.Options o = Inputs.options("map_async", options, "chunksize");
    return self.mapAsync(
        new ClosureJob(fn), Inputs.items(items), o.chunksize(), o.callback(), o.errorCallback());
  }

  /** Starts {@code map}; its {@link AsyncResult} comes back at once. */
  public static AsyncResult mapAsync(
      Pool self, Map<String, ?> options, Object items, Closure<?> fn) {
    return mapAsync(self, options, fn, items);
  }

  /** Starts {@code starmap}; its {@link AsyncResult} comes back at once. */
  public static AsyncResult starmapAsync(Pool self, Closure<?> fn, Object argLists) {
    return starmapAsync(self, Map.of(), fn, argLists);
  }

  /** Starts {@code starmap}; its {@link AsyncResult} comes back at once. */
  public static AsyncResult starmapAsync(Pool self, Object argLists, Closure<?> fn) {
    return starmapAsync(self, Map.of(), fn, argLists);
  }

  /** With {@code callback:}, {@code error_callback:} and {@code chunksize:}. */
  public static AsyncResult starmapAsync(
      Pool self, Map<String, ?> options, Closure<?> fn, Object argLists) {
    Inputs.Options o = Inputs.options("starmap_async", options, "chunksize");
    return self.starmapAsync(
        new ClosureJob(fn), Inputs.items(argLists), o.chunksize(), o.callback(), o.errorCallback());
  }

  // --- imap, imap_unordered: values one at a time as they come

  /** {@code fn} of each item, handed out as they come, in the items' order. */
  public static Results imap(Pool self, Closure<?> fn, Object items) {
    return self.imap(new ClosureJob(fn), Inputs.items(items));
  }

  /** {@code fn} of each item, handed out as they come, in the items' order. */
  public static Results imap(Pool self, Closure<?> fn, Iterable<?> items) {
    return imap(self, fn, (Object) items);
  }

  /** {@code fn} of each item, handed out as they come, in the items' order. */
  public static Results imap(Pool self, Object items, Closure<?> fn) {
    return imap(self, fn, items);
  }

  /** {@code fn} of each item, handed out as they come, in the items' order. */
  public static Results imap(Pool self, Closure<?> fn, Object items, int chunksize) {
    return self.imap(new ClosureJob(fn), Inputs.items(items), chunksize);
  }

  /** {@code fn} of each item, handed out as they come, in the items' order. */
  public static Results imap(Pool self, Closure<?> fn, Iterable<?> items, int chunksize) {
    return imap(self, fn, (Object) items, chunksize);
  }

  /** {@code fn} of each item, handed out in the order the jobs end. */
  public static Results imapUnordered(Pool self, Closure<?> fn, Object items) {
    return self.imapUnordered(new ClosureJob(fn), Inputs.items(items));
  }

  /** {@code fn} of each item, handed out in the order the jobs end. */
  public static Results imapUnordered(Pool self, Closure<?> fn, Iterable<?> items) {
    return imapUnordered(self, fn, (Object) items);
  }

  /** {@code fn} of each item, handed out in the order the jobs end. */
  public static Results imapUnordered(Pool self, Object items, Closure<?> fn) {
    return imapUnordered(self, fn, items);
  }

  /** {@code fn} of each item, handed out in the order the jobs end. */
  public static Results imapUnordered(Pool self, Closure<?> fn, Object items, int chunksize) {
    return self.imapUnordered(new ClosureJob(fn), Inputs.items(items), chunksize);
  }

  /** {@code fn} of each item, handed out in the order the jobs end. */
  public static Results imapUnordered(Pool self, Closure<?> fn, Iterable<?> items, int chunksize) {
    return imapUnordered(self, fn, (Object) items, chunksize);
  }
}
