/**
 * Scaling: {@link dev.conch.runtime.scale.Scaling} times a block at 1, 2, 4, … workers, {@link
 * dev.conch.runtime.scale.ScaleResult} holds the timings and the speed-ups, and {@link
 * dev.conch.runtime.scale.Amdahl} fits Amdahl's law to them. Pure Java; uses only the runtime's
 * root package.
 */
package dev.conch.runtime.scale;
