package dev.conch.dsl.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.conch.dsl.Builtins;
import dev.conch.dsl.python.PythonEquivalents.Equivalent;
import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The table of Python spellings: found by the name a compiler reports, and true to Conch. */
class PythonEquivalentsTest {
  @Test
  void aModulesNameFindsTheRowTheLineSpells() {
    assertThat(PythonEquivalents.forName("time", "t0 = time.time()").map(Equivalent::conch))
        .contains("System.currentTimeMillis() / 1000");
    assertThat(PythonEquivalents.forName("time", "time.sleep(1)").map(Equivalent::conch))
        .contains("sleep ms");
    assertThat(PythonEquivalents.forName("time", "").map(Equivalent::python))
        .contains("time.sleep(s)");
    assertThat(PythonEquivalents.forName("queue", "q = queue.Queue()").map(Equivalent::conch))
        .contains("queue()");
    assertThat(PythonEquivalents.forName("True", "").map(Equivalent::conch)).contains("true");
    assertThat(PythonEquivalents.forName("spawn", "")).isEmpty();
  }

  @Test
  void aHelpWordFindsItsRow() {
    assertThat(PythonEquivalents.forWord("Thread").map(Equivalent::conch))
        .contains("spawn(target: f)");
    assertThat(PythonEquivalents.forWord("gevent.sleep").map(Equivalent::note)).contains("ms");
    assertThat(PythonEquivalents.forWord("TRUE").map(Equivalent::conch)).contains("true");
    assertThat(PythonEquivalents.forWord("nothing")).isEmpty();
  }

  @Test
  void aMethodPythonsTypesHaveIsFoundByTheTypeOfTheValueHere() {
    assertThat(PythonEquivalents.forMethod(java.util.ArrayList.class, "append"))
        .map(Equivalent::conch)
        .contains("xs << x");
    assertThat(PythonEquivalents.forMethod(groovy.lang.GString.class, "upper"))
        .map(Equivalent::conch)
        .contains("s.toUpperCase()");
    assertThat(PythonEquivalents.forMethod(java.util.LinkedHashMap.class, "keys"))
        .map(Equivalent::conch)
        .contains("m.keySet()");
    assertThat(PythonEquivalents.forMethod(java.util.ArrayList.class, "upper")).isEmpty();
    assertThat(PythonEquivalents.forMethod(Integer.class, "append")).isEmpty();
    assertThat(PythonEquivalents.forMethod(dev.conch.net.fetch.Page.class, "status_code"))
        .map(Equivalent::conch)
        .contains("page.status");
  }

  @Test
  void everyMethodRowIsOneTheTypeHereLacksSoItsAdviceIsReachable() {
    int rows = 0;
    for (Equivalent row : PythonEquivalents.ALL) {
      int dot = row.dotted().indexOf('.');
      Class<?> kind = dot < 0 ? null : PythonEquivalents.kind(row.head());
      if (kind == null) {
        continue;
      }
      String method = row.dotted().substring(dot + 1);
      rows++;
      assertThat(
              org.codehaus.groovy.runtime.InvokerHelper.getMetaClass(kind).respondsTo(null, method))
          .as(row.python())
          .isEmpty();
      assertThat(java.util.Arrays.stream(kind.getMethods()).map(java.lang.reflect.Method::getName))
          .as(row.python())
          .doesNotContain(method);
      assertThat(
              org.codehaus.groovy.runtime.InvokerHelper.getMetaClass(kind)
                  .hasProperty(null, method))
          .as(row.python())
          .isNull();
    }
    assertThat(rows).isGreaterThan(20);
  }

  /**
   * A class Conch's side names, by its full name or after {@code new}, is one a learner's line can
   * use: on the class path, and a bare name among Groovy's default imports.
   */
  @Test
  void everyClassConchsSideNamesIsThere() throws Exception {
    Pattern qualified = Pattern.compile("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*");
    Pattern created = Pattern.compile("\\bnew ([A-Z]\\w*)");
    List<String> imported = List.of("java.lang.", "java.util.", "java.io.", "java.net.");
    ClassLoader loader = Builtins.class.getClassLoader();
    int names = 0;
    for (Equivalent row : PythonEquivalents.ALL) {
      Matcher full = qualified.matcher(row.conch());
      while (full.find()) {
        names++;
        String name = full.group();
        assertThatCode(() -> Class.forName(name, false, loader))
            .as(row.python() + " -> " + row.conch())
            .doesNotThrowAnyException();
      }
      Matcher bare = created.matcher(row.conch());
      while (bare.find()) {
        names++;
        String name = bare.group(1);
        assertThat(imported.stream().filter(p -> loads(p + name, loader)))
            .as(row.python() + " -> " + row.conch())
            .isNotEmpty();
      }
    }
    assertThat(names).isGreaterThan(5);
  }

  private static boolean loads(String name, ClassLoader loader) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Test
  void everySecondsTakingSleepSaysMilliseconds() {
    for (Equivalent row : PythonEquivalents.ALL) {
      if (row.dotted().endsWith("sleep")) {
        assertThat(row.note()).as(row.python()).isEqualTo("ms");
      }
    }
  }

  @Test
  void everyNoteHasWordsInBothLanguagesAndEveryBuiltinNamedExists() {
    Pattern call = Pattern.compile("^([a-z]\\w*)\\(");
    for (Equivalent row : PythonEquivalents.ALL) {
      if (!row.note().isEmpty()) {
        for (Lang lang : Lang.values()) {
          assertThat(Messages.of(lang).has("python.note." + row.note())).as(row.python()).isTrue();
        }
      }
      Matcher m = call.matcher(row.conch());
      if (m.find() && !m.group(1).equals("new")) {
        assertThat(Builtins.find(m.group(1))).as(row.conch()).isPresent();
      }
    }
  }
}
