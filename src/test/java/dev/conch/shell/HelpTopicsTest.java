package dev.conch.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.dsl.Builtins;
import dev.conch.fixtures.ShellFixture;
import dev.conch.i18n.HelpTopics;
import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.runtime.ConchRuntime;
import dev.conch.shell.command.CommandTable;
import dev.conch.shell.command.HelpCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
        String first = Messages.of(lang).helpPage(topic).orElseThrow().lines().findFirst().get();
        assertThat(first)
            .as(lang.code() + "/" + topic)
            .startsWith(topic + " — ")
            .hasSizeGreaterThan(topic.length() + 5);
      }
    }
  }

  @Test
  void everyTopicIsListedOnceAndNoAliasHidesAnotherName() {
    assertThat(HelpTopics.ALL).doesNotHaveDuplicates();
    for (String alias : HelpTopics.ALIASES.keySet()) {
      assertThat(HelpTopics.ALL).as(alias).doesNotContain(alias);
      assertThat(Builtins.find(alias)).as(alias).isEmpty();
      assertThat(CommandTable.find(alias)).as(alias).isEmpty();
      assertThat(HelpTopics.ALL).as(alias).contains(HelpTopics.ALIASES.get(alias));
    }
  }

  @Test
  void anAliasOpensItsTopicsPage() {
    for (Lang lang : Lang.values()) {
      Messages m = Messages.of(lang);
      assertThat(HelpCommand.topic(m, "gil")).isEqualTo(HelpCommand.topic(m, "parallelism"));
      assertThat(HelpCommand.topic(m, "io")).isEqualTo(HelpCommand.topic(m, "iobound"));
      assertThat(HelpCommand.topic(m, "orphans")).isEqualTo(HelpCommand.topic(m, "zombies"));
      assertThat(HelpCommand.topic(m, "async").get(0)).startsWith("blocking — ");
    }
  }

  @Test
  void aTopicNamedAsABuiltinShowsTheBuiltinThenThePage() {
    Messages m = Messages.of(Lang.EN);
    List<String> lines = HelpCommand.topic(m, "semaphore");
    assertThat(lines.get(0)).isEqualTo("semaphore — " + m.get("builtin.semaphore"));
    assertThat(lines).containsSubsequence("  usage: semaphore([n], [name])", "");
    assertThat(lines.get(lines.indexOf("") + 1)).isEqualTo("semaphore — at most n tasks at a time");
  }

  @Test
  void helpListsTheTopicsInGroupsInBothLanguages() {
    assertThat(HelpCommand.topics(Messages.of(Lang.EN)))
        .containsExactly(
            "Topics (/help TOPIC):",
            "  Ideas: parallelism (concurrency, cpubound, gil), blocking (async)",
            "  Tasks: threads, virtual, coroutines (gevent), join, daemon, interrupt",
            "  Keeping tasks in step: locks (mutex), race (datarace), semaphore, event, deadlock",
            "  Handing out work: queues, pools, redis",
            "  Processes: processes (program), ipc, zombies (orphans)",
            "  Networks: sweep (ping), download (http), iobound (io), geo, database (jdbc)",
            "  (in brackets: other names that open the same page)",
            "  coming from Python? /help python lists its spellings beside Conch's way");
    assertThat(HelpCommand.topics(Messages.of(Lang.ZH)))
        .containsExactly(
            "主题（/help 主题名）：",
            "  基本概念：parallelism (concurrency, cpubound, gil), blocking (async)",
            "  任务：threads, virtual, coroutines (gevent), join, daemon, interrupt",
            "  让任务步调一致：locks (mutex), race (datarace), semaphore, event, deadlock",
            "  分派工作：queues, pools, redis",
            "  进程：processes (program), ipc, zombies (orphans)",
            "  网络：sweep (ping), download (http), iobound (io), geo, database (jdbc)",
            "  （括号里是打开同一页的别名）",
            "  从 Python 过来？/help python 列出 Python 的写法和 Conch 的对应写法");
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
    assertThat(page(Lang.EN, "semaphore")).contains("permits", "boundedSemaphore", "/run P19");
    assertThat(page(Lang.ZH, "semaphore")).contains("信号量", "许可", "/run P19");
    assertThat(page(Lang.EN, "event")).contains("set()", "clear()", "wait(", "/run P20");
    assertThat(page(Lang.ZH, "event")).contains("事件", "标志", "/run P20");
    assertThat(page(Lang.EN, "locks")).contains("race", "re-entrant", "rlock");
    assertThat(page(Lang.ZH, "locks")).contains("竞争条件", "可重入锁", "rlock");
  }

  private static String page(Lang lang, String topic) {
    return String.join("\n", HelpCommand.topic(Messages.of(lang), topic));
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theShellsHelpListsTheTopicGroups(Lang lang) throws Exception {
    List<String> out = ShellFixture.outputLines(ShellFixture.session(lang, "/help", "/exit"));
    assertThat(out).containsSubsequence(HelpCommand.topics(Messages.of(lang)));
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void completionAfterHelpOffersEveryTopicAndEveryOtherName(Lang lang) throws Exception {
    ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {});
    try (Terminal terminal =
        new DumbTerminal(
            "test",
            Terminal.TYPE_DUMB,
            InputStream.nullInputStream(),
            OutputStream.nullOutputStream(),
            StandardCharsets.UTF_8)) {
      LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
      Session session =
          new Session(
              reader,
              runtime,
              new ScriptLocator(Path.of("").toAbsolutePath()),
              Messages.of(lang),
              false);
      List<Candidate> candidates = new ArrayList<>();
      ParsedLine line = new LineParser().parse("/help ", 6, Parser.ParseContext.COMPLETE);
      new Completer(() -> session).complete(reader, line, candidates);
      assertThat(candidates.stream().map(Candidate::value).toList())
          .containsAll(HelpTopics.ALL)
          .containsAll(HelpTopics.ALIASES.keySet());
    } finally {
      runtime.close();
    }
  }

  @Test
  void tabCompletesATopicAtThePrompt() throws Exception {
    String input = "/help gi\t\n/exit\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Terminal terminal =
        new ExternalTerminal(
            "test",
            "ansi",
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            out,
            StandardCharsets.UTF_8)) {
      Repl.run(
          terminal, new ReplOptions(Lang.ZH, false, false, Path.of("").toAbsolutePath(), null));
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("parallelism — 同一时刻一起跑，还是轮流跑");
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
