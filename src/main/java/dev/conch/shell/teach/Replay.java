package dev.conch.shell.teach;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * A recording that {@link Recorder} wrote, read back, and played with its pauses scaled by a speed.
 * Immutable; {@link #play} runs on the calling thread.
 */
final class Replay {
  /** What happened when: {@code kind} is {@code in}, {@code out} or {@code key}. */
  record Event(long t, String kind, String text) {}

  /** Waits a number of milliseconds; tests give one that does not really wait. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  /** A file that is not a recording: the message key and its arguments. */
  static final class BadRecording extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Object[] args;

    BadRecording(String key, Object... args) {
      super(key, null, false, false);
      this.args = args;
    }

    Object[] args() {
      return args.clone();
    }
  }

  private static final List<String> KINDS = List.of("in", "out", "key");

  private final List<Event> events;

  private Replay(List<Event> events) {
    this.events = List.copyOf(events);
  }

  List<Event> events() {
    return events;
  }

  /** Reads the recording {@code file}. */
  static Replay read(Path file) throws BadRecording {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (NoSuchFileException e) {
      throw new BadRecording("replay.missing", file);
    } catch (IOException | RuntimeException e) {
      throw new BadRecording("replay.unreadable", file, e.getClass().getSimpleName());
    }
    if (lines.isEmpty() || !isHeader(parse(lines.get(0)))) {
      throw new BadRecording("replay.notrecording", file);
    }
    List<Event> events = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      Event event = event(parse(lines.get(i)));
      if (event == null) {
        throw new BadRecording("replay.badline", file, i + 1);
      }
      events.add(event);
    }
    return new Replay(events);
  }

  private static JsonNode parse(String line) {
    try {
      return Recorder.JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static boolean isHeader(JsonNode node) {
    return node != null
        && Recorder.MAGIC.equals(node.path("conch").asText())
        && node.path("version").asInt() == Recorder.VERSION;
  }

  private static Event event(JsonNode node) {
    if (node == null || !node.path("t").canConvertToLong() || node.path("t").asLong() < 0) {
      return null;
    }
    for (String kind : KINDS) {
      if (node.path(kind).isTextual()) {
        return new Event(node.path("t").asLong(), kind, node.path(kind).asText());
      }
    }
    return null;
  }

  /**
   * The speed a word asks for: a number above 0 (2 plays twice as fast), or {@code 0} or {@code
   * max} for no pauses at all (given as 0); empty when the word is none of these.
   */
  static OptionalDouble speed(String word) {
    if (word.toLowerCase(Locale.ROOT).equals("max")) {
      return OptionalDouble.of(0);
    }
    try {
      double speed = Double.parseDouble(word);
      return Double.isFinite(speed) && speed >= 0
          ? OptionalDouble.of(speed)
          : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /**
   * Shows each event after the pause that preceded it in the recording, divided by {@code speed}
   * (0: no pauses). Returns how many events were shown: fewer than all when the thread was
   * interrupted (Ctrl-C), whose interrupt flag then stays set.
   */
  int play(double speed, Sleeper sleeper, Consumer<Event> show) {
    long previous = 0;
    int shown = 0;
    try {
      for (Event event : events) {
        long pause = event.t() - previous;
        previous = event.t();
        if (speed > 0 && pause > 0) {
          sleeper.sleep(Math.round(pause / speed));
        }
        if (Thread.currentThread().isInterrupted()) {
          return shown;
        }
        show.accept(event);
        shown++;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return shown;
  }
}
