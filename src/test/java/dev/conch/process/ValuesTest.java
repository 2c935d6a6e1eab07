package dev.conch.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.process.proxy.ProxyError;
import dev.conch.runtime.errors.TimeoutError;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Errors and values sent between processes: an error arrives on the other side with its type,
 * message key and values, one that cannot be copied arrives as a ProxyError naming its class and
 * message, and a reply with a value carries no error.
 */
class ValuesTest {
  private static final ClassLoader LOADER = ValuesTest.class.getClassLoader();

  @Test
  void aTimeoutErrorArrivesWithItsTypeWordsKeyAndValues() {
    var error = new TimeoutError("pool.timeout", "%s: no result within %s s", "job 1", 2);
    Throwable rebuilt =
        WireValues.errorOf(
            WireValues.error(error, UnaryOperator.identity()), "pool p", LOADER, o -> o);
    assertThat(rebuilt).isInstanceOf(TimeoutError.class).hasMessage("job 1: no result within 2 s");
    assertThat(((TimeoutError) rebuilt).key()).isEqualTo("pool.timeout");
    assertThat(((TimeoutError) rebuilt).args()).containsExactly("job 1", 2);
    assertThat(rebuilt.getStackTrace()[0].getClassName()).isEqualTo(WireValues.class.getName());
  }

  /** An error whose field cannot be serialized. */
  static final class Odd extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unused", "serial"})
    private final Object notCopyable = new Object();

    Odd() {
      super("strange");
    }
  }

  @Test
  void anErrorThatCannotBeCopiedArrivesAsAProxyErrorWithItsClassAndWords() {
    Throwable rebuilt =
        WireValues.errorOf(
            WireValues.error(new Odd(), UnaryOperator.identity()), "lock a", LOADER, o -> o);
    assertThat(rebuilt)
        .isInstanceOf(ProxyError.class)
        .hasMessage("lock a: ValuesTest$Odd in the parent: strange");
  }

  @Test
  void aReplyWithAValueCarriesNoError() throws Exception {
    var reply = WireValues.reply(42L, UnaryOperator.identity());
    assertThat(WireValues.errorOf(reply, "x", LOADER, o -> o)).isNull();
    assertThat(WireValues.decode(reply.get("v"), LOADER, o -> o)).isEqualTo(42L);
  }
}
