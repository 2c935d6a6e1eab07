package dev.conch.dsl;

import groovy.lang.GroovySystem;

/**
 * Gives Groovy a head start: on a thread of its own, the two slowest parts of Groovy's first use
 * are prepared while the shell sets itself up and parses the first line — the compiler's table of
 * default imports (it walks the JDK's and Groovy's packages) and the runtime's registry of
 * metaclasses with every extension method. Both are class initialisations, so a line that needs one
 * early waits for it rather than doing the work twice. Stateless.
 */
public final class GroovyHeadStart {
  private static final String RESOLVER = "org.codehaus.groovy.control.ResolveVisitor";

  private GroovyHeadStart() {}

  /** Starts the preparation on a daemon thread and returns at once. */
  public static void begin() {
    Thread.ofPlatform().name("conch-groovy-head-start").daemon().start(GroovyHeadStart::prepare);
  }

  private static void prepare() {
    try {
      Class.forName(RESOLVER, true, GroovyHeadStart.class.getClassLoader());
      GroovySystem.getMetaClassRegistry().getMetaClass(Object.class);
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      // only time is at stake: the first line prepares whatever is missing itself
    }
  }
}
