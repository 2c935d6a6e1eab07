package dev.conch.view;

import dev.conch.runtime.task.TaskState;

/**
 * What one cell of a timeline bar shows. The order is the order that wins a tie within a cell.
 * Immutable.
 */
enum Shade {
  RUNNING('█', "32"),
  SLEEPING('·', "34"),
  WAITING('░', "33"),
  BLOCKED('▒', "31"),
  /** Not started yet, or already ended. */
  NONE(' ', null);

  /** The shades a task can be in while alive. */
  static final int LIVE = 4;

  private final char glyph;
  private final String colour;

  Shade(char glyph, String colour) {
    this.glyph = glyph;
    this.colour = colour;
  }

  /** The shade of a task in {@code state}. */
  static Shade of(TaskState state) {
    return switch (state) {
      case RUNNING -> RUNNING;
      case SLEEPING -> SLEEPING;
      case WAITING -> WAITING;
      case BLOCKED -> BLOCKED;
      case NEW, DONE, FAILED, CANCELLED -> NONE;
    };
  }

  char glyph() {
    return glyph;
  }

  /** The glyph, wrapped in its ANSI colour when {@code colour} is set. */
  String paint(String glyphs, boolean colourful) {
    if (!colourful || colour == null) {
      return glyphs;
    }
    return "\u001b[" + colour + "m" + glyphs + "\u001b[0m";
  }
}
