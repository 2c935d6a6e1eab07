package dev.conch.shell.errors;

import dev.conch.dsl.ErrorWording;
import dev.conch.dsl.compile.CompileError;
import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.codehaus.groovy.runtime.typehandling.GroovyCastException;

/**
 * A line in the learner's language above one of Groovy's own common errors, whose words stay
 * English: a method or property that does not exist, a method called on null, a wrong type, code
 * that does not compile. Nothing for English, which reads Groovy's words as they are. Stateless.
 */
final class GroovyErrorWords {
  /** Groovy's words for a method called on null: {@code Cannot invoke method put() on null}. */
  private static final Pattern ON_NULL = Pattern.compile("Cannot invoke method (\\w+)\\(\\)");

  /** The JDK's words for the same: {@code Cannot invoke "Queue.put(Object)" because …}. */
  private static final Pattern ON_NULL_JAVA =
      Pattern.compile("Cannot invoke \"(?:[\\w$]+\\.)*([\\w$]+)\\(");

  private GroovyErrorWords() {}

  /** The line to show above {@code error}, if the learner reads another language than English. */
  static Optional<String> above(Throwable error, Messages m) {
    if (m.lang() == Lang.EN) {
      return Optional.empty();
    }
    if (error instanceof CompileError ce) {
      return ce.hint().isPresent()
          ? Optional.empty()
          : Optional.of(m.get("groovy.explain.compile"));
    }
    if (error instanceof MissingMethodException mme) {
      String types =
          Arrays.stream(mme.getArguments() == null ? new Object[0] : mme.getArguments())
              .map(a -> a == null ? "null" : a.getClass().getSimpleName())
              .collect(Collectors.joining(", "));
      if (types.isEmpty()) {
        types = m.get("groovy.explain.none");
      }
      Class<?> owner = mme.getType();
      return Optional.of(
          owner == null || ErrorWording.ofLine(owner)
              ? m.get("groovy.explain.method", mme.getMethod(), types)
              : m.get("groovy.explain.method.of", owner.getSimpleName(), mme.getMethod(), types));
    }
    if (error instanceof MissingPropertyException mpe && mpe.getType() != null) {
      return Optional.of(
          m.get("groovy.explain.property", mpe.getType().getSimpleName(), mpe.getProperty()));
    }
    if (error instanceof NullPointerException npe && npe.getMessage() != null) {
      for (Pattern p : new Pattern[] {ON_NULL, ON_NULL_JAVA}) {
        Matcher called = p.matcher(npe.getMessage());
        if (called.find()) {
          return Optional.of(m.get("groovy.explain.null", called.group(1)));
        }
      }
    }
    if (error instanceof GroovyCastException || error instanceof ClassCastException) {
      return Optional.of(m.get("groovy.explain.cast"));
    }
    return Optional.empty();
  }
}
