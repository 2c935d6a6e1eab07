package dev.conch.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conch.dsl.process.ProcessWork;
import groovy.lang.Closure;
import groovy.lang.GroovyShell;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A pool job in a worker gives what Groovy's own call gives, through the direct call or not. */
@Timeout(30)
class DirectCallTest {
  private static final GroovyShell SHELL = new GroovyShell();

  private static Closure<?> closure(String code) {
    return (Closure<?>) SHELL.evaluate(code);
  }

  /** Runs {@code closure} on {@code args} as a process pool's worker does. */
  private static Object asJob(Closure<?> closure, Object... args) {
    return new ProcessWork(closure, null, Map.of(), new Object[0]).apply(args);
  }

  @Test
  void aTypedClosureIsCalledDirectlyWithTheSameResult() {
    Closure<?> twice = closure("{ int n -> n * 2 }");
    assertNotNull(DirectCall.of(twice, 1), "a closure with one doCall(int) is called directly");
    assertEquals(42, asJob(twice, 21));
    assertEquals(twice.call(21), asJob(twice, 21));
  }

  @Test
  void argumentsOfAnotherTypeGoThroughGroovy() {
    Closure<?> describe = closure("{ String s -> s.size() }");
    assertEquals(3, asJob(describe, "abc"));
    assertEquals(Boolean.TRUE, asJob(closure("{ n -> n > 2 }"), 3));
    // a GString for a String parameter: not of the parameter's type, so Groovy's call coerces it
    Object gstring = SHELL.evaluate("def x = 'b'; \"a${x}c\"");
    assertEquals(3, asJob(describe, gstring));
  }

  @Test
  void aClosureWithDefaultsGivesWhatGroovyGives() {
    Closure<?> defaults = closure("{ a, b = 10 -> a + b }");
    assertEquals(11, asJob(defaults, 1));
    assertEquals(3, asJob(defaults, 1, 2));
    assertNull(DirectCall.of(defaults, 3), "no doCall takes three arguments");
    assertThrows(RuntimeException.class, () -> asJob(defaults, 1, 2, 3));
  }

  @Test
  void aNullForAPrimitiveParameterFailsAsGroovyFails() {
    Closure<?> twice = closure("{ int n -> n * 2 }");
    RuntimeException groovy = assertThrows(RuntimeException.class, () -> twice.call((Object) null));
    RuntimeException job = assertThrows(RuntimeException.class, () -> asJob(twice, (Object) null));
    assertEquals(groovy.getClass(), job.getClass());
  }

  @Test
  void theLearnersErrorComesOutAsItself() {
    Closure<?> failing = closure("{ int n -> throw new IllegalArgumentException('no ' + n) }");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> asJob(failing, 7));
    assertEquals("no 7", e.getMessage());
    assertTrue(DirectCall.of(failing, 1).fits(failing, new Object[] {7}));
  }

  @Test
  void aSpawnedBlockIsCalledDirectlyAndGivesWhatGroovyGives() throws Exception {
    Closure<?> block = closure("{ -> [6 * 7, delegate == owner] }");
    assertNotNull(DirectCall.of(block, 0), "a block without parameters has one doCall()");
    assertEquals(block.call(), DirectCall.callWithoutArguments(block));
  }

  @Test
  void aBlockWithAnImplicitParameterGetsNullForIt() throws Exception {
    Closure<?> block = closure("({ it == null ? 'no it' : it })");
    assertEquals("no it", DirectCall.callWithoutArguments(block));
  }

  @Test
  void aBlockWhoseOnlyParameterIsTypedGoesThroughGroovy() throws Exception {
    Closure<?> block = closure("{ String s -> s == null ? 'none' : s }");
    assertNull(DirectCall.of(block, 0), "no doCall() to call straight");
    assertEquals(block.call(), DirectCall.callWithoutArguments(block));
  }

  @Test
  void aSpawnedBlocksErrorComesOutAsItselfEitherWay() {
    Closure<?> direct = closure("{ -> throw new IllegalStateException('direct') }");
    Closure<?> groovy = closure("{ String s -> throw new IllegalStateException('groovy') }");
    assertEquals(
        "direct",
        assertThrows(IllegalStateException.class, () -> DirectCall.callWithoutArguments(direct))
            .getMessage());
    assertEquals(
        "groovy",
        assertThrows(IllegalStateException.class, () -> DirectCall.callWithoutArguments(groovy))
            .getMessage());
  }
}
