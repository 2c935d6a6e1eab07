package dev.conch.dsl;

import dev.conch.runtime.task.Run;

/**
 * What one evaluation gave: its value and whether the prompt should show it, or the error that
 * ended it, and the run it made. Immutable.
 */
public record Outcome(Object value, boolean showValue, Throwable error, Run run) {
  public boolean failed() {
    return error != null;
  }
}
