package dev.conch.shell.teach;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /record then /replay through the whole shell on a dumb terminal. */
class RecordReplayTest {
  @TempDir Path dir;

  @Test
  void aReplayShowsTheTypedLinesBehindThePromptAndPrintsWhatWasPrinted() throws Exception {
    Path file = dir.resolve("lesson.jsonl");
    List<String> lines =
        outputLines(
            session(
                Lang.EN,
                "/record " + file,
                "x = 6 * 7",
                "println 'hello'",
                "t = spawn(name: 'bg') { println 'tick' }; t.join()",
                "def f() {",
                "  x",
                "}",
                "f()",
                "/record stop",
                "println 'not recorded'",
                "/replay " + file + " max",
                "/exit"));
    List<String> printed =
        between(lines, "recording to " + file + "; /record stop ends it", "recording saved: ");
    List<String> replayed =
        between(lines, "── replay of " + file + " (no pauses) ──", "── end of the replay ──");
    assertThat(printed).containsExactly("hello", "[bg] tick", "=> 42");
    assertThat(replayed)
        .containsExactly(
            "x = 6 * 7",
            "println 'hello'",
            "hello",
            "t = spawn(name: 'bg') { println 'tick' }; t.join()",
            "[bg] tick",
            "def f() {",
            "  x",
            "}",
            "f()",
            "=> 42",
            "/record stop");
    assertThat(lines).contains("recording saved: " + file + " (10 lines)");
    assertThat(Files.readString(file)).doesNotContain("not recorded");
  }

  @Test
  void typedLinesAreMarkedByThePromptInTheReplay() throws Exception {
    Path file = dir.resolve("lesson.jsonl");
    String out =
        session(
            Lang.EN,
            "/record " + file,
            "def f() {",
            "  1",
            "}",
            "/record",
            "/replay " + file + " 0",
            "/replay " + file + " 1000",
            "/replay " + file + " 2.5",
            "/exit");
    assertThat(out.lines()).containsSubsequence("conch> def f() {", "  ...>   1", "  ...> }");
    assertThat(outputLines(out))
        .contains(
            "── replay of " + file + " (no pauses) ──",
            "── replay of " + file + " (speed 1000) ──",
            "── replay of " + file + " (speed 2.5) ──");
  }

  /** The non-blank lines after the one equal to {@code from}, up to one starting {@code to}. */
  private static List<String> between(List<String> lines, String from, String to) {
    int start = lines.indexOf(from);
    assertThat(start).as("no line %s in %s", from, lines).isNotNegative();
    List<String> after = lines.subList(start + 1, lines.size());
    int end = 0;
    while (end < after.size() && !after.get(end).startsWith(to)) {
      end++;
    }
    assertThat(end).as("no line %s… after %s", to, from).isLessThan(after.size());
    return after.subList(0, end).stream().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void recordSaysWhatItIsDoing() throws Exception {
    Path file = dir.resolve("a.jsonl");
    Path nowhere = dir.resolve("nowhere/b.jsonl");
    List<String> lines =
        outputLines(
            session(
                Lang.EN,
                "/record",
                "/record stop",
                "/record a b",
                "/record " + nowhere,
                "/record " + file,
                "/record " + dir.resolve("c.jsonl"),
                "/record",
                "/exit"));
    assertThat(lines)
        .containsSubsequence(
            "/record: /record FILE|stop  try: /help record",
            "record: not recording; /record FILE starts a recording",
            "/record: /record FILE|stop  try: /help record",
            "record: "
                + nowhere
                + ": cannot write it (NoSuchFileException); expected a file in a folder that exists",
            "recording to " + file + "; /record stop ends it",
            "record: already recording to " + file + "; /record stop ends it",
            "recording saved: " + file + " (4 lines)");
    // the header, two typed lines and what the second /record said
    assertThat(Files.readAllLines(file))
        .hasSize(4)
        .element(2)
        .asString()
        .contains("already recording");
    assertThat(Files.exists(dir.resolve("c.jsonl"))).isFalse();
  }

  @Test
  void replaySaysWhatWasWrongAndWhatIsExpected() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "hello\n");
    Path missing = dir.resolve("none.jsonl");
    List<String> lines =
        outputLines(
            session(
                Lang.EN,
                "/replay",
                "/replay a 1 2",
                "/replay " + notes + " fast",
                "/replay " + notes + " -2",
                "/replay " + missing,
                "/replay " + notes,
                "/exit"));
    assertThat(lines)
        .containsSubsequence(
            "/replay: /replay FILE [SPEED]  try: /help replay",
            "/replay: /replay FILE [SPEED]  try: /help replay",
            "replay: speed 'fast': expected a number above 0 (2 = twice as fast), or 0 or max for no pauses",
            "replay: speed '-2': expected a number above 0 (2 = twice as fast), or 0 or max for no pauses",
            "replay: " + missing + ": no such file; expected a file written by /record",
            "replay: " + notes + ": not a recording; expected a file written by /record");
  }

  @Test
  void aDemoRecordsItsKeysAndTheReplayShowsThem() throws Exception {
    Path script = Files.writeString(dir.resolve("one.groovy"), "// Say it.\nprintln 'said'\n");
    Path file = dir.resolve("demo.jsonl");
    List<String> lines =
        outputLines(
            session(
                Lang.EN,
                "/record " + file,
                "/demo " + script,
                "?",
                "",
                "/record stop",
                "/replay " + file + " max",
                "/exit"));
    List<String> replayed =
        between(lines, "── replay of " + file + " (no pauses) ──", "── end of the replay ──");
    assertThat(replayed)
        .containsSubsequence(
            "/demo " + script,
            "── one.groovy · step 1 of 1 ──",
            "Say it.",
            "println 'said'",
            "[?]",
            "keys:",
            "[Enter]",
            "said",
            "end of the demo of one.groovy",
            "/record stop");
  }
}
