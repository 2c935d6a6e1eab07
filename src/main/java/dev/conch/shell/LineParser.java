package dev.conch.shell;

import dev.conch.shell.errors.UnclosedQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine where words are (Groovy identifiers, or the words of a /-command) and asks for more
 * lines while the Groovy is still open and another line could close it: a bracket, a triple-quoted
 * string or a comment, never a one-line string left open (see {@link UnclosedQuote}). Stateless.
 */
public final class LineParser implements Parser {
  private static final Pattern WORD = Pattern.compile("\\S+");

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    boolean command = line.stripLeading().startsWith("/");
    // JLine parses each line's text so far for the continuation prompt too, to fill in its %M
    if (!command
        && (context == ParseContext.ACCEPT_LINE || context == ParseContext.SECONDARY_PROMPT)) {
      GroovyLexer.Scan scan = GroovyLexer.scan(line);
      // a quote left open on its line is wrong whatever comes next: the line ends, and says so
      if (scan.open() && !scan.unclosedQuote()) {
        throw new EOFError(-1, -1, "incomplete Groovy", "");
      }
    }
    return command ? commandWords(line, cursor) : groovyWord(line, cursor);
  }

  private static ParsedLine commandWords(String line, int cursor) {
    List<String> words = new ArrayList<>();
    int wordIndex = -1;
    int wordCursor = 0;
    int before = 0;
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      if (wordIndex < 0 && cursor >= m.start() && cursor <= m.end()) {
        wordIndex = words.size();
        wordCursor = cursor - m.start();
      }
      if (m.end() < cursor) {
        before++;
      }
      words.add(m.group());
    }
    if (wordIndex < 0) {
      wordIndex = before;
      words.add(before, "");
    }
    return new Simple(line, cursor, words, wordIndex, wordCursor);
  }

  private static ParsedLine groovyWord(String line, int cursor) {
    int start = cursor;
    while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) {
      start--;
    }
    String before = line.substring(0, start);
    String word = line.substring(start, cursor);
    return new Simple(line, cursor, List.of(before, word), 1, word.length());
  }

  /** A parsed line made of already-split words; nothing in it is quoted or escaped. Immutable. */
  record Simple(String line, int cursor, List<String> words, int wordIndex, int wordCursor)
      implements CompletingParsedLine {
    @Override
    public String word() {
      return words.get(wordIndex);
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return wordCursor;
    }

    @Override
    public int rawWordLength() {
      return word().length();
    }
  }
}
