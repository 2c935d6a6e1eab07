package dev.conch.net.serve;

import java.util.Locale;

/**
 * {@code serve} was asked for something it cannot do: a directory that is missing or is a file, a
 * port that is taken, a host that is not this machine's, a rate it cannot read, an option out of
 * range. The message is one English line without the {@code serve:} prefix; {@link #key()} and
 * {@link #args()} let the shell say it in the learner's language from the bundle entry of that key.
 * Immutable.
 */
public final class ServeInputError extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Each problem: its bundle key and its English words. */
  public enum Problem {
    /** The directory does not exist. Argument: the absolute path. */
    DIR_MISSING("usage.serve.dir.missing", "%s: no such directory; serve shares a directory"),
    /** The path is a file. Arguments: the path, its directory. */
    DIR_FILE(
        "usage.serve.dir.file",
        "%s: is a file, not a directory; serve shares a whole directory, such as %s"),
    /** The directory cannot be read. Argument: the path. */
    DIR_UNREADABLE(
        "usage.serve.dir.unreadable", "%s: cannot be read; serve shares a readable directory"),
    /** The port has a listener already. Arguments: the port, the host. */
    PORT_BUSY(
        "usage.serve.port.busy",
        "port %d on %s is already in use; choose another port, or port: 0 for a free one"),
    /** The port cannot be opened for another reason. Arguments: port, host, the system's words. */
    PORT_DENIED("usage.serve.port.denied", "port %d on %s cannot be opened: %s"),
    /** The port is out of range. Argument: the value. */
    PORT_RANGE(
        "usage.serve.port.range", "option 'port' must be a whole number from 0 to 65535, not %s"),
    /** The host is not an address of this machine. Argument: the host. */
    HOST_UNKNOWN(
        "usage.serve.host.unknown",
        "host '%s' is not an address of this machine; use '127.0.0.1' (this machine only) or"
            + " '0.0.0.0' (every network it is on)"),
    /** The latency is out of range. Arguments: the highest value, the value. */
    LATENCY_RANGE(
        "usage.serve.latency.range",
        "option 'latency' must be a whole number of milliseconds from 0 to %d, not %s"),
    /** The rate text cannot be read. Argument: the text. */
    RATE_TEXT(
        "usage.serve.rate.text",
        "'%s' is not a rate; give bytes per second, such as '8 MiB/s', '500 KiB/s' or '1 MB/s'"
            + " (0 for no limit)"),
    /** The rate is negative, below a byte or too large. Arguments: the highest rate, the value. */
    RATE_RANGE("usage.serve.rate.range", "option 'rate' must be from 0 (no limit) to %s, not %s");

    private final String key;
    private final String english;

    Problem(String key, String english) {
      this.key = key;
      this.english = english;
    }

    /** The bundle key, {@code usage.} included. */
    public String key() {
      return key;
    }

    /** The English pattern, filled in with {@link String#format}. */
    public String english() {
      return english;
    }
  }

  private final Problem problem;
  private final transient Object[] args;

  /** The problem filled in with {@code args}. */
  public ServeInputError(Problem problem, Object... args) {
    super(String.format(Locale.ROOT, problem.english(), args));
    this.problem = problem;
    this.args = args.clone();
  }

  /** What went wrong. */
  public Problem problem() {
    return problem;
  }

  /** The bundle key of the problem, {@code usage.} included. */
  public String key() {
    return problem.key();
  }

  /** The values the problem is filled in with. */
  public Object[] args() {
    return args.clone();
  }
}
