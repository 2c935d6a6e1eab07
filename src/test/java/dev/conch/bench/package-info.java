/**
 * Benchmarks run by {@code ./shell bench [NAME…]}: each {@link dev.conch.bench.Benchmark} times
 * something a user waits for and prints it beside baselines (jshell, python3) timed in the same
 * run. Nothing here asserts a timing; only the pure parts (statistics, the table) have tests.
 *
 * <p>Test code: may import anything on the test classpath. What a user waits for at the prompt is
 * measured from the outside, as a child process through the real launcher; engines (the runtime,
 * geo) are also timed in this JVM beside a plain-Java baseline. Thread model: {@link
 * dev.conch.bench.Bench} runs the benchmarks one after another on the main thread; each timed child
 * process gets two named reader threads, and the geo bench two baseline threads, which the run
 * joins before it returns.
 */
package dev.conch.bench;
