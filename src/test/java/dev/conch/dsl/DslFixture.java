package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.runtime.ConchRuntime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * One Groovy session per test, on a fresh runtime whose tasks' lines are collected; closed, with
 * every task it started, after the test.
 */
abstract class DslFixture {
  /** The lines tasks printed, in order; guarded by itself. */
  protected final List<String> lines = new ArrayList<>();

  /**
   * The same lines, each after the name of the task that printed it ({@code [w] a}); guarded by
   * lines.
   */
  protected final List<String> tagged = new ArrayList<>();

  protected final ConchRuntime runtime =
      ConchRuntime.create(
          (task, text, error) -> {
            synchronized (lines) {
              lines.add(text);
              tagged.add("[" + task.getName() + "] " + text);
            }
          });
  protected final ScriptHost host = new ScriptHost(runtime, runtime.output().out());

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  /** Evaluates {@code code} as a typed line. */
  protected Outcome eval(String code) {
    return host.evaluate(code, code, false);
  }

  /** The value of {@code code}, which must not fail. */
  protected Object value(String code) {
    Outcome outcome = eval(code);
    if (outcome.failed()) {
      throw new AssertionError(code + " failed", outcome.error());
    }
    return outcome.value();
  }

  /** The error of {@code code}, which must fail. */
  protected Throwable error(String code) {
    Outcome outcome = eval(code);
    assertThat(outcome.failed()).as(code).isTrue();
    return outcome.error();
  }
}
