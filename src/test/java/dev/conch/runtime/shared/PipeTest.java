package dev.conch.runtime.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.RuntimeFixture;
import dev.conch.runtime.errors.EOFError;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pipes between tasks: messages travel in order, both ways or one way; a task waiting to receive is
 * shown waiting on its end; poll says whether a message is there; and once one end closes, what was
 * sent still arrives, then EOFError.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PipeTest extends RuntimeFixture {
  private List<PipeEnd> pipe(boolean duplex) {
    return runtime.shared().pipe("p", duplex);
  }

  @Test
  void aDuplexPipeCarriesMessagesBothWaysInOrder() throws Exception {
    List<PipeEnd> ends = pipe(true);
    PipeEnd a = ends.get(0);
    PipeEnd b = ends.get(1);
    a.send(1);
    a.send(null);
    b.send("back");
    assertThat(b.recv()).isEqualTo(1);
    assertThat(b.recv()).isNull();
    assertThat(a.recv()).isEqualTo("back");
  }

  @Test
  void unnamedPipesAreNumbered() {
    assertThat(runtime.shared().pipe(null, true).get(0).label()).isEqualTo("pipe pipe-1");
  }

  @Test
  void aRecvWaitsJournaledAsWaitingOnItsEnd() throws Exception {
    List<PipeEnd> ends = pipe(true);
    Task reader = spawn("reader", () -> ends.get(1).recv());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (reader.getState() != TaskState.WAITING && System.nanoTime() < deadline) {
      Thread.onSpinWait(); // polling with a deadline: the wait has no latch to observe
    }
    assertThat(reader.getState()).isEqualTo(TaskState.WAITING);
    assertThat(reader.getWaitTarget()).isSameAs(ends.get(1));
    assertThat(ends.get(1)).hasToString("pipe p (end 2, 0 messages waiting)");
    ends.get(0).send("hi");
    assertThat(reader.getResult()).isEqualTo("hi");
  }

  @Test
  void pollSaysWhetherAMessageIsThere() throws Exception {
    List<PipeEnd> ends = pipe(true);
    assertThat(ends.get(1).poll()).isFalse();
    assertThat(ends.get(1).poll(0.02)).isFalse();
    ends.get(0).send("x");
    assertThat(ends.get(1).poll(-1)).isTrue();
    assertThat(ends.get(1)).hasToString("pipe p (end 2, 1 message waiting)");
  }

  @Test
  void afterTheOtherEndClosesWhatWasSentArrivesThenEOFError() throws Exception {
    List<PipeEnd> ends = pipe(true);
    ends.get(0).send("last");
    ends.get(0).close();
    assertThat(ends.get(1).poll()).isTrue();
    assertThat(ends.get(1).recv()).isEqualTo("last");
    assertThatThrownBy(() -> ends.get(1).recv())
        .isInstanceOf(EOFError.class)
        .hasMessage("pipe p: the other end is closed");
    assertThatThrownBy(() -> ends.get(1).send("x"))
        .isInstanceOf(MisuseError.class)
        .hasMessage("pipe p: the other end is closed, so nothing sent can arrive");
    assertThatThrownBy(() -> ends.get(0).recv())
        .isInstanceOf(MisuseError.class)
        .hasMessage("pipe p: this end is closed");
    assertThat(ends.get(0)).hasToString("pipe p (end 1, closed)");
  }

  @Test
  void aClosingEndWakesAReceiverWithEOFError() throws Exception {
    List<PipeEnd> ends = pipe(true);
    Task reader = spawn("reader", () -> ends.get(1).recv());
    while (reader.getState() != TaskState.WAITING) {
      Thread.onSpinWait();
    }
    ends.get(0).close();
    reader.join();
    assertThat(reader.getError())
        .isInstanceOf(EOFError.class)
        .hasMessage("pipe p: the other end is closed");
  }

  @Test
  void aOneWayPipeGivesAReceivingEndThenASendingEnd() throws Exception {
    List<PipeEnd> ends = pipe(false);
    ends.get(1).send("one way");
    assertThat(ends.get(0).recv()).isEqualTo("one way");
    assertThatThrownBy(() -> ends.get(0).send("x"))
        .isInstanceOf(MisuseError.class)
        .hasMessage("pipe p: this end only receives; send from the other");
    assertThatThrownBy(() -> ends.get(1).recv())
        .isInstanceOf(MisuseError.class)
        .hasMessage("pipe p: this end only sends; receive at the other");
  }
}
