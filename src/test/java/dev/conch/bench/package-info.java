/**
 * Benchmarks run by {@code ./shell bench [NAME…]}: each {@link dev.conch.bench.Benchmark} times
 * something a user waits for and prints it beside baselines (jshell, python3, the tools users know
 * such as fping, curl and aria2c) timed in the same run. Nothing here asserts a timing; only the
 * pure parts (statistics, the table, goal lines, command lines) have tests.
 *
 * <p>Test code: may import anything on the test classpath. Start-up and whole scripts are measured
 * from the outside, as a child process through the real launcher; work inside a running session
 * (tasks, download) is timed in this JVM through the runtime or {@link dev.conch.dsl.ScriptHost},
 * as a learner's typed line runs, and engines (geo) beside a plain-Java baseline in the same JVM.
 * Thread model: {@link dev.conch.bench.Bench} runs the benchmarks one after another on the main
 * thread; each child process gets named reader threads, and the geo bench two baseline threads,
 * which the run joins before it returns; every child started is stopped and reaped by its
 * benchmark.
 */
package dev.conch.bench;
