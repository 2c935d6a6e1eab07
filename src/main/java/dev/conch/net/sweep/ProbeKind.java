package dev.conch.net.sweep;

import java.util.Locale;

/** How a sweep asks whether a host is there. Immutable. */
public enum ProbeKind {
  /** ICMP echo when a socket can be had, TCP connects otherwise; says which and why. */
  AUTO,
  /** ICMP echo from inside the JVM: one socket, requests paced, replies matched as fping does. */
  ICMP,
  /** TCP connects to a few ports at once: refused or accepted means the host answered. */
  TCP,
  /** The system's {@code ping}, one process per address, as the tutorial does. */
  PING;

  /** {@code icmp}, as a learner writes it in {@code probe:}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a learner named, or null when there is none of that name. */
  public static ProbeKind named(String word) {
    for (ProbeKind kind : values()) {
      if (kind.word().equals(word)) {
        return kind;
      }
    }
    return null;
  }
}
