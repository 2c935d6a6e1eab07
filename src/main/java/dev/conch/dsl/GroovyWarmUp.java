package dev.conch.dsl;

import dev.conch.process.ChildWarmUp;
import groovy.lang.GroovyShell;

/**
 * Warms a spare child JVM up: runs a closure through Groovy's runtime once, as a shipped one will
 * run, so that the learner's first process does not pay for loading it. Stateless.
 */
public final class GroovyWarmUp implements ChildWarmUp {
  @Override
  public void warmUp() {
    new GroovyShell()
        .evaluate(
            "def f = { a, b -> [a * b, \"${a}\".size(), [x: 1].x] }; f(6, 7); f.rehydrate(this,"
                + " this, this).call(1, 2)");
  }
}
