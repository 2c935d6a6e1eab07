package dev.conch.bench;

import java.time.Duration;

/** One timed run: from process start until the marker appeared, and until the process exited. */
record Timing(Duration toMarker, Duration toExit) {}
