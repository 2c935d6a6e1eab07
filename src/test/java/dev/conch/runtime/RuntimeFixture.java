package dev.conch.runtime;

import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskSpec;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh runtime per test, with the test thread as the main task of one run; closed, with every
 * task it started, after the test.
 */
public abstract class RuntimeFixture {
  protected ConchRuntime runtime;
  protected Run run;

  /** Where the tasks' lines go; nowhere unless a test wants them. */
  protected OutputRouter.Sink sink() {
    return (task, text, error) -> {};
  }

  @BeforeEach
  protected void startRuntime() {
    runtime = ConchRuntime.create(sink());
    run = runtime.tasks().beginRun("test");
  }

  @AfterEach
  protected void stopRuntime() {
    runtime.tasks().endRun(run, false);
    runtime.close();
  }

  /** Starts {@code body} as a platform-thread task named {@code name}. */
  protected Task spawn(String name, Callable<?> body) {
    return runtime.tasks().spawn(TaskSpec.defaults().withName(name), body);
  }
}
