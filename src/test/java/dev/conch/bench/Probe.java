package dev.conch.bench;

import java.util.List;
import java.util.Map;

/**
 * How to time one kind of child process: its command line and extra environment, the output stream
 * to watch and the {@link Marker} that ends the timing, what to write to its stdin at start ({@code
 * input}), and what to write once the marker is seen ({@code quit}, after which stdin is closed;
 * {@code null} closes stdin right after {@code input}). Immutable.
 */
record Probe(
    String name,
    List<String> command,
    Map<String, String> env,
    Output output,
    Marker marker,
    String input,
    String quit) {

  /** The child's output streams. */
  enum Output {
    STDOUT,
    STDERR
  }

  Probe {
    command = List.copyOf(command);
    env = Map.copyOf(env);
  }

  /** Waits for a prompt on {@code output} with stdin open, then types {@code quit}. */
  static Probe prompt(
      String name,
      List<String> command,
      Map<String, String> env,
      Output output,
      String prompt,
      String quit) {
    return new Probe(name, command, env, output, Marker.containing(prompt), "", quit);
  }

  /** Writes {@code input}, closes stdin and waits for {@code marker} on stdout. */
  static Probe result(
      String name, List<String> command, Map<String, String> env, Marker marker, String input) {
    return new Probe(name, command, env, Output.STDOUT, marker, input, null);
  }
}
