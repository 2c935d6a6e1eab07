/**
 * {@code fetch}, one page: {@link dev.conch.net.fetch.PageFetcher} gets a {@link
 * dev.conch.net.fetch.Page} as {@link dev.conch.net.fetch.FetchOptions} say, or a one-line {@link
 * dev.conch.net.fetch.FetchError}.
 *
 * <p>May import {@code dev.conch.runtime}, {@code dev.conch.i18n}, Jackson, jsoup and the JDK.
 * Thread model: a fetch runs on the task that calls it, journaled as waiting on its {@link
 * dev.conch.net.fetch.PageRequest} (a coroutine hands its turn on meanwhile); the exchange runs on
 * the fetcher's client (virtual threads {@code fetch-N} and the JDK's selector thread), which the
 * session closes.
 */
package dev.conch.net.fetch;
