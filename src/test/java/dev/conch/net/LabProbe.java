package dev.conch.net;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A one-shot ICMP sweep of the lab for {@link LabTest}: run as root inside the scanner's namespace
 * ({@code ip netns exec conch-lab java ... LabProbe TIMEOUT_MS}), it sends one echo to each of
 * 10.213.0.1 to .254 through {@link InetAddress#isReachable} (ICMP when root may open a raw
 * socket), one platform thread per address, and prints the addresses that answered, one a line, in
 * address order. Outside the lab (no interface holds {@value Lab#SCANNER}) it sends nothing and
 * exits 2. Confined to its main thread; the probe threads only return values through futures.
 */
final class LabProbe {
  private LabProbe() {}

  public static void main(String[] args) throws Exception {
    int timeoutMs = Integer.parseInt(args[0]);
    InetAddress scanner = InetAddress.getByName(Lab.SCANNER);
    if (NetworkInterface.getByInetAddress(scanner) == null) {
      System.err.println("lab probe: not inside the lab (no interface has " + Lab.SCANNER + ")");
      System.exit(2);
    }
    List<InetAddress> targets = new ArrayList<>();
    for (int octet = 1; octet <= 254; octet++) {
      targets.add(InetAddress.getByName("10.213.0." + octet));
    }
    List<Future<Boolean>> answers = new ArrayList<>();
    try (ExecutorService pool =
        Executors.newFixedThreadPool(
            targets.size(), Thread.ofPlatform().name("probe-", 1).factory())) {
      for (InetAddress target : targets) {
        answers.add(pool.submit(() -> target.isReachable(timeoutMs)));
      }
    }
    List<String> alive = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      if (answers.get(i).get()) {
        alive.add(targets.get(i).getHostAddress());
      }
    }
    alive.forEach(System.out::println);
  }
}
