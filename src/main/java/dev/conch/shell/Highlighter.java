package dev.conch.shell;

import dev.conch.dsl.Builtins;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours Groovy as it is typed: keywords, strings, numbers, comments, the built-ins and
 * /-commands. Plain when colours are off. Thread-safe; it also tells when the prompt was first
 * drawn, so that work which would delay the prompt can wait for it.
 */
public final class Highlighter implements org.jline.reader.Highlighter {
  private static final AttributedStyle KEYWORD =
      AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
  private static final AttributedStyle STRING =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  private static final AttributedStyle NUMBER =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  private static final AttributedStyle COMMENT =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).faint();
  private static final AttributedStyle BUILTIN =
      AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
  private static final AttributedStyle COMMAND =
      AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);

  private final boolean color;
  private final CountDownLatch drawn = new CountDownLatch(1);

  public Highlighter(boolean color) {
    this.color = color;
  }

  /** Waits until the prompt has been drawn once (JLine highlights the line as it draws it). */
  void awaitFirstDraw() throws InterruptedException {
    drawn.await();
  }

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    drawn.countDown();
    if (!color) {
      return new AttributedString(buffer);
    }
    AttributedStringBuilder out = new AttributedStringBuilder();
    if (buffer.stripLeading().startsWith("/")) {
      int end = buffer.indexOf(' ');
      end = end < 0 ? buffer.length() : end;
      out.styled(COMMAND, buffer.substring(0, end)).append(buffer.substring(end));
      return out.toAttributedString();
    }
    for (GroovyLexer.Span span : GroovyLexer.scan(buffer).spans()) {
      String text = buffer.substring(span.start(), span.end());
      out.styled(style(span.kind(), text), text);
    }
    return out.toAttributedString();
  }

  private static AttributedStyle style(GroovyLexer.Kind kind, String text) {
    return switch (kind) {
      case KEYWORD -> KEYWORD;
      case STRING -> STRING;
      case NUMBER -> NUMBER;
      case COMMENT -> COMMENT;
      case WORD -> Builtins.find(text).isPresent() ? BUILTIN : AttributedStyle.DEFAULT;
      case OTHER -> AttributedStyle.DEFAULT;
    };
  }

  @Override
  public void setErrorPattern(Pattern errorPattern) {}

  @Override
  public void setErrorIndex(int errorIndex) {}
}
