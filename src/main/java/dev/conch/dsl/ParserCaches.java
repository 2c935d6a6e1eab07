package dev.conch.dsl;

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
 * refills the arrays when one has a hole. That thread's warning about it, printed across the
 * learner's screen, is silenced: the line that ran out of memory says so itself. Thread-safe.
 */
final class ParserCaches {
  /** Held, so that the logger keeps its level (the JDK keeps loggers only weakly). */
  private static final Logger CLEANER = Logger.getLogger(AtnManager.class.getName());

  static {
    CLEANER.setLevel(Level.OFF);
  }

  private ParserCaches() {}

  /** Refills the lexer's and the parser's DFA caches if either lost an entry; whether one had. */
  static synchronized boolean mend() {
    boolean mended = false;
    for (ATN atn : new ATN[] {GroovyLexer._ATN, GroovyParser._ATN}) {
      if (hasHole(atn)) {
        atn.clearDFA();
        mended = true;
      }
    }
    return mended;
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
