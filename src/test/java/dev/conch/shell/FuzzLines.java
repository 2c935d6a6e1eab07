package dev.conch.shell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Lines for the prompt fuzz, all from one seeded {@link Random}: Groovy token soup, unbalanced
 * brackets and quotes, control characters, broken UTF-8, /-commands and built-ins with wrong
 * arguments, a few lines known to hurt, and one line of a megabyte. Every address a line names is
 * 127.0.0.1 (with nothing listening on the port) or no address at all, so no line reaches past the
 * machine: geo is always pointed at a loopback ip-api, and no line names a host. Confined to the
 * calling thread.
 */
final class FuzzLines {
  /** What kind of line it is: the fuzz counts them. */
  enum Kind {
    TOKENS,
    BRACKETS,
    CONTROL,
    BROKEN_UTF8,
    COMMAND,
    BUILTIN,
    HURTS,
    MEGABYTE
  }

  /** One generated line, as the bytes a terminal would deliver. */
  record Line(Kind kind, byte[] bytes) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8); // malformed input becomes U+FFFD
    }
  }

  /** Nothing listens on port 9 (discard) here: a connection is refused at once. */
  static final String LOOPBACK_URL = "http://127.0.0.1:9/x";

  private static final List<String> TOKENS =
      List.of(
          "x",
          "y",
          "z",
          "a",
          "b",
          "foo",
          "it",
          "println",
          "print",
          "def",
          "int",
          "String",
          "List",
          "Map",
          "new",
          "class",
          "return",
          "null",
          "true",
          "false",
          "if",
          "else",
          "in",
          "as",
          "assert",
          "throw",
          "try",
          "catch",
          "finally",
          "switch",
          "case",
          "var",
          "this",
          "super",
          "+",
          "-",
          "*",
          "/",
          "%",
          "=",
          "==",
          "!=",
          "<",
          ">",
          "<=",
          ">=",
          "&&",
          "||",
          "!",
          "?",
          ":",
          ".",
          ",",
          ";",
          "->",
          "?.",
          "*.",
          "<<",
          ">>",
          "+=",
          "++",
          "--",
          "&",
          "|",
          "^",
          "~",
          "@",
          "$",
          "#",
          "\\",
          "`",
          "(",
          ")",
          "[",
          "]",
          "{",
          "}",
          "0",
          "1",
          "42",
          "-1",
          "3.14",
          "'a'",
          "\"b\"",
          "\"${x}\"",
          "''",
          "1e3",
          "0x1F",
          "99L",
          "'''",
          "\"\"\"",
          "/*",
          "*/",
          "//",
          "size()",
          "toString()",
          "class Foo {}",
          "def f(n) { n }",
          "f(2)",
          "[1, 2]",
          "[a: 1]",
          "{ -> 1 }",
          "x = 1",
          "y = 'z'");

  private static final List<String> BRACKETS =
      List.of(
          "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "/*", "*/", "\\", "$", "${");

  /** The /-commands and arguments to give them; /exit is left out, it would end the run. */
  private static final List<String> COMMANDS =
      List.of(
          "/help",
          "/run",
          "/step",
          "/demo",
          "/replay",
          "/tasks",
          "/timeline",
          "/cure",
          "/geo",
          "/vars",
          "/reset",
          "/lang",
          "/history",
          "/trace",
          "/record",
          "/nosuch",
          "/",
          "//",
          "/HELP",
          "/tasks/");

  private static final List<String> WORDS =
      List.of(
          "zz",
          "-1",
          "0",
          "99999999999",
          "T99",
          "X00",
          "en",
          "zh",
          "fr",
          "..",
          "/",
          "*",
          "'",
          "\"",
          "spawn",
          "--all",
          "ä中",
          "\u0000",
          "a".repeat(300),
          "stop",
          "-",
          "?",
          "$HOME",
          "~");

  /** The built-ins a line may call, network ones included: their arguments name no host. */
  private static final List<String> BUILTINS =
      List.of(
          "spawn",
          "thread",
          "virtual",
          "coroutine",
          "pool",
          "executor",
          "lock",
          "rlock",
          "semaphore",
          "boundedSemaphore",
          "event",
          "condition",
          "barrier",
          "queue",
          "lifoQueue",
          "priorityQueue",
          "joinableQueue",
          "pipe",
          "manager",
          "generator",
          "next",
          "yield",
          "sleep",
          "time",
          "scale",
          "current",
          "tasks",
          "active",
          "pid",
          "ppid",
          "as_completed",
          "asCompleted",
          "fetch",
          "download",
          "sweep",
          "geo",
          "serve");

  /** The built-ins that reach a network: they get {@link #NET_ARGUMENTS} only. */
  private static final List<String> NET = List.of("fetch", "download", "sweep", "geo");

  /**
   * What a network built-in gets: no number or word a resolver could take for a host (Java reads
   * {@code 1} as 0.0.0.1 and {@code 2.5} as 2.0.0.5), only 127.0.0.1 and values of other types.
   */
  private static final List<String> NET_ARGUMENTS =
      List.of(
          "'127.0.0.1'",
          "'" + LOOPBACK_URL + "'",
          "['" + LOOPBACK_URL + "'] * 3",
          "null",
          "[]",
          "[:]",
          "{ -> 1 }",
          "kind: 'zzz'",
          "timeout: -1",
          "parallel: 0",
          "retries: -3",
          "size: 'big'",
          "name: 5");

  /** What serve gets: nothing that names a directory, so it never starts serving. */
  private static final List<String> SERVE_ARGUMENTS =
      List.of("null", "[]", "[:]", "{ -> 1 }", "port: -1", "latency: 'x'", "rate: []");

  /** Arguments of the wrong type or count; strings that look like places are loopback only. */
  private static final List<String> ARGUMENTS =
      List.of(
          "'x'",
          "''",
          "-1",
          "0",
          "1",
          "2.5",
          "null",
          "true",
          "[]",
          "[1, 'a']",
          "[:]",
          "{ -> 1 }",
          "{ a, b -> a }",
          "'127.0.0.1'",
          "'300.1.1.1'",
          "'127.0.0.1/40'",
          "'" + LOOPBACK_URL + "'",
          "new Object()",
          "kind: 'zzz'",
          "name: 5",
          "timeout: -1",
          "daemon: 'x'",
          "size: 'big'",
          "parallel: 0",
          "retries: -3",
          "[" + "'" + LOOPBACK_URL + "'" + "] * 3",
          "3 as byte",
          "Integer.MAX_VALUE",
          "'x' * 50");

  /** Lines known to hurt a shell: deep recursion, thrown errors, arrays too large to make. */
  private static final List<String> HURTS =
      List.of(
          "def down(n) { down(n + 1) }; down(0)",
          "throw new OutOfMemoryError('pretend')",
          "throw new StackOverflowError()",
          "throw null",
          "new int[Integer.MAX_VALUE]",
          "new long[-1]",
          "Thread.currentThread().interrupt(); 1",
          "1/0",
          "null.foo()",
          "[1, 2, 3][99]",
          "'x' * -1",
          "def m = [:]; m.self = m; m",
          "l = []; l << l; l",
          "class Bad { String toString() { throw new IllegalStateException('no') } }; new Bad()",
          "class Worse { String toString() { throw new Error('worse') } }; new Worse()",
          "spawn { throw new OutOfMemoryError('pretend, in a task') }.join()",
          "pool(2) { p -> p.map([1, 2]) { throw new OutOfMemoryError('pretend, in a job') } }",
          "q = queue(); q.get(timeout: 0.01)",
          "lock().with { 1 }",
          "x = 1; x.metaClass = null");

  private final Random random;
  private final Path dir;

  /** Lines drawn from {@code random}; a /record line writes only inside {@code dir}. */
  FuzzLines(Random random, Path dir) {
    this.random = random;
    this.dir = dir;
  }

  /** The {@code index}th line of {@code total}: the megabyte line comes halfway. */
  Line next(int index, int total) {
    if (index == total / 2) {
      return line(Kind.MEGABYTE, megabyte());
    }
    int roll = random.nextInt(100);
    if (roll < 30) {
      return line(Kind.TOKENS, tokens());
    } else if (roll < 45) {
      return line(Kind.BRACKETS, brackets());
    } else if (roll < 53) {
      return line(Kind.CONTROL, control());
    } else if (roll < 60) {
      return new Line(Kind.BROKEN_UTF8, brokenUtf8());
    } else if (roll < 75) {
      return line(Kind.COMMAND, command());
    } else if (roll < 97) {
      return line(Kind.BUILTIN, builtin());
    }
    return line(Kind.HURTS, pick(HURTS));
  }

  private static Line line(Kind kind, String text) {
    return new Line(kind, text.getBytes(StandardCharsets.UTF_8));
  }

  private String tokens() {
    StringBuilder line = new StringBuilder();
    int count = 1 + random.nextInt(12);
    for (int i = 0; i < count; i++) {
      line.append(pick(TOKENS)).append(random.nextInt(4) == 0 ? "" : " ");
    }
    return line.toString();
  }

  private String brackets() {
    StringBuilder line = new StringBuilder();
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      line.append(random.nextBoolean() ? pick(BRACKETS) : pick(TOKENS));
    }
    return line.toString();
  }

  private String control() {
    StringBuilder line = new StringBuilder();
    int count = 1 + random.nextInt(10);
    for (int i = 0; i < count; i++) {
      char c = (char) random.nextInt(0x20);
      line.append(c == '\n' ? '\u007f' : c).append(random.nextBoolean() ? pick(TOKENS) : "");
    }
    return line.toString();
  }

  private byte[] brokenUtf8() {
    byte[] prefix = pick(TOKENS).getBytes(StandardCharsets.UTF_8);
    byte[] line = new byte[prefix.length + 1 + random.nextInt(8)];
    System.arraycopy(prefix, 0, line, 0, prefix.length);
    for (int i = prefix.length; i < line.length; i++) {
      line[i] = (byte) (0x80 + random.nextInt(0x80)); // continuation and lead bytes out of place
    }
    return line;
  }

  private String command() {
    String name = pick(COMMANDS);
    if (name.equals("/record")) {
      return switch (random.nextInt(3)) {
        case 0 -> "/record stop";
        case 1 -> "/record " + dir.resolve("r" + random.nextInt(3) + ".txt");
        default -> "/record " + dir.resolve("r") + "\u0000.txt"; // no system takes this name
      };
    }
    if (name.equals("/geo") && random.nextInt(4) == 0) {
      return "/geo fetch " + LOOPBACK_URL;
    }
    StringBuilder line = new StringBuilder(name);
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      String word = pick(WORDS);
      line.append(' ').append(name.equals("/geo") && word.equals("fetch") ? "zz" : word);
    }
    return line.toString();
  }

  private String builtin() {
    String name = pick(BUILTINS);
    StringBuilder args = new StringBuilder();
    int count = random.nextInt(4);
    List<String> allowed =
        NET.contains(name) ? NET_ARGUMENTS : name.equals("serve") ? SERVE_ARGUMENTS : ARGUMENTS;
    for (int i = 0; i < count; i++) {
      args.append(i == 0 ? "" : ", ").append(pick(allowed));
    }
    if (name.equals("geo")) { // geo goes online by default: here only to a loopback "ip-api"
      args.append(count == 0 ? "" : ", ").append("url: 'http://127.0.0.1:9', timeout: 1");
    }
    if (name.equals("download")) {
      args.append(count == 0 ? "" : ", ").append("to: '").append(dir).append("'");
    }
    return random.nextInt(5) == 0
        ? name + " " + args // Groovy's command form, without brackets
        : name + "(" + args + ")";
  }

  private static String megabyte() {
    return "s = '" + "ab".repeat(512 * 1024) + "'; s.size()";
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
