package dev.conch.i18n;

import java.util.List;

/**
 * The concept pages of {@code /help TOPIC}, each a resource {@code help/<lang>/<topic>.txt} in
 * English and Chinese (a test holds the list and the files together). Immutable.
 */
public final class HelpTopics {
  public static final List<String> ALL =
      List.of(
          "threads",
          "join",
          "daemon",
          "virtual",
          "interrupt",
          "deadlock",
          "locks",
          "queues",
          "pools",
          "processes",
          "zombies",
          "ipc",
          "parallelism",
          "blocking");

  private HelpTopics() {}
}
