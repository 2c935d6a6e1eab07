/**
 * Online geo data from ip-api: its two requests ({@link dev.conch.net.geo.online.IpApiClient}), its
 * fields mapped to rows, and {@link dev.conch.net.geo.online.IpApiLookup}, which batches, caches
 * and keeps within the service's limits through two {@link dev.conch.net.geo.online.RateBudget}s
 * learnt from its answers. One lookup per endpoint is shared by every task of a session; requests
 * go from virtual threads owned by the call.
 */
package dev.conch.net.geo.online;
