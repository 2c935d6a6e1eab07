package dev.conch.bench;

/**
 * A child process could not be timed: it failed to start, ended or hung before its marker, or did
 * not exit. The message is one line fit for the report's notes.
 */
final class ProbeException extends Exception {
  private static final long serialVersionUID = 1L;

  ProbeException(String message) {
    super(message);
  }
}
