package dev.conch.net.icmp;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Locale;

/**
 * A child JVM for {@link IcmpSocketTest}: opens an echo socket, pings one loopback address once and
 * prints what happened on stdout, one line each: {@code opened DATAGRAM}, then {@code reply 7 from
 * /127.0.0.1 in 85 us}, {@code refused ENETUNREACH} or {@code no reply}; or {@code unavailable:
 * <reason>}. Takes address literals only (no name lookup) and refuses any that is not loopback.
 * Arguments: {@code v4|v6 auto|datagram|raw address}. Confined to its main thread.
 */
public final class IcmpEchoMain {
  private static final int SEQUENCE = 7;
  private static final int WAIT_MILLIS = 2_000;
  private static final int WAIT_STEP_MILLIS = 100;

  private IcmpEchoMain() {}

  /** Runs one ping; exits 2 on bad arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !InetAddress.ofLiteral(args[2]).isLoopbackAddress()) {
      System.out.println("usage: v4|v6 auto|datagram|raw LOOPBACK-ADDRESS");
      System.exit(2);
    }
    InetAddress to = InetAddress.ofLiteral(args[2]);
    boolean ipv6 = args[0].equals("v6");
    try (IcmpSocket socket = open(ipv6, args[1])) {
      System.out.println("opened " + socket.kind());
      System.out.println(ping(socket, to));
    } catch (IcmpUnavailableError e) {
      System.out.println("unavailable: " + e.getMessage());
    }
  }

  private static IcmpSocket open(boolean ipv6, String kind) throws IcmpUnavailableError {
    return kind.equals("auto")
        ? IcmpSocket.open(ipv6)
        : IcmpSocket.open(ipv6, IcmpSocket.Kind.valueOf(kind.toUpperCase(Locale.ROOT)));
  }

  private static String ping(IcmpSocket socket, InetAddress to) throws IOException {
    long sent = System.nanoTime();
    String refused = socket.send(to, SEQUENCE);
    if (refused != null) {
      return "refused " + refused;
    }
    for (int waited = 0; waited < WAIT_MILLIS; waited += WAIT_STEP_MILLIS) {
      IcmpSocket.Reply reply = socket.receive(WAIT_STEP_MILLIS);
      if (reply != null && reply.sequence() == SEQUENCE) {
        long micros = (reply.receivedNanos() - sent) / 1_000;
        return "reply " + reply.sequence() + " from " + reply.from() + " in " + micros + " us";
      }
    }
    return "no reply";
  }
}
