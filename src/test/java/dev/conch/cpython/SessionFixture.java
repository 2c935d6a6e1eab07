package dev.conch.cpython;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.ScriptHost;
import dev.conch.runtime.ConchRuntime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * One Groovy session per test, on a fresh runtime, evaluating lines through the path the shell
 * uses; closed, with every task and child it started, after the test.
 */
abstract class SessionFixture {
  protected final ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {});
  private final ScriptHost host = new ScriptHost(runtime, runtime.output().out());

  /**
   * Gives the session {@code inAnother { … }}: runs the block in a task of its own, joins it and
   * answers its value, as CPython's tests run a probe in another thread.
   */
  @BeforeEach
  void defineInAnother() {
    host.evaluate(IN_ANOTHER, IN_ANOTHER, false);
  }

  private static final String IN_ANOTHER =
      "def inAnother(Closure c) { def t = spawn(c); t.join(); t.error ? { throw t.error }() : t.result }";

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  /**
   * What a learner sees of {@code code}: its value as text, or {@code raised X} where X is the
   * simple name of the error it raised (Python's name, as the session knows it).
   */
  protected String run(String code) {
    Outcome outcome = host.evaluate(code, code, false);
    if (outcome.failed()) {
      return "raised " + outcome.error().getClass().getSimpleName();
    }
    return String.valueOf(outcome.value());
  }

  /** The message of the error {@code code} raises, or a note that it raised none. */
  protected String message(String code) {
    Outcome outcome = host.evaluate(code, code, false);
    return outcome.failed() ? outcome.error().getMessage() : "no error: " + outcome.value();
  }
}
