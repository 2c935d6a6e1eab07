/**
 * The {@code geo} engine: where an address is, offline from a MaxMind DB file or online from
 * ip-api, one {@link dev.conch.net.geo.GeoRow} per address with a status each. {@link
 * dev.conch.net.geo.Geo} is the session's engine; {@link dev.conch.net.geo.offline.GeoDatabase}
 * reads a file in either city schema (GeoIP2/GeoLite2, or DB-IP Lite's flat repack) with the credit
 * its licence asks for ({@link dev.conch.net.geo.Attribution}); {@link dev.conch.net.geo.GeoPlaces}
 * says where files are looked for. Its rooms: {@code offline} (the file, its search tree, and
 * DB-IP's monthly download) and {@code online} (ip-api: {@code IpApiLookup} batches, caches and
 * keeps within ip-api's limits through two {@code RateBudget}s).
 *
 * <p>May import {@code dev.conch.runtime} (to journal the calling task as waiting), {@code
 * dev.conch.net}, maxmind-db, Jackson and the JDK; never the dsl, shell or view rooms, never JLine,
 * and never {@code dev.conch.net.db} (which stores its rows). Writes nothing to the terminal; talks
 * to the network only where its URLs point.
 *
 * <p>Thread model: a lookup runs on the calling task, journaled as waiting on its {@link
 * dev.conch.net.geo.GeoProgress}; long offline lists are split over one virtual thread per core
 * ({@code geo-offline-N}), ip-api batches go from up to {@code parallel} virtual threads ({@code
 * geo-ipapi-N}), and the HTTP client's work runs on {@code geo-http-N}. Every helper thread is
 * owned by its call, stopped when the calling task is interrupted, and joined before the call
 * returns; the HTTP client's threads are closed with the engine. One reader per database file and
 * one cache and pair of budgets per endpoint are shared by every task of the session.
 */
package dev.conch.net.geo;
