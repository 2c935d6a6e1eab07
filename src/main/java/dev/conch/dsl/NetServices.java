package dev.conch.dsl;

import dev.conch.net.fetch.PageFetcher;
import dev.conch.runtime.Runtime;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The network services of each session, made on first use and closed with the session's runtime:
 * for now the HTTP client behind {@code fetch}. Thread-safe.
 */
final class NetServices {
  private static final Map<Runtime, PageFetcher> FETCHERS =
      new WeakHashMap<>(); // guarded by itself

  private NetServices() {}

  /** The page fetcher of {@code runtime}'s session. */
  static PageFetcher fetcher(Runtime runtime) {
    synchronized (FETCHERS) {
      return FETCHERS.computeIfAbsent(
          runtime,
          r -> {
            PageFetcher fetcher = new PageFetcher();
            r.tasks().onClose(fetcher);
            return fetcher;
          });
    }
  }
}
