/**
 * Queues and locks shared between shells, and with other programs, through a Redis server: {@link
 * dev.conch.net.redis.RedisQueue} (items as JSON, in-flight lists so that a consumer that dies
 * loses nothing) and {@link dev.conch.net.redis.RedisLock} (a lease under a unique token). One
 * {@link dev.conch.net.redis.RedisLink} per server and session holds the connections (Jedis) and
 * the session's heartbeat. Every call may block its task on the network; an interrupt ends a
 * blocked {@code get} within half a second.
 */
package dev.conch.net.redis;
