package dev.conch.bench;

/** What a row's times measure: from process start until a moment the user sees. */
enum Measure {
  /** Until the prompt appears, ready for input. */
  PROMPT("prompt"),
  /** Until the output of the first line of code appears. */
  FIRST_RESULT("first result"),
  /** Until the process has exited. */
  EXIT("exit");

  private final String label;

  Measure(String label) {
    this.label = label;
  }

  /** The label in the table's measure column. */
  String label() {
    return label;
  }
}
