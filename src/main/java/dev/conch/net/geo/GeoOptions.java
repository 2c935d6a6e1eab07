package dev.conch.net.geo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How one {@code geo} call looks addresses up. Immutable.
 *
 * @param provider where the answers come from
 * @param database an explicit MaxMind DB file, or null to search {@link GeoPlaces}
 * @param url the base of the ip-api endpoint ({@code http://ip-api.com}, or a stand-in)
 * @param fields the columns to ask ip-api for, in a row's words, or null for the standard ones
 * @param parallel how many ip-api batches may be under way at once
 * @param timeout how long one ip-api request may take
 */
public record GeoOptions(
    GeoProvider provider,
    Path database,
    URI url,
    List<String> fields,
    int parallel,
    Duration timeout) {

  /** The real service's free endpoint. */
  public static final URI IP_API = URI.create("http://ip-api.com");

  /** The options as given, checked. */
  public GeoOptions {
    if (provider == null) {
      provider = GeoProvider.AUTO;
    }
    if (url == null) {
      url = IP_API;
    }
    fields = fields == null ? null : List.copyOf(fields);
    if (parallel < 1 || parallel > 64) {
      throw new GeoError("geo.parallel", "geo: parallel must be 1 to 64, not %d", parallel);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      timeout = Duration.ofSeconds(10);
    }
  }

  /** Auto, the usual places, ip-api.com, the standard columns, 4 batches at once, 10 s. */
  public static GeoOptions defaults() {
    return new GeoOptions(GeoProvider.AUTO, null, IP_API, null, 4, Duration.ofSeconds(10));
  }

  /** The same with {@code newProvider}. */
  public GeoOptions withProvider(GeoProvider newProvider) {
    return new GeoOptions(newProvider, database, url, fields, parallel, timeout);
  }

  /** The same reading {@code file}. */
  public GeoOptions withDatabase(Path file) {
    return new GeoOptions(provider, file, url, fields, parallel, timeout);
  }

  /** The same asking the ip-api endpoint at {@code base}. */
  public GeoOptions withUrl(URI base) {
    return new GeoOptions(provider, database, base, fields, parallel, timeout);
  }

  /** The same asking ip-api for {@code columns}. */
  public GeoOptions withFields(List<String> columns) {
    return new GeoOptions(provider, database, url, columns, parallel, timeout);
  }

  /** The same with {@code batches} at once. */
  public GeoOptions withParallel(int batches) {
    return new GeoOptions(provider, database, url, fields, batches, timeout);
  }

  /** The same with {@code perRequest} for each request. */
  public GeoOptions withTimeout(Duration perRequest) {
    return new GeoOptions(provider, database, url, fields, parallel, perRequest);
  }
}
