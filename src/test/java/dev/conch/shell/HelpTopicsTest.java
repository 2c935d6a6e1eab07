package dev.conch.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.HelpTopics;
import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Every help topic has a page in both languages, and /help TOPIC shows it. */
class HelpTopicsTest {
  @Test
  void everyTopicHasAnEnglishAndAChinesePage() {
    for (String topic : HelpTopics.ALL) {
      for (Lang lang : Lang.values()) {
        String path = "/dev/conch/i18n/help/" + lang.code() + "/" + topic + ".txt";
        assertThat(HelpTopicsTest.class.getResource(path)).as(path).isNotNull();
      }
    }
  }

  @Test
  void everyPageOpensWithItsTopicAndATitle() {
    for (String topic : HelpTopics.ALL) {
      for (Lang lang : Lang.values()) {
        String first = HelpCommand.topic(Messages.of(lang), topic).get(0);
        assertThat(first)
            .as(lang.code() + "/" + topic)
            .startsWith(topic + " — ")
            .hasSizeGreaterThan(topic.length() + 5);
      }
    }
  }

  @Test
  void theProcessPagesExplainInBothLanguages() {
    assertThat(page(Lang.EN, "zombies")).contains("<defunct>", "orphan", "/run P09");
    assertThat(page(Lang.ZH, "zombies")).contains("<defunct>", "僵尸", "孤儿", "/run P09");
    assertThat(page(Lang.EN, "processes")).contains("spawn(kind: 'process')", "pid");
    assertThat(page(Lang.ZH, "processes")).contains("spawn(kind: 'process')", "进程");
    assertThat(page(Lang.EN, "parallelism")).contains("GIL", "CPU-bound", "I/O-bound");
    assertThat(page(Lang.ZH, "parallelism")).contains("GIL", "并行", "并发");
    assertThat(page(Lang.EN, "ipc")).contains("queue", "pipe", "manager", "Redis");
    assertThat(page(Lang.ZH, "ipc")).contains("队列", "管道", "Redis");
    assertThat(page(Lang.EN, "blocking")).contains("asynchronous", "non-blocking");
    assertThat(page(Lang.ZH, "blocking")).contains("异步", "非阻塞");
  }

  private static String page(Lang lang, String topic) {
    return String.join("\n", HelpCommand.topic(Messages.of(lang), topic));
  }

  @Test
  void helpOnATopicShowsItsPageInTheLanguageAsked() {
    String english = String.join("\n", HelpCommand.topic(Messages.of(Lang.EN), "daemon"));
    String chinese = String.join("\n", HelpCommand.topic(Messages.of(Lang.ZH), "daemon"));
    assertThat(english).contains("daemon").doesNotContain("守护");
    assertThat(chinese).contains("守护");
  }

  @Test
  void everyMessageHasBothLanguages() throws Exception {
    assertThat(keys("messages_zh.properties")).isEqualTo(keys("messages.properties"));
  }

  private static java.util.Set<Object> keys(String file) throws Exception {
    java.util.Properties properties = new java.util.Properties();
    try (var in = HelpTopicsTest.class.getResourceAsStream("/dev/conch/i18n/" + file)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties.keySet();
  }
}
