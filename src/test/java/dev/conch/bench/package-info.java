/**
 * Benchmarks run by {@code ./shell bench [NAME…]}: each {@link dev.conch.bench.Benchmark} times
 * something a user waits for and prints it beside baselines (jshell, python3) timed in the same
 * run. Nothing here asserts a timing; only the pure parts (statistics, the table) have tests.
 *
 * <p>Test code: may import anything on the test classpath, but measures Conch from the outside, as
 * a child process through the real launcher, never by calling its classes. Thread model: {@link
 * dev.conch.bench.Bench} runs the benchmarks one after another on the main thread; each timed child
 * process gets two named reader threads, which the run joins before it returns.
 */
package dev.conch.bench;
