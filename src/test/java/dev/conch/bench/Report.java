package dev.conch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one benchmark found: its rows in the order added, and notes (what was measured how, what was
 * skipped or failed). Progress messages go to a separate sink and are not part of the report.
 *
 * <p>Not thread-safe: confined to the thread that runs the benchmark.
 */
final class Report {
  private final String title;
  private final Consumer<String> progress;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  Report(String title, Consumer<String> progress) {
    this.title = title;
    this.progress = progress;
  }

  /** A report whose progress messages are dropped. */
  Report(String title) {
    this(title, message -> {});
  }

  String title() {
    return title;
  }

  void add(Row row) {
    rows.add(row);
  }

  void note(String note) {
    notes.add(note);
  }

  /** Tells whoever waits what is being measured now; not part of the report. */
  void progress(String message) {
    progress.accept(message);
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }
}
