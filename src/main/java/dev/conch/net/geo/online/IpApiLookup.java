package dev.conch.net.geo.online;

import dev.conch.net.geo.GeoOptions;
import dev.conch.net.geo.GeoProgress;
import dev.conch.net.geo.GeoRow;
import dev.conch.net.geo.GeoWorkers;
import dev.conch.net.geo.online.IpApiClient.Answer;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lookups through one ip-api endpoint for a whole session: a cache (the same address and fields
 * never cost a second request), and the two budgets kept apart ({@value #SINGLE_LIMIT} single
 * requests and {@value #BATCH_LIMIT} batches a minute, learnt from the answers). One uncached
 * address goes to {@code /json}; more go in batches of up to 100, several at once on virtual
 * threads named {@code geo-ipapi-N}, each waiting for its budget rather than being refused.
 *
 * <p>Thread-safe: the cache is concurrent, the budgets guard themselves; a call's threads are owned
 * by it and stopped and joined before {@link #run} returns.
 */
public final class IpApiLookup {
  /** ip-api's published limit for {@code /json}, per minute. */
  static final int SINGLE_LIMIT = 45;

  /** ip-api's published limit for {@code /batch}, per minute. */
  static final int BATCH_LIMIT = 15;

  /** How many times a refused request is sent again. */
  static final int ATTEMPTS = 6;

  private static final int CACHE_MOST = 1_000_000;

  private final IpApiClient client;
  private final RateBudget single = new RateBudget("single", SINGLE_LIMIT);
  private final RateBudget batch = new RateBudget("batch", BATCH_LIMIT);
  private final Map<String, GeoRow> cache = new ConcurrentHashMap<>();

  public IpApiLookup(IpApiClient client) {
    this.client = client;
  }

  /** The endpoint's base. */
  URI base() {
    return client.base();
  }

  /**
   * Fills {@code rows[i]} with where {@code ips[i]} is. Interrupted, stops at once and leaves the
   * rest null.
   *
   * @throws IOException when the endpoint could not be reached at all
   */
  public void run(List<String> ips, GeoOptions options, GeoRow[] rows, GeoProgress progress)
      throws IOException, InterruptedException {
    IpApiFields fields = IpApiFields.of(options.fields());
    Map<String, List<Integer>> pending = new LinkedHashMap<>();
    for (int i = 0; i < ips.size(); i++) {
      GeoRow cached = cache.get(key(ips.get(i), fields));
      if (cached != null) {
        rows[i] = cached;
        progress.done(1);
      } else {
        pending.computeIfAbsent(ips.get(i), ip -> new ArrayList<>()).add(i);
      }
    }
    List<String> unique = List.copyOf(pending.keySet());
    if (unique.size() == 1) {
      ask(new Call(unique, fields, options, rows, progress, pending), single, true);
    } else if (!unique.isEmpty()) {
      inBatches(new Call(unique, fields, options, rows, progress, pending));
    }
  }

  /** What one call asks, and where its answers go. */
  private record Call(
      List<String> unique,
      IpApiFields fields,
      GeoOptions options,
      GeoRow[] rows,
      GeoProgress progress,
      Map<String, List<Integer>> where) {

    Call part(int from, int to) {
      return new Call(unique.subList(from, to), fields, options, rows, progress, where);
    }
  }

  private void inBatches(Call call) throws IOException, InterruptedException {
    int chunks = (call.unique().size() + IpApiClient.BATCH - 1) / IpApiClient.BATCH;
    int workers = Math.min(call.options().parallel(), chunks);
    AtomicInteger next = new AtomicInteger();
    List<GeoWorkers.Part> parts = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      parts.add(() -> work(call, chunks, next));
    }
    GeoWorkers.runAll("geo-ipapi-", parts);
  }

  /** Takes chunk after chunk until none is left. */
  private void work(Call call, int chunks, AtomicInteger next)
      throws IOException, InterruptedException {
    for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
      int from = c * IpApiClient.BATCH;
      int to = Math.min(from + IpApiClient.BATCH, call.unique().size());
      ask(call.part(from, to), batch, false);
    }
  }

  /** Sends one request for {@code call}'s addresses, again after each refusal, and files rows. */
  private void ask(Call call, RateBudget budget, boolean alone)
      throws IOException, InterruptedException {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      budget.acquire(call.progress()::waiting);
      Answer answer = send(call, budget, alone);
      if (answer.status() == 429) {
        budget.refused(answer.secondsToReset());
        continue;
      }
      budget.answered(answer.requestsLeft(), answer.secondsToReset());
      file(call, answer, alone);
      return;
    }
    fail(call, "too many requests (HTTP 429)");
  }

  private Answer send(Call call, RateBudget budget, boolean alone)
      throws IOException, InterruptedException {
    call.progress().sent();
    try {
      return alone
          ? client.single(call.unique().getFirst(), call.fields().param(), call.options().timeout())
          : client.batch(call.unique(), call.fields().param(), call.options().timeout());
    } catch (IOException | InterruptedException | RuntimeException e) {
      budget.lost();
      throw e;
    }
  }

  /** Files the rows an answer gives; an answer that is no list of rows fails them all. */
  private void file(Call call, Answer answer, boolean alone) {
    var body = answer.body();
    boolean fits =
        answer.status() == 200
            && body != null
            && (alone ? body.isObject() : body.isArray() && body.size() == call.unique().size());
    if (!fits) {
      fail(call, answer.status() == 200 ? "unreadable answer" : "HTTP " + answer.status());
      return;
    }
    for (int i = 0; i < call.unique().size(); i++) {
      String ip = call.unique().get(i);
      GeoRow row = call.fields().row(ip, alone ? body : body.get(i));
      if (cache.size() < CACHE_MOST) {
        cache.put(key(ip, call.fields()), row);
      }
      place(call, ip, row);
    }
  }

  private static void fail(Call call, String why) {
    for (String ip : call.unique()) {
      place(call, ip, GeoRow.failed(ip, why, IpApiFields.SOURCE));
    }
  }

  private static void place(Call call, String ip, GeoRow row) {
    List<Integer> indexes = call.where().get(ip);
    for (int index : indexes) {
      call.rows()[index] = row;
    }
    call.progress().done(indexes.size());
  }

  private static String key(String ip, IpApiFields fields) {
    return ip + "|" + fields.param();
  }
}
