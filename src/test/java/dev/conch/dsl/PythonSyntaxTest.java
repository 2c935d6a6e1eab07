package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.dsl.compile.CompileError;
import dev.conch.dsl.python.Hint;
import dev.conch.dsl.python.PythonSyntax;
import dev.conch.fixtures.DslFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Python typed at the prompt compiles to nothing that runs: keyword arguments, f-strings, {@code %}
 * formatting, {@code with}, {@code global} and {@code lambda} are refused with advice, and no
 * variable is left behind; Groovy that looks alike still runs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PythonSyntaxTest extends DslFixture {
  private Hint hintOf(String code) {
    Throwable error = error(code);
    assertThat(error).as(code).isInstanceOf(CompileError.class);
    return ((CompileError) error).hint().orElseThrow(() -> new AssertionError("no hint: " + code));
  }

  @Test
  void aKeywordArgumentFailsToCompileNamingHowGroovyWritesIt() {
    value("q = queue(); def sing() { 'la' }");
    assertThat(hintOf("q.get(timeout=1)")).isEqualTo(Hint.of("python.keyword", "timeout", "1"));
    assertThat(hintOf("t = Thread(target=sing)"))
        .isEqualTo(Hint.of("python.keyword", "target", "sing"));
    assertThat(hintOf("p = pool(2); p.apply_async(func=sing, args=[1, 2], callback=sing)"))
        .isEqualTo(Hint.of("python.keyword", "func", "sing"));
    assertThat(hintOf("new ArrayList(size = 3)")).isEqualTo(Hint.of("python.keyword", "size", "3"));
    assertThat(hintOf("def take() { spawn { q.get(block=true) } }"))
        .isEqualTo(Hint.of("python.keyword", "block", "true"));
  }

  @Test
  void aKeywordArgumentLeavesNoVariableAndRunsNothing() {
    error("println 'ran'; q = queue(); q.get(timeout=1)");
    error("spawn(target=print, name='x')");
    assertThat(host.variables()).doesNotContainKeys("timeout", "target", "name", "q");
    assertThat(host.methods()).doesNotContain("target");
    assertThat(lines).isEmpty();
  }

  @Test
  void anAssignmentInParenthesesOfItsOwnOrOutsideACallStillRuns() {
    assertThat(value("x = (y = 3); [x, y]")).isEqualTo(List.of(3, 3));
    assertThat(value("def id(v) { v }; id((z = 4)) + z")).isEqualTo(8);
    assertThat(value("spawn(name: 'n') { 5 }.join(); 'named arguments pass'"))
        .isEqualTo("named arguments pass");
  }

  @Test
  void pythonThatGroovyWouldRunWronglyIsRefusedBeforeAnythingRuns() {
    value("x = 5; def f(s) { s }; mutex = lock('m')");
    assertThat(hintOf("f\"value {x}\"")).isEqualTo(Hint.of("python.fstring", "\"value ${x}\""));
    assertThat(hintOf("println 'ran'; \"%d\" % x")).isEqualTo(Hint.of("python.percent", "\"%d\""));
    assertThat(hintOf("with mutex: println('ran')")).isEqualTo(Hint.of("python.with", "mutex"));
    assertThat(hintOf("with Pool(4) as p: print(p.map(f, [1, 2]))"))
        .isEqualTo(Hint.of("python.with.pool", "pool(4, kind: 'process') { p -> … }"));
    assertThat(hintOf("with ThreadPool(2) as tp:"))
        .isEqualTo(Hint.of("python.with.pool", "pool(2) { tp -> … }"));
    assertThat(hintOf("with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:"))
        .isEqualTo(Hint.of("python.with.pool", "executor(3) { ex -> … }"));
    assertThat(hintOf("with open('db', 'r') as f: count = json.load(f)"))
        .isEqualTo(Hint.of("python.with.open", "new File('db').withReader { f -> … }"));
    assertThat(hintOf("with open(\"db\", \"wb\") as out:"))
        .isEqualTo(Hint.of("python.with.open", "new File(\"db\").withWriter { out -> … }"));
    assertThat(hintOf("with ProcessPoolExecutor() as pool:"))
        .isEqualTo(Hint.of("python.with.pool", "executor(kind: 'process') { pool -> … }"));
    assertThat(hintOf("def work() { global x; x += 1 }")).isEqualTo(Hint.of("python.global", "x"));
    assertThat(hintOf("twice = lambda n: n * 2")).isEqualTo(Hint.of("python.lambda"));
    assertThat(lines).isEmpty();
    assertThat(host.methods()).doesNotContain("work");
  }

  @Test
  void floorDivisionAndOrAndRaiseAreRefusedRatherThanRunWrongly() {
    value("n = 7");
    assertThat(hintOf("half = n // 2")).isEqualTo(Hint.of("python.floordiv"));
    assertThat(hintOf("println 'ran'; println n // 2")).isEqualTo(Hint.of("python.floordiv"));
    assertThat(hintOf("println true and false")).isEqualTo(Hint.of("python.andor", "and", "&&"));
    assertThat(hintOf("if (n > 1 or n < 0) { println 'ran' }"))
        .isEqualTo(Hint.of("python.andor", "or", "||"));
    assertThat(hintOf("raise ValueError('bad')")).isEqualTo(Hint.of("python.raise", "ValueError"));
    assertThat(hintOf("xs = ['a', 'b']; println ', '.join(xs)"))
        .isEqualTo(Hint.of("python.join", "', '"));
    assertThat(lines).isEmpty();
    assertThat(host.variables()).doesNotContainKey("half");
  }

  @Test
  void delIsRefusedWithGroovysWay() {
    value("xs = [1, 2]; del = 'kept'");
    assertThat(hintOf("del xs[0]")).isEqualTo(Hint.of("python.del.item", "xs"));
    assertThat(hintOf("del xs")).isEqualTo(Hint.of("python.del.name", "xs"));
    assertThat(value("xs")).isEqualTo(List.of(1, 2));
    assertThat(value("del")).isEqualTo("kept");
    assertThat(lines).isEmpty();
  }

  @Test
  void isAnEmptyDictAndStrFormatAreRefusedRatherThanRunWrongly() {
    value("x = 5");
    assertThat(hintOf("println 'a' and 'b'")).isEqualTo(Hint.of("python.andor", "and", "&&"));
    assertThat(hintOf("println x is None")).isEqualTo(Hint.of("python.is"));
    assertThat(hintOf("if (x is not null) { println 'ran' }")).isEqualTo(Hint.of("python.is"));
    // {} would be a closure: counts["a"] = 1 then sets a session variable a
    assertThat(hintOf("counts = {}")).isEqualTo(Hint.of("python.emptydict", "counts"));
    assertThat(hintOf("println 'ran'; seen = {}; seen['a'] = 1"))
        .isEqualTo(Hint.of("python.emptydict", "seen"));
    // String.format is static: this would format "a" with 1 and print "a"
    assertThat(hintOf("println '{} and {}'.format('a', 1)"))
        .isEqualTo(Hint.of("python.format", "'{} and {}'"));
    assertThat(lines).isEmpty();
    assertThat(host.variables()).doesNotContainKeys("counts", "seen", "a");
  }

  @Test
  void pythonThatDoesNotCompileGetsAdviceInsteadOfTheCompilersWords() {
    assertThat(hintOf("def sing():\n    println 'la'"))
        .isEqualTo(Hint.of("python.def", "sing", ""));
    assertThat(hintOf("for i in range(3):"))
        .isEqualTo(Hint.of("python.block", "for", "for (i in 0..<3) { … }"));
    assertThat(hintOf("if __name__ == '__main__':")).isEqualTo(Hint.of("python.main"));
    assertThat(hintOf("async def main():")).isEqualTo(Hint.of("python.async"));
    assertThat(hintOf("x = 1  # a comment")).isEqualTo(Hint.of("python.comment"));
    assertThat(hintOf("x = 1  # this is it, and n // 2 or more"))
        .isEqualTo(Hint.of("python.comment"));
    assertThat(hintOf("import threading")).isEqualTo(Hint.of("python.import", "threading"));
    assertThat(hintOf("import random; println random.randint(1, 6)"))
        .isEqualTo(Hint.of("python.import", "random"));
    assertThat(hintOf("for i, x in enumerate([1]): print(i)"))
        .isEqualTo(Hint.of("python.block", "for", "for (i in 0..<3) { … }"));
    assertThat(hintOf("from multiprocessing import Pool, Queue"))
        .isEqualTo(Hint.of("python.import", "multiprocessing"));
    assertThat(hintOf("import concurrent.futures as cf\nprintln 'ran'"))
        .isEqualTo(Hint.of("python.import", "concurrent.futures"));
    assertThat(hintOf("x = 1; if x == 1: println(x)"))
        .isEqualTo(Hint.of("python.block", "if", "if (x) { … }"));
    assertThat(hintOf("try: println(1)"))
        .isEqualTo(Hint.of("python.block", "try", "try { … } catch (e) { … } finally { … }"));
    assertThat(hintOf("a, b = 1, 2")).isEqualTo(Hint.of("python.unpack"));
    assertThat(hintOf("squares = [i * i for i in range(10)]"))
        .isEqualTo(Hint.of("python.comprehension"));
    assertThat(hintOf("xs = [1, 2, 3]; println xs[1:3]")).isEqualTo(Hint.of("python.slice"));
    assertThat(hintOf("println int('5') + 1")).isEqualTo(Hint.of("python.cast", "int", "int"));
    assertThat(hintOf("println float('2.5')")).isEqualTo(Hint.of("python.cast", "float", "double"));
    assertThat(hintOf("x = 5 if 3 > 2 else 1")).isEqualTo(Hint.of("python.conditional"));
    assertThat(hintOf("println('big' if 3 > 2 else 'small')"))
        .isEqualTo(Hint.of("python.conditional"));
    assertThat(hintOf("d = {\"a\": 1, \"b\": 2}")).isEqualTo(Hint.of("python.dict"));
    assertThat(hintOf("kw = {'m': 20}")).isEqualTo(Hint.of("python.dict"));
    assertThat(hintOf("point = (1, 2)")).isEqualTo(Hint.of("python.tuple"));
    assertThat(hintOf("t = Thread(target: f, args: (1,))")).isEqualTo(Hint.of("python.tuple"));
    assertThat(hintOf("t = threading.Thread(target=f, args=(1,))"))
        .isEqualTo(Hint.of("python.instead", "threading.Thread(target=f)", "spawn(target: f)"));
    assertThat(hintOf("p = multiprocessing.Process(target=f, args=('x',))"))
        .isEqualTo(
            Hint.of("python.instead", "multiprocessing.Process(target=f)", "process(target: f)"));
  }

  @Test
  void groovyThatLooksLikeItIsLeftAlone() {
    assertThat(value("'50%' + ' done'")).isEqualTo("50% done");
    assertThat(value("s = 'with x: y'; s.size()")).isEqualTo(9);
    assertThat(value("// f\"not code\" and global x\n7 % 4")).isEqualTo(3);
    assertThat(value("[1, 2].with { it.size() }")).isEqualTo(2);
    assertThat(value("x = 5 // five\nx")).isEqualTo(5);
    assertThat(value("'a // 2' + ' and ' + 'b or c'")).isEqualTo("a // 2 and b or c");
    assertThat(value("[a: 1, b: 2].a")).isEqualTo(1);
    assertThat(value("['a', 'b'].join(', ')")).isEqualTo("a, b");
    assertThat(value("[a: 1].with { it.a > 0 ? 'yes' : 'no' }")).isEqualTo("yes");
    assertThat(value("def add = (int a, int b) -> a + b; add(1, 2)")).isEqualTo(3);
    assertThat(value("noop = { -> }; noop()")).isNull();
    assertThat(value("x = 3; if (x > 1) { 'big' } else if (x > 0) { 'small' } else { 'none' }"))
        .isEqualTo("big");
    assertThat(value("'it is' + ' or ' + 'is not'")).isEqualTo("it is or is not");
    assertThat(
            value("import java.util.concurrent.atomic.AtomicInteger\nnew AtomicInteger(3).get()"))
        .isEqualTo(3);
    assertThat(error("x = ")).isInstanceOf(CompileError.class);
    assertThat(((CompileError) error("x = ")).hint()).isEmpty();
  }

  @Test
  void noLessonScriptLooksLikePython() throws Exception {
    try (var files = Files.walk(Path.of("scripts"))) {
      List<Path> scripts = files.filter(f -> f.toString().endsWith(".groovy")).toList();
      assertThat(scripts).isNotEmpty();
      for (Path script : scripts) {
        assertThat(PythonSyntax.refused(Files.readString(script)).map(Throwable::getMessage))
            .as(script.toString())
            .isEmpty();
      }
    }
  }

  @Test
  void printIsToldApartFromPrintln() {
    assertThat(PythonSyntax.printsWithoutNewline("print(x)")).isTrue();
    assertThat(PythonSyntax.printsWithoutNewline("3.times { print it }")).isTrue();
    assertThat(PythonSyntax.printsWithoutNewline("println x; printf('%d', 1)")).isFalse();
    assertThat(PythonSyntax.printsWithoutNewline("println 'print(x)'")).isFalse();
  }
}
