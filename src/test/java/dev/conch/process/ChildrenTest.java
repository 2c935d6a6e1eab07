package dev.conch.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.process.channel.Channel;
import dev.conch.process.channel.ChannelClient;
import dev.conch.process.channel.ChannelError;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.OutputRouter;
import dev.conch.runtime.errors.TaskFailedError;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.task.TaskSpec;
import dev.conch.runtime.task.TaskState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Process tasks in real child JVMs: pids, output, results, failures, terminate, clean-up. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChildrenTest {
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private ConchRuntime runtime;
  private Run run;

  @BeforeEach
  void start() {
    OutputRouter.Sink sink =
        (task, text, error) ->
            lines.add((task == null ? "?" : task.getName()) + (error ? " err: " : ": ") + text);
    runtime = ConchRuntime.create(sink);
    run = runtime.tasks().beginRun("test");
  }

  @AfterEach
  void stop() {
    runtime.tasks().endRun(run, false);
    runtime.close();
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList())
        .as("child JVMs left behind")
        .isEmpty();
  }

  private Task process(String name, Callable<Object> work) throws Exception {
    Shipment shipment = new Shipment(name, Map.of(), JvmCopies.write(work, o -> o));
    TaskSpec spec = TaskSpec.defaults().withName(name).withKind(TaskKind.PROCESS);
    return runtime.tasks().spawn(spec, Children.of(runtime).body(shipment));
  }

  @Test
  void aProcessTaskRunsInAChildJvmWithItsOwnPidAndItsOutputTagged() throws Exception {
    Task kid = process("kid", new Works.Hello("hello from the child"));
    Object childPid = kid.getResult();
    assertThat(childPid).isEqualTo(kid.getPid()).isNotEqualTo(ProcessHandle.current().pid());
    assertThat(kid.getState()).isEqualTo(TaskState.DONE);
    assertThat(kid.getExitcode()).isZero();
    assertThat(List.copyOf(lines)).contains("kid: hello from the child", "kid err: to stderr");
  }

  @Test
  void aFailingChildFailsItsTaskWithTheChildsErrorAndExitCode1() throws Exception {
    Task kid = process("bad", new Works.Fails());
    kid.join();
    assertThat(kid.getState()).isEqualTo(TaskState.FAILED);
    assertThat(kid.getExitcode()).isEqualTo(1);
    assertThatThrownBy(kid::getResult)
        .isInstanceOf(TaskFailedError.class)
        .cause()
        .isInstanceOf(ArithmeticException.class) // the child's own error, copied back
        .hasMessage("/ by zero");
  }

  @Test
  void terminateEndsTheChildWithSigtermAndCancelsTheTask() throws Exception {
    Task kid = process("sleeper", new Works.Hangs());
    assertThat(lines.poll(30, TimeUnit.SECONDS)).isEqualTo("sleeper: up");
    long pid = kid.getPid();
    assertThat(kid.terminate()).isTrue();
    kid.join();
    assertThat(kid.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(kid.getExitcode()).isEqualTo(-15);
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void closingTheRuntimeEndsRunningChildrenAndTheSpare() throws Exception {
    Task kid = process("stuck", new Works.Hangs());
    assertThat(lines.poll(30, TimeUnit.SECONDS)).isEqualTo("stuck: up");
    assertThat(ProcessHandle.current().descendants().count())
        .as("the child and a spare")
        .isGreaterThanOrEqualTo(2);
    runtime.tasks().endRun(run, false);
    runtime.close();
    assertThat(kid.getState()).isEqualTo(TaskState.CANCELLED);
    run = runtime.tasks().beginRun("after");
  }

  @Test
  void aChildWhoseParentDropsTheChannelEndsItself() throws Exception {
    var asked = new java.util.concurrent.CountDownLatch(1);
    Process child;
    try (Channel channel =
        Channel.open(
            (peer, args) -> {
              asked.countDown();
              new java.util.concurrent.CountDownLatch(1).await(); // no job, ever
              return null;
            })) {
      ProcessBuilder builder = new ProcessBuilder(ChildJvm.command());
      builder.environment().put("CONCH_CHANNEL", channel.socket().toString());
      builder.environment().put("CONCH_SECRET", channel.secret());
      child = builder.redirectErrorStream(true).start();
      assertThat(asked.await(30, TimeUnit.SECONDS)).as("the child asked for work").isTrue();
    } // the channel closes, as when the parent dies
    assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("the child ended by itself").isTrue();
    assertThat(child.exitValue()).isEqualTo(143);
  }

  @Test
  void aStrangerAtTheChannelIsRefusedAndSaidSo() throws Exception {
    var socket = Children.of(runtime).socket();
    assertThatThrownBy(() -> ChannelClient.connect(socket, "f".repeat(64)))
        .isInstanceOf(ChannelError.class)
        .hasMessage("channel: refused: channel: wrong secret");
    assertThat(lines.poll(10, TimeUnit.SECONDS))
        .isEqualTo("? err: process channel: a connection was refused: channel: wrong secret");
  }
}
