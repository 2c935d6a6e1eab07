/**
 * Groovy extension modules that give runtime objects their Python spellings and keyword arguments
 * ({@code putNowait}, {@code as_completed}, {@code apply_async(callback: …)}), the one table of
 * spelling twins read from {@code spellings.txt}, and the inputs a pool's {@code map} accepts.
 * Stateless: every method runs on the task that calls it.
 */
package dev.conch.dsl.extensions;
