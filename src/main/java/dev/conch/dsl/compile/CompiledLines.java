package dev.conch.dsl.compile;

import groovy.lang.Script;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A session's compiled lines: each evaluation's class, whether the prompt shows the value it ends
 * in, and the methods it declares; and the last {@value #KEPT} lines that may run again as they
 * are. A line typed again (up-arrow, Enter) runs the class compiled the first time when nothing its
 * compilation depended on has changed since: its text, the session's variable names, imports and
 * declared classes, and the script it belongs to. A line that declares a method, a class or an
 * import is compiled anew each time, as each run must declare it again. Compiling the line of a
 * download took ~15 ms of its 140 ms in a warm session, and a new class also meant new call sites
 * to link. Thread-safe; one per session, made again when the session is reset.
 */
public final class CompiledLines {
  private static final int KEPT = 32;

  /**
   * One evaluation compiled.
   *
   * @param type its script class, or the class it declares when it is only declarations
   * @param shown what the prompt shows of the value it ends in
   * @param methods the names of the methods it declares for the learner
   */
  public record Line(Class<?> type, SessionRewriter.Shown shown, List<String> methods) {
    /** Whether the prompt shows {@code value}, which the line ended in. */
    public boolean shows(Object value) {
      return switch (shown) {
        case NOTHING -> false;
        case VALUE -> value != null;
        case SPREAD -> value instanceof List<?> items && items.stream().anyMatch(Objects::nonNull);
      };
    }
  }

  /** Compiles a line's text into a class, as the session does. */
  @FunctionalInterface
  public interface Compiler {
    Class<?> compile(String code) throws CompileError;
  }

  private final CapturingClassLoader loader;
  private final SessionRewriter session;
  private final Supplier<Set<String>> variableNames;
  private final Map<String, Line> kept =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Line> eldest) {
              return size() > KEPT;
            }
          });

  /**
   * The lines of the session whose classes {@code loader} defines, whose imports {@code session}
   * keeps and whose variables are named by {@code variableNames}.
   */
  public CompiledLines(
      CapturingClassLoader loader, SessionRewriter session, Supplier<Set<String>> variableNames) {
    this.loader = loader;
    this.session = session;
    this.variableNames = variableNames;
  }

  /**
   * {@code code} compiled: the class kept for it when it may run again, else what {@code anew}
   * makes of it.
   *
   * @param compiling the script the code belongs to, or empty at the prompt
   */
  public Line compile(String code, String compiling, Compiler anew) throws CompileError {
    String key = key(code, compiling);
    Line again = kept.get(key);
    if (again != null) {
      return again;
    }
    long declared = loader.declaredClasses();
    int imports = session.importsKept();
    Class<?> type = anew.compile(code);
    Line line = new Line(type, session.showsValue(type.getName()), methods(type));
    if (loader.declaredClasses() == declared
        && session.importsKept() == imports
        && Script.class.isAssignableFrom(type)
        && line.methods().isEmpty()) {
      kept.put(key, line);
    }
    return line;
  }

  /** What compiling {@code code} depends on besides its text, and the text, as one string. */
  private String key(String code, String compiling) {
    return String.join(
        "\0",
        code,
        compiling,
        Long.toString(loader.declaredClasses()),
        Integer.toString(session.importsKept()),
        String.join(",", new TreeSet<>(variableNames.get())));
  }

  /** The methods a line's class declares for the learner, by name. */
  private static List<String> methods(Class<?> line) {
    List<String> names = new ArrayList<>();
    for (Method method : line.getDeclaredMethods()) {
      String name = method.getName();
      if (Modifier.isPublic(method.getModifiers())
          && !method.isSynthetic()
          && !name.contains("$")
          && !name.equals("run")
          && !name.equals("main")) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }
}
