package dev.conch.i18n;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The concept pages of {@code /help TOPIC}, each a resource {@code help/<lang>/<topic>.txt} in
 * English and Chinese (a test holds the list and the files together), listed by {@code /help} in
 * groups, and reachable under a few other names ({@code /help gil} opens the parallelism page).
 *
 * <p>Each page ends with an example a learner can type, written as the shell shows it, so that a
 * test can run it: {@code conch> CODE} is a line typed at the prompt ({@code ...> CODE} continues
 * it); the indented block under a {@code // NAME.groovy} line is a script, run whole as {@code
 * /run} does; after a line, {@code => VALUE} is the value the shell shows ({@code ~VALUE}: one
 * whose numbers differ from run to run, such as a time or a pid) and {@code error in main: …} the
 * error it shows; text after two spaces is a comment. The Chinese page has the same code.
 * Immutable.
 */
public final class HelpTopics {
  /**
   * A heading of the {@code /help} list (its words are {@code help.group.<key>}) and its topics.
   */
  public record Group(String key, List<String> topics) {}

  public static final List<Group> GROUPS =
      List.of(
          new Group("ideas", List.of("parallelism", "blocking")),
          new Group(
              "tasks", List.of("threads", "virtual", "coroutines", "join", "daemon", "interrupt")),
          new Group("sync", List.of("locks", "race", "semaphore", "event", "deadlock")),
          new Group("work", List.of("queues", "pools", "redis")),
          new Group("processes", List.of("processes", "ipc", "zombies")),
          new Group("network", List.of("sweep", "download", "iobound", "geo", "database")));

  /** Every topic, in the order of the groups. */
  public static final List<String> ALL = GROUPS.stream().flatMap(g -> g.topics().stream()).toList();

  /** Other names of a topic, each opening that topic's page. */
  public static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("concurrency", "parallelism"),
          Map.entry("gil", "parallelism"),
          Map.entry("cpubound", "parallelism"),
          Map.entry("async", "blocking"),
          Map.entry("mutex", "locks"),
          Map.entry("datarace", "race"),
          Map.entry("program", "processes"),
          Map.entry("orphans", "zombies"),
          Map.entry("gevent", "coroutines"),
          Map.entry("ping", "sweep"),
          Map.entry("io", "iobound"),
          Map.entry("http", "download"),
          Map.entry("jdbc", "database"));

  private HelpTopics() {}

  /** The topic that {@code word} names, itself or through an alias. */
  public static Optional<String> resolve(String word) {
    if (ALL.contains(word)) {
      return Optional.of(word);
    }
    return Optional.ofNullable(ALIASES.get(word));
  }

  /** The other names of {@code topic}, sorted. */
  public static List<String> aliasesOf(String topic) {
    return ALIASES.entrySet().stream()
        .filter(e -> e.getValue().equals(topic))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }
}
