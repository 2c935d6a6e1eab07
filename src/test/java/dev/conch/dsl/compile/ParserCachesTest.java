package dev.conch.dsl.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import org.apache.groovy.parser.antlr4.GroovyLexer;
import org.apache.groovy.parser.antlr4.GroovyParser;
import org.junit.jupiter.api.Test;

/**
 * After memory ran out while Groovy refilled its parser's cache, a hole in the cache broke every
 * later line ("dfa is null"): the next line mends it and runs; and Groovy's cache threads end
 * without the JVM printing a line across the screen.
 */
class ParserCachesTest extends DslFixture {
  @Test
  void aLineAfterTheParserLostPartOfItsCacheRunsAsUsual() {
    assertThat(value("1 + 1")).isEqualTo(2);
    GroovyParser._ATN.decisionToDFA[0] = null; // as an OutOfMemoryError mid-refill leaves it
    GroovyLexer._ATN.modeToDFA[0] = null;

    assertThat(value("'still' + 'here'")).isEqualTo("stillhere");
    assertThat(GroovyParser._ATN.decisionToDFA).doesNotContainNull();
    assertThat(GroovyLexer._ATN.modeToDFA).doesNotContainNull();
    assertThat(ParserCaches.mend()).as("nothing left to mend").isFalse();
  }

  @Test
  void groovysCacheThreadsEndWithoutPrintingAnything() {
    assertThat(value("2 * 21")).isEqualTo(42);
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(t -> t.getName().startsWith("DFA-cache-cleaner"))
        .hasSize(2)
        .allSatisfy(
            t ->
                assertThat(t.getUncaughtExceptionHandler().getClass().getSimpleName())
                    .isEqualTo("Quiet"));
  }
}
