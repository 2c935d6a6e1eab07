package dev.conch.bench;

import java.util.Arrays;
import java.util.List;

/** Whose time a row is: Conch's, or one of the baselines that Conch's rows are compared with. */
enum Subject {
  CONCH("conch"),
  PYTHON3("python3"),
  JSHELL("jshell");

  private final String label;

  Subject(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** The baselines, in the order of the table's ratio columns. */
  static List<Subject> baselines() {
    return Arrays.stream(values()).filter(s -> s != CONCH).toList();
  }
}
