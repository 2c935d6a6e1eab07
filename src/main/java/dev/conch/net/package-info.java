/**
 * The network built-ins' engines, one concept a package: {@code sweep} (which hosts answer), {@code
 * icmp} (ICMP echo sockets through {@code java.lang.foreign}), {@code fetch} (one page), {@code
 * serve} (a file server for the classroom), {@code download} (files, at once, resumed and
 * verified), {@code geo} (where addresses are) and {@code db} (databases tasks may share). {@link
 * dev.conch.net.HttpClients} makes the JDK's HTTP clients of fetch and geo; download reads its
 * bodies with Jetty's client, which hands them to the file without copying.
 *
 * <p>Every package here may import {@code dev.conch.runtime} (to journal a calling task as
 * waiting), {@code dev.conch.i18n} (the words of input errors), Jackson and the JDK, and what its
 * own job needs (jsoup for fetch, Jetty's core server for serve and its client for download,
 * maxmind-db for geo, JDBC, HikariCP and groovy-sql for db); never the dsl, shell or view rooms,
 * and never JLine. None writes to the terminal. A call runs on the task that makes it, journaled as
 * waiting on its progress object, while its work runs on threads it owns, names, stops when the
 * calling task is interrupted and joins before it returns.
 */
package dev.conch.net;
