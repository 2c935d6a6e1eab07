/**
 * Offline geo data: a MaxMind DB file opened for lookups ({@link
 * dev.conch.net.geo.offline.GeoDatabase}, its search tree walked by {@link
 * dev.conch.net.geo.offline.MmdbTree}, a row kept per record), long lists split over virtual
 * threads ({@link dev.conch.net.geo.offline.OfflineLookup}), and DB-IP's monthly file fetched and
 * checked before it replaces the old one ({@link dev.conch.net.geo.offline.DbIpFetch}). A database
 * is shared by every task of a session; lookups run on the calling task and its helpers.
 */
package dev.conch.net.geo.offline;
