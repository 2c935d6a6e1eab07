package dev.conch.shell;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.i18n.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Python learner's lines typed into the whole shell (a dumb terminal, as {@link ReplTest}): each
 * gets Conch's way in one line, never "set it first", and nothing half runs.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class PythonHintsTest {
  @Test
  void pythonNamesAreAnsweredWithConchsWayNotWithSetItFirst() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "time.sleep(1)",
                "queue.Queue()",
                "True",
                "p = spawn(start: false) { }",
                "p.daemon = True",
                "pid",
                "t = Thread(target: { })",
                "l = Lock()",
                "pool3 = Pool(3)",
                "range(3)",
                "len([1, 2])",
                "gevent.sleep(1)",
                "/exit"));
    assertThat(out)
        .contains(
            "error in main: in Conch, Python's time.sleep(s) is sleep ms"
                + " (sleep takes milliseconds: sleep 1000 is one second)",
            "error in main: in Conch, Python's queue.Queue() is queue()",
            "error in main: in Conch, Python's True is true",
            "error in main: in Conch, Python's pid is pid()",
            "error in main: in Conch, Python's Thread(target=f) is spawn(target: f)"
                + " (or thread { … })",
            "error in main: in Conch, Python's Lock() is lock()",
            "error in main: in Conch, Python's Pool(n) is pool(n)"
                + " (kind: 'process' for processes, as multiprocessing's Pool)",
            "error in main: in Conch, Python's range(n) is 0..<n (range(a, b) is a..<b)",
            "error in main: in Conch, Python's len(x) is x.size()",
            "error in main: in Conch, Python's gevent.sleep(s) is sleep ms"
                + " (sleep takes milliseconds: sleep 1000 is one second)");
    assertThat(out)
        .filteredOn(line -> line.contains("True"))
        .containsExactly(
            "error in main: in Conch, Python's True is true",
            "error in main: in Conch, Python's True is true");
    assertThat(String.join("\n", out)).doesNotContain("set it first");
  }

  @Test
  void whatJoinGaveIsNothingAndADaemonIsSetBeforeTheStart() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "spawn { 5 }.join().result",
                "t = spawn { 6 }; t.join(); t.result",
                "p = spawn { sleep 100 }; p.daemon = true",
                "/exit"));
    assertThat(out)
        .containsSubsequence(
            "error in main: NullPointerException: Cannot get property 'result' on null object",
            "  join() gives nothing, as Python's join() gives None: t.result waits for the task"
                + " itself and gives its value (process { 5 }.result)",
            "=> 6");
    assertThat(out)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("error in main: task task-")
                    .contains(": set daemon before the task starts, not while it is ")
                    .endsWith(
                        ": spawn(daemon: …) { … }, or spawn(start: false) { … }, set it,"
                            + " then start()"));
    assertThat(out).filteredOn(line -> line.contains("join() gives nothing")).hasSize(1);
    List<String> zh = outputLines(session(Lang.ZH, "spawn { 5 }.join().result", "/exit"));
    assertThat(zh)
        .contains(
            "  join() 什么也不返回，和 Python 的 join() 返回 None 一样：t.result 会自己等任务结束，"
                + "再给出它的值（process { 5 }.result）");
  }

  @Test
  void keywordArgumentsAreRefusedAndLeaveNoVariableInVars() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "def sing() { 'la' }",
                "q = queue()",
                "t = Thread(target=sing)",
                "q.get(timeout=1)",
                "p = pool(2)",
                "p.apply_async(func=sing, args=[1], callback=sing)",
                "/vars",
                "/exit"));
    assertThat(out)
        .contains(
            "syntax error at line 1, column 12: Groovy writes keyword arguments as `target: sing`;"
                + " `target=sing` would set a variable named target",
            "syntax error at line 1, column 7: Groovy writes keyword arguments as `timeout: 1`;"
                + " `timeout=1` would set a variable named timeout",
            "syntax error at line 1, column 15: Groovy writes keyword arguments as `func: sing`;"
                + " `func=sing` would set a variable named func",
            "methods: sing");
    String vars = String.join("\n", out.subList(out.indexOf("methods: sing") - 2, out.size()));
    assertThat(vars).doesNotContain("timeout", "target", "func", "callback", "args");
  }

  @Test
  void typosGetTheNearestBuiltinCommandOrTopic() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "spwan { }",
                "slep 100",
                "/hlep",
                "/timelin",
                "/help spwan",
                "/help Thread",
                "/help time.sleep",
                "/help python",
                "/nosuchthing",
                "println(1, 2, 3)",
                "/exit"));
    assertThat(out)
        .contains(
            "error in main: spwan is not defined: did you mean spawn?",
            "error in main: slep is not defined: did you mean sleep?",
            "unknown command /hlep: did you mean /help?",
            "unknown command /timelin: did you mean /timeline?",
            "no help for 'spwan': did you mean /help spawn?",
            "in Conch, Python's Thread(target=f) is spawn(target: f)" + " (or thread { … })",
            "  see /help spawn",
            "in Conch, Python's time.sleep(s) is sleep ms"
                + " (sleep takes milliseconds: sleep 1000 is one second)",
            "  see /help sleep",
            "Python as the tutorials write it, and Conch's way:",
            "  queue.Queue()                queue()",
            "unknown command /nosuchthing: type /help for the list");
    assertThat(out)
        .anyMatch(
            line -> line.startsWith("A list's methods do as Python's: pop() gives the last item"));
    assertThat(out).anyMatch(line -> line.startsWith("Whole numbers grow as Python's do"));
    assertThat(out)
        .anyMatch(line -> line.contains("is s.indexOf(x)"))
        .anyMatch(line -> line.contains("is m.getOrDefault(k, d)"))
        .anyMatch(line -> line.contains("is Math.floorMod(-7, 3)"));
    assertThat(out).noneMatch(line -> line.contains("println is not defined"));
    assertThat(out)
        .contains(
            "error in main: println() takes 0 or 1 arguments, not 3"
                + " (Python's print(a, b) is println \"$a $b\")");
  }

  @Test
  void aMethodTypedOnAnEarlierLineCalledWithValuesItDoesNotTakeSaysWhatItTakes() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "def add(a, b) { a + b }",
                "def twice(x) { add(x, x) }",
                "add(1)",
                "twice(1, 2)",
                "add(1, 2)",
                "twice(4)",
                "spawn(name: 'w') { add(5) }.join()",
                "/exit"));
    assertThat(out)
        .contains(
            "error in main: add() takes 2 arguments, not 1",
            "error in main: twice() takes 1 argument, not 2",
            "=> 3",
            "=> 8");
    assertThat(out.stream().map(String::strip))
        .contains("error in w: add() takes 2 arguments, not 1");
    assertThat(String.join("\n", out)).doesNotContain("StackOverflowError");
  }

  @Test
  void aCallNoMethodAnswersIsSaidInOneLineWithWhatWouldAnswerIt() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "xs = [1]",
                "xs.append(2)",
                "'abc'.upper()",
                "m = [a: 1]",
                "m.items()",
                "foo()",
                "def f(a) { a }; f(1, 2)",
                "g = { a, b -> a }",
                "g(1)",
                "q = queue()",
                "q.put(1, 2, 3, 4, 5)",
                "q.gett()",
                "'abc'.substring('x')",
                "println [1, 2].size()",
                "spawn(name: 'w') { xs.append(3) }.join()",
                "c = coroutine { 1 }",
                "await c",
                "/exit"));
    assertThat(out)
        .contains(
            "error in main: in Conch, Python's list.append(x) is xs << x (or xs.add(x); either is one step, as append is in Python)",
            "error in main: in Conch, Python's str.upper() is s.toUpperCase()",
            "error in main: in Conch, Python's dict.items() is m.each { k, v -> … }"
                + " (or m.entrySet())",
            "error in main: foo() is not defined (define it first, e.g. def foo() { … })",
            "error in main: f() takes 1 argument, not 2",
            "error in main: the closure takes 2 arguments, not 1",
            "error in main: Queue.put() takes 1, 2 or 3 arguments, not 5",
            "error in main: Queue has no method gett(): did you mean get?",
            "error in main: in Conch, Python's await t is t.join()",
            "error in main: String.substring() cannot take (String): it takes (int)",
            "error in main: println [ … ] reads as an index into a variable named println:"
                + " put the value in brackets, println([ … ])");
    assertThat(out.stream().map(String::strip))
        .contains(
            "error in w: in Conch, Python's list.append(x) is xs << x (or xs.add(x); either is one step, as append is in Python)");
    assertThat(String.join("\n", out)).doesNotContain("MissingMethodException", "No signature");
  }

  @Test
  void pythonLibrariesNamesOnConchsValuesGiveConchs(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("index.html"), "<title>hi</title>");
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "s = serve('" + dir.toString().replace("\\", "/") + "')",
                "p = fetch(s.url + 'index.html')",
                "p.status_code",
                "p.content",
                "p.raise_for_status()",
                "p.status",
                "s.stop()",
                "semaphore(2).get_value()",
                "g = coroutine { 5 }; g.join(); g.value",
                "g.get()",
                "with (lock()) { 1 }",
                "gen = generator { yield 1 }; gen.send(5)",
                "gen.__next__()",
                "response.status_code",
                "/exit"));
    assertThat(out)
        .contains(
            "error in main: in Conch, Python's response.status_code is page.status",
            "error in main: in Conch, Python's response.content is page.bytes",
            "error in main: in Conch, Python's response.raise_for_status() is fetch(url, check:"
                + " true)",
            "=> 200",
            "error in main: in Conch, Python's semaphore.get_value() is sem.free()",
            "error in main: in Conch, Python's greenlet.value is t.result",
            "error in main: in Conch, Python's greenlet.get() is t.result",
            "error in main: with() cannot take (Lock, Closure): it takes (boolean, Closure)",
            "error in main: in Conch, Python's generator.send(x) is q.put(x), and q.get() in the"
                + " generator (a Conch generator only hands values out; a value goes in through a"
                + " queue it reads)",
            "error in main: in Conch, Python's generator.__next__() is next(g)",
            "error in main: response is not defined (set it first, e.g. response = 0)");
  }

  @Test
  void aBuiltInGivenValuesItDoesNotTakeIsNamedAsTypedWithItsUsage() throws Exception {
    List<String> out =
        outputLines(session(Lang.EN, "spawn(42)", "pool('x')", "lock(3, 4)", "fetch(42)", "/exit"));
    assertThat(out)
        .contains(
            "error in main: spawn() cannot take (Integer): it takes (Closure) or (Map)",
            "error in main: pool() cannot take (String): it takes (Closure) or (Map) or (int)",
            "error in main: fetch() cannot take (Integer): it takes (String)",
            "  try: /help spawn",
            "  try: /help pool",
            "  try: /help lock",
            "  try: /help fetch");
    assertThat(out.stream().filter(l -> l.startsWith("  usage: spawn("))).hasSize(1);
    assertThat(String.join("\n", out)).doesNotContain("Builtins");
    List<String> zh = outputLines(session(Lang.ZH, "spawn(42)", "/exit"));
    assertThat(String.join("\n", zh)).contains("spawn()", "/help spawn").doesNotContain("Builtins");
  }

  @Test
  void pythonsBuiltInFunctionsNameConchsWay() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "println sum([1, 2])",
                "println max(1, 2)",
                "println sorted([3, 1])",
                "println abs(-3)",
                "/exit"));
    assertThat(out)
        .contains(
            "error in main: in Conch, Python's sum(xs) is xs.sum()",
            "error in main: in Conch, Python's max(xs) is xs.max() (or Math.max(a, b) for two"
                + " values)",
            "error in main: in Conch, Python's sorted(xs) is xs.toSorted()",
            "error in main: in Conch, Python's abs(x) is Math.abs(x)");
  }

  @Test
  void pythonsWaysOutOfItsPromptNameConchsAndTheShellStays() throws Exception {
    List<String> out =
        outputLines(
            session(Lang.EN, "exit()", "quit()", "help()", "println 'still here'", "/exit"));
    assertThat(out)
        .contains(
            "error in main: in Conch, Python's exit() is /exit (or Ctrl-D on an empty line)",
            "error in main: in Conch, Python's quit() is /exit (or Ctrl-D on an empty line)",
            "error in main: in Conch, Python's help() is /help",
            "still here");
  }

  @Test
  void aCallNoMethodAnswersInAPoolJobStillNamesTheJob() throws Exception {
    List<String> out = outputLines(session(Lang.EN, "pool(2).map([1]) { it.append(2) }", "/exit"));
    assertThat(out)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("error in main: pool pool-1: fn(1) failed in pool-1-worker-")
                    .endsWith("(job 1): Integer has no method append()"));
  }

  @Test
  void aCallGroovyCannotChooseAMethodForSaysHowManyValuesItTakes() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "q = queue()",
                "q.put()",
                "spawn()",
                "spawn(1, 2)",
                "p = pool(2)",
                "p.map()",
                "lock().withLock()",
                "/exit"));
    assertThat(out)
        .contains(
            "error in main: put() takes 1, 2 or 3 arguments, not 0",
            "error in main: spawn() takes 1 or more arguments, not 0",
            "error in main: spawn() cannot take (Integer, Integer): it takes (Closure, …) or (Map,"
                + " Closure)",
            "error in main: Pool.map() takes 2 or 3 arguments, not 0",
            "error in main: withLock() takes 1 argument, not 0");
    assertThat(String.join("\n", out)).doesNotContain("MethodSelectionException", "Could not find");
  }

  @Test
  void thePastedBodyOfARefusedPythonBlockIsSkippedNotRunLineByLine() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "def worker(n):",
                "    print(n)",
                "    return n * 2",
                "",
                "for i in range(3):",
                "    t = threading.Thread(target=worker, args=(i,))",
                "    t.start()",
                "x = 'after the block'",
                "  println x",
                "/exit"));
    String skipped = "skipped: indented under the Python block above, which did not run";
    assertThat(out).filteredOn(line -> line.equals(skipped)).hasSize(4);
    assertThat(out).contains("after the block");
    assertThat(String.join("\n", out)).doesNotContain("is not defined", "spawn(target: f)");
  }

  @Test
  void aCommentLineDoesNothingAtThePromptAndTheNoteOnSlashesIsSaidOnce() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "# make two threads",
                "x = 2",
                "  # and start them",
                "x + 1",
                "x = 1  # a comment after code is still refused",
                "/exit"));
    assertThat(out)
        .filteredOn(line -> line.startsWith("note: a line starting with #"))
        .containsExactly(
            "note: a line starting with # does nothing at the prompt, as at Python's;"
                + " Groovy's comments start with //");
    assertThat(out).contains("=> 3");
    assertThat(out).anyMatch(line -> line.endsWith("Groovy's comments start with //, not #"));
  }

  @Test
  void aModuleMemberTheTableLacksIsNotAnsweredWithAnotherRowOfItsModule() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "data = threading.local()",
                "timer = threading.Timer(1, { println 'late' })",
                "asyncio.wait(tasks)",
                "/exit"));
    assertThat(out)
        .contains(
            "error in main: Conch has no counterpart of Python's threading.local: /help python"
                + " lists the Python spellings it knows, each with Conch's way",
            "error in main: in Conch, Python's threading.Timer(s, f) is spawn { sleep ms; f() }"
                + " (sleep takes milliseconds: sleep 1000 is one second)",
            "error in main: in Conch, Python's asyncio.wait(ts) is ts*.join()");
    assertThat(String.join("\n", out)).doesNotContain("threading.Thread");
  }

  @Test
  void aPropertyAValueDoesNotHaveIsNamedWithTheNearestOne() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "t = spawn { 1 }",
                "t.nme",
                "'abc'.foo",
                "xs = [1, 2]",
                "xs.foo",
                "xs.length",
                "xs.size",
                "t.isAlive",
                "q = queue(2)",
                "q.maxsize = 3",
                "/lang zh",
                "t.nme",
                "q.maxsize = 3",
                "/exit"));
    assertThat(out)
        .contains(
            "error in main: Task has no property nme: did you mean name?",
            "error in main: String has no property foo",
            "error in main: Integer has no property foo (a list's .foo reads foo from each of its"
                + " items)",
            "error in main: ArrayList has no property length: a list's length is size()",
            "error in main: ArrayList has no property size: size is a method, call it with size()",
            "error in main: Task has no property isAlive: isAlive is a method, call it with"
                + " isAlive()",
            "error in main: Queue's maxsize can be read but not set",
            "main 出错：Task 没有属性 nme：你是想写 name 吗？",
            "main 出错：Queue 的 maxsize 只能读取，不能赋值");
    assertThat(String.join("\n", out)).doesNotContain("MissingPropertyException", "No such");
  }

  @Test
  void pythonSyntaxGetsAOneLineHintAndNothingHalfRuns() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "def sing():",
                "i = 7",
                "println 'ran'; \"%d\" % i",
                "x = 1",
                "f\"value {x}\"",
                "mutex = lock('mutex')",
                "with mutex: println('ran')",
                "def work() { global x; x += 1 }",
                "print(x)",
                "print(x)",
                "/exit"));
    assertThat(out)
        .contains(
            "syntax error at line 1, column 11: Groovy puts a method's body in braces,"
                + " with no colon: def sing() { … }",
            "syntax error at line 1, column 21: Groovy's strings have no % operator: put the value"
                + " inside, \"${i}\", or use String.format(\"%d\", …)",
            "syntax error at line 1, column 1: Groovy has no f-strings: write \"value ${x}\"",
            "syntax error at line 1, column 1: Groovy has no with block:"
                + " for a lock write mutex.withLock { … }",
            "syntax error at line 1, column 14: Groovy needs no global: a method sees and changes"
                + " the session's x as it is; leave the line out");
    assertThat(out).doesNotContain("ran");
    assertThat(out)
        .filteredOn(line -> line.contains("print adds no newline"))
        .containsExactly("note: print adds no newline; println ends the line");
  }

  @Test
  void aQuoteLeftOpenEndsTheInputWhileABracketKeepsItGoing() {
    LineParser parser = new LineParser();
    assertThat(parser.parse("print('it's')", 13, Parser.ParseContext.ACCEPT_LINE).line())
        .isEqualTo("print('it's')");
    assertThatThrownBy(() -> parser.parse("def f() {", 9, Parser.ParseContext.ACCEPT_LINE))
        .isInstanceOf(EOFError.class);
  }

  @Test
  void aShortSleepIsNotedOnceAndASleepOfZeroNever() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "coroutine(name: 'c') { sleep 0 }.join()",
                "coroutine(name: 'c') { sleep(0.5) }.join()",
                "spawn(name: 't') { sleep 1 }.join()",
                "sleep 2",
                "/exit"));
    assertThat(out.stream().map(String::strip).toList())
        .filteredOn(line -> line.contains("sleep takes milliseconds"))
        .containsExactly(
            "[c] note: sleep takes milliseconds: sleep 1000 is one second (this sleep: 0.5 ms)");
  }

  @Test
  void chineseGetsTheHintsAndALineAboveGroovysOwnErrors() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.ZH,
                "time.sleep(1)",
                "q = queue()",
                "q.get(timeout=1)",
                "spwan { }",
                "/hlep",
                "q.foo(1)",
                "x = null",
                "x.put(1)",
                "q.nosuch",
                "1 +",
                "t = spawn(name: 'w') { null.put(1) }",
                "t.join()",
                "u = spawn(name: 'u') { time.sleep(1) }",
                "u.join()",
                "/exit"));
    assertThat(out)
        .contains(
            "main 出错：Python 的 time.sleep(s) 在 Conch 里写作 sleep ms（sleep 的单位是毫秒：sleep 1000 才是一秒）",
            "语法错误，第 1 行第 7 列：Groovy 的关键字参数写作 `timeout: 1`；写成 `timeout=1` 会新建一个名叫 timeout 的变量",
            "main 出错：spwan 未定义：你是想写 spawn 吗？",
            "未知命令 /hlep：你是想输入 /help 吗？",
            "main 出错：Queue 没有方法 foo()",
            "有个值是 null（还没有赋值），不能调用它的方法 put",
            "main 出错：Queue 没有属性 nosuch",
            "Groovy 读不懂这一行：检查括号、引号，以及是否用了 Python 的写法");
    assertThat(out)
        .filteredOn(line -> line.contains("不能调用它的方法 put"))
        .as("once for main, once for the task")
        .hasSize(2);
    // the task's line may land after a prompt the dumb terminal drew before it failed
    assertThat(out)
        .anyMatch(
            line ->
                line.endsWith(
                    "u 出错：Python 的 time.sleep(s) 在 Conch 里写作 sleep ms"
                        + "（sleep 的单位是毫秒：sleep 1000 才是一秒）"));
    assertThat(out).noneMatch(line -> line.contains("没有叫 time 的属性"));
    assertThat(String.join("\n", out)).doesNotContain("MissingMethodException");
  }
}
