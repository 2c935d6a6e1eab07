package dev.conch.shell.teach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a recording back and playing it with scaled pauses, on a sleeper that does not wait. */
class ReplayTest {
  private static final String HEADER = "{\"conch\":\"recording\",\"version\":1}";

  @TempDir Path dir;
  private final List<Long> slept = new ArrayList<>();
  private final List<String> shown = new ArrayList<>();

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private Replay recording() throws Exception {
    Path file = dir.resolve("s.jsonl");
    RecorderTest.write(
        file,
        HEADER,
        "{\"t\":100,\"in\":\"x = 1\"}",
        "{\"t\":100,\"out\":\"=> 1\"}",
        "{\"t\":350,\"key\":\"b\"}");
    return Replay.read(file);
  }

  @Test
  void pausesAreThoseOfTheRecordingDividedByTheSpeed() throws Exception {
    Replay replay = recording();
    assertThat(replay.play(1, slept::add, e -> shown.add(e.text()))).isEqualTo(3);
    assertThat(slept).containsExactly(100L, 250L);
    assertThat(shown).containsExactly("x = 1", "=> 1", "b");
    slept.clear();
    replay.play(2, slept::add, e -> {});
    assertThat(slept).containsExactly(50L, 125L);
    slept.clear();
    replay.play(0, slept::add, e -> {});
    assertThat(slept).isEmpty();
  }

  @Test
  void anInterruptStopsItBetweenTwoEventsAndStaysSet() throws Exception {
    Replay replay = recording();
    int count =
        replay.play(
            1,
            ms -> {
              if (ms == 250) {
                throw new InterruptedException();
              }
            },
            e -> shown.add(e.text()));
    assertThat(count).isEqualTo(2);
    assertThat(shown).containsExactly("x = 1", "=> 1");
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void speedIsANumberOfAtLeastZeroOrMax() {
    assertThat(Replay.speed("max")).hasValue(0);
    assertThat(Replay.speed("0")).hasValue(0);
    assertThat(Replay.speed("2")).hasValue(2);
    assertThat(Replay.speed("0.5")).hasValue(0.5);
    for (String bad : List.of("fast", "-1", "NaN", "Infinity", "")) {
      assertThat(Replay.speed(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void aFileThatIsNotARecordingIsNamedWithWhatIsExpected() throws Exception {
    Path missing = dir.resolve("none.jsonl");
    Path text = dir.resolve("notes.txt");
    RecorderTest.write(text, "hello");
    Path broken = dir.resolve("broken.jsonl");
    RecorderTest.write(broken, HEADER, "{\"t\":1,\"in\":\"x\"}", "{\"t\":2,\"said\":\"x\"}");
    assertThat(error(missing))
        .isEqualTo("replay: " + missing + ": no such file; expected a file written by /record");
    assertThat(error(text))
        .isEqualTo("replay: " + text + ": not a recording; expected a file written by /record");
    assertThat(error(broken))
        .isEqualTo(
            "replay: "
                + broken
                + ": line 3 is not a recorded event; expected {\"t\": ms, \"in\"|\"out\"|\"key\": text}");
    assertThat(error(dir))
        .isEqualTo(
            "replay: "
                + dir
                + ": cannot read it (IOException); expected a file written by /record");
  }

  private static String error(Path file) {
    Replay.BadRecording bad =
        catchThrowableOfType(Replay.BadRecording.class, () -> Replay.read(file));
    return Messages.of(Lang.EN).get(bad.getMessage(), bad.args());
  }

  @Test
  void anEmptyFileIsNotARecording() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.jsonl"));
    assertThat(error(empty)).endsWith(": not a recording; expected a file written by /record");
  }
}
