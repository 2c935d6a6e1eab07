package dev.conch.shell.teach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file /record writes: JSON lines with times from an injected clock. */
class RecorderTest {
  @TempDir Path dir;
  private final AtomicLong now = new AtomicLong(5_000);

  @Test
  void eachEventIsOneJsonLineTimedFromTheStartAndOnDiskAtOnce() throws Exception {
    Path file = dir.resolve("s.jsonl");
    try (Recorder recorder = Recorder.open(file, now::get)) {
      now.addAndGet(120);
      recorder.input("println \"hi\"");
      now.addAndGet(30);
      recorder.output("hi\nthere");
      now.addAndGet(1_000);
      recorder.key("Enter");
      // still open: every line is already complete in the file
      assertThat(Files.readAllLines(file))
          .containsExactly(
              "{\"conch\":\"recording\",\"version\":1}",
              "{\"t\":120,\"in\":\"println \\\"hi\\\"\"}",
              "{\"t\":150,\"out\":\"hi\\nthere\"}",
              "{\"t\":1150,\"key\":\"Enter\"}");
      assertThat(recorder.lines()).isEqualTo(4);
    }
  }

  @Test
  void nothingIsWrittenOnceClosed() throws Exception {
    Path file = dir.resolve("s.jsonl");
    Recorder recorder = Recorder.open(file, now::get);
    recorder.output("kept");
    recorder.close();
    recorder.output("dropped");
    assertThat(Files.readAllLines(file)).hasSize(2).last().asString().contains("kept");
    assertThat(recorder.failure()).isNull();
  }

  @Test
  void aFolderThatDoesNotExistFailsAtOnce() {
    assertThatThrownBy(() -> Recorder.open(dir.resolve("nowhere/s.jsonl"), now::get))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void whatWasRecordedReadsBackAsTheSameEvents() throws Exception {
    Path file = dir.resolve("s.jsonl");
    try (Recorder recorder = Recorder.open(file, now::get)) {
      recorder.input("x = 1");
      now.addAndGet(7);
      recorder.output("=> 1");
    }
    assertThat(Replay.read(file).events())
        .containsExactly(new Replay.Event(0, "in", "x = 1"), new Replay.Event(7, "out", "=> 1"));
  }

  static void write(Path file, String... lines) throws IOException {
    Files.write(file, java.util.List.of(lines));
  }
}
