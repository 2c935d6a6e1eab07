package dev.conch.dsl.compile;

import groovyjarjarantlr4.v4.runtime.atn.ATN;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.groovy.parser.antlr4.GroovyLexer;
import org.apache.groovy.parser.antlr4.GroovyParser;
import org.apache.groovy.parser.antlr4.internal.atnmanager.AtnManager;

/**
 * Keeps Groovy's parser usable after memory ran out. The parser caches the DFAs of its grammar in
 * static arrays, which a thread of Groovy's empties and refills when memory runs low; when memory
 * runs out during the refill, some entries stay null, and from then on every line fails to parse
 * ("dfa is null"), though the shell has memory again. Before each compilation, {@link #mend()}
 * refills the arrays when one has a hole. That thread's warning about it, and the JVM's line when
 * the thread itself dies of it, printed across the learner's screen, are silenced: the line that
 * ran out of memory says so itself. Thread-safe.
 */
public final class ParserCaches {
  /** Held, so that the logger keeps its level (the JDK keeps loggers only weakly). */
  private static final Logger CLEANER = Logger.getLogger(AtnManager.class.getName());

  static {
    CLEANER.setLevel(Level.OFF);
  }

  /** The name Groovy gives its cache threads: {@code DFA-cache-cleaner[ParserAtnManager]}, … */
  private static final String CLEANER_THREAD = "DFA-cache-cleaner";

  /** How many cache threads Groovy runs: the lexer's and the parser's. */
  private static final int CLEANERS = 2;

  private static int quieted; // guarded by the class: cache threads given a quiet handler

  private ParserCaches() {}

  /** Refills the lexer's and the parser's DFA caches if either lost an entry; whether one had. */
  public static synchronized boolean mend() {
    boolean mended = false;
    for (ATN atn : new ATN[] {GroovyLexer._ATN, GroovyParser._ATN}) {
      if (hasHole(atn)) {
        atn.clearDFA();
        mended = true;
      }
    }
    return mended;
  }

  /**
   * Gives Groovy's cache threads, started by its first parse, a handler that says nothing when one
   * dies: out of memory, the JVM's default would print a line of its own on the screen. Looks for
   * them only until both are found.
   */
  public static synchronized void quiet() {
    if (quieted >= CLEANERS) {
      return;
    }
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 8];
    int count = root.enumerate(threads, true);
    for (int i = 0; i < count; i++) {
      Thread t = threads[i];
      if (t.getName().startsWith(CLEANER_THREAD)
          && !(t.getUncaughtExceptionHandler() instanceof Quiet)) {
        t.setUncaughtExceptionHandler(new Quiet());
        quieted++;
      }
    }
  }

  /** Says nothing of a cache thread's end: the next compilation mends what it left. */
  private static final class Quiet implements Thread.UncaughtExceptionHandler {
    @Override
    public void uncaughtException(Thread thread, Throwable error) {
      // nothing to tell the learner: mend() refills whatever the thread left half done
    }
  }

  private static boolean hasHole(ATN atn) {
    return hasHole(atn.decisionToDFA) || hasHole(atn.modeToDFA);
  }

  private static boolean hasHole(Object[] dfas) {
    if (dfas == null) {
      return true;
    }
    for (Object dfa : dfas) {
      if (dfa == null) {
        return true;
      }
    }
    return false;
  }
}
