package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.dsl.compile.CompileError;
import dev.conch.fixtures.DslFixture;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.wait.Interrupts;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One Groovy session line by line: variables, methods, classes and imports typed earlier stay for
 * later lines and nothing runs twice; a compile error says where; spawn's options are checked. Also
 * interrupting a busy loop, Groovy's own meaning of ++, % and times kept for session variables used
 * in closures, every compiled class kept so that a child JVM can load it, and a line typed again
 * run without compiling it again unless what it names has changed.
 */
class ScriptHostTest extends DslFixture {
  @Test
  void settingAVariableToNullOnceMemoryRanOutCompilesNothing() {
    value("big = [1, 2, 3]");
    runtime.memory().ranOut(new OutOfMemoryError("a test's"));
    int before = host.compiledClasses().size();

    value(" big = null; ");

    assertThat(host.compiledClasses()).hasSize(before);
    assertThat(value("big")).isNull();
  }

  @Test
  void withTheReserveHeldTheSameLineIsCompiledAsAnyOther() {
    value("big = [1, 2, 3]");
    int before = host.compiledClasses().size();

    value("big = null");

    assertThat(host.compiledClasses().size()).isGreaterThan(before);
    assertThat(value("big")).isNull();
  }

  @Test
  void variablesAndMethodsStayFromLineToLine() {
    eval("counter = 0");
    eval("def bump() { counter += 1; counter }");
    Outcome first = eval("bump()");
    eval("println bump()");
    assertThat(first.value()).isEqualTo(1);
    assertThat(first.showValue()).isTrue();
    assertThat(lines).containsExactly("2");
  }

  @Test
  void aTopLevelDefIsASessionVariableThatMethodsSee() {
    eval("def total = 10");
    eval("def add(n) { total += n }");
    eval("add(5)");
    assertThat(host.variables()).containsEntry("total", 15);
  }

  @Test
  void topLevelDefsWithoutValuesAreSessionVariablesHoldingNull() {
    eval("def a, b");
    eval("def c");
    assertThat(eval("[a, b, c]").value()).isEqualTo(java.util.Arrays.asList(null, null, null));
    eval("a = 1; b = a + 1");
    assertThat(eval("a + b").value()).isEqualTo(3);
  }

  @Test
  void aTopLevelMultipleDeclarationSetsSessionVariables() {
    eval("def (p, q) = [1, 2]");
    eval("def (String s, r) = ['a']");
    assertThat(value("[p + q, s, r]")).isEqualTo(java.util.Arrays.asList(3, "a", null));
    assertThat(host.variables()).containsKeys("p", "q", "s", "r");
  }

  @Test
  void aTopLevelTypedDeclarationHoldsItsValueAsThatType() {
    eval("long t = 0");
    eval("t += 2_000_000_000; t += 2_000_000_000");
    assertThat(host.variables()).containsEntry("t", 4_000_000_000L);
    assertThat(value("int n = 3.7; n")).isEqualTo(3);
    assertThat(value("double d = 1; d / 4")).isEqualTo(0.25d);
    assertThat(value("int i; boolean b; String s; [i, b, s]"))
        .isEqualTo(java.util.Arrays.asList(0, false, null));
    Outcome wrong = eval("int k = 'abc'");
    assertThat(wrong.failed()).isTrue();
    assertThat(wrong.error()).hasMessageContaining("Cannot cast object 'abc'");
  }

  @Test
  void aMethodsNameIsTheMethodOnlyWhereNoVariableHasIt() {
    assertThat(value("def twice(n) { n * 2 }\n[1, 2].collect(twice)")).isEqualTo(List.of(2, 4));
    assertThat(value("def half(n) { n / 2 }\nhalf = 7\nhalf")).isEqualTo(7);
    assertThat(value("def third(n) { n * 3 }\n[3].collect { n -> third(n) }"))
        .isEqualTo(List.of(9));
  }

  @Test
  void nothingTypedEarlierRunsAgain() {
    eval("made = 0");
    eval("made += 1; def twice(n) { n * 2 }");
    eval("twice(3)");
    eval("twice(4)");
    assertThat(host.variables()).containsEntry("made", 1);
  }

  @Test
  void classesTypedEarlierCanBeUsedLater() {
    eval("class Greeter { String hi() { 'hi' } }");
    assertThat(eval("new Greeter().hi()").value()).isEqualTo("hi");
  }

  @Test
  void importsStayButAFailedOneIsForgotten() {
    eval("import java.util.concurrent.atomic.AtomicInteger");
    assertThat(eval("import no.such.Thing; 1").failed()).isTrue();
    Outcome later = eval("new AtomicInteger(7).get()");
    assertThat(later.failed()).isFalse();
    assertThat(later.value()).isEqualTo(7);
  }

  @Test
  void assignmentsShowNothingAndExpressionsShowTheirValue() {
    assertThat(eval("y = 3").showValue()).isFalse();
    assertThat(eval("def z = 4").showValue()).isFalse();
    assertThat(eval("y + 4").showValue()).isTrue();
    assertThat(eval("println 'x'").showValue()).isFalse();
  }

  @Test
  void aCompileErrorSaysWhere() {
    Outcome outcome = eval("x = 1\ny = 2 +* 3\n");
    assertThat(outcome.error()).isInstanceOf(CompileError.class);
    CompileError error = (CompileError) outcome.error();
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.sourceLine()).isEqualTo("y = 2 +* 3");
  }

  @Test
  void anUnknownSpawnOptionIsAUsageErrorNamingIt() {
    Outcome outcome = eval("spawn(demon: true) { }");
    assertThat(outcome.error())
        .isInstanceOf(UsageError.class)
        .hasMessage("spawn: unknown option 'demon'");
  }

  @Test
  void aWrongKindNamesTheKindsThatExist() {
    assertThat(eval("spawn(kind: 'fiber') { }").error())
        .hasMessage("spawn: unknown kind 'fiber', expected thread|virtual|process|coroutine");
  }

  @Test
  void spawnNeedsSomethingToRun() {
    assertThat(eval("spawn(name: 'x')").error())
        .hasMessage("spawn: nothing to run: give a block { … } or target:");
  }

  @Test
  void aBusyLoopStopsWhenItsThreadIsInterruptedThroughTheRuntime() throws Exception {
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    Thread evaluator = Thread.ofPlatform().start(() -> outcome.complete(eval("while (true) {}")));
    while (runtime.tasks().liveCount() == 0) {
      Thread.onSpinWait();
    }
    Interrupts.interrupt(evaluator);
    Outcome result = outcome.get(10, TimeUnit.SECONDS);
    assertThat(result.error()).isInstanceOf(InterruptedException.class);
    evaluator.join();
  }

  @Test
  void aCompileStaticLoopStopsWhenItsThreadIsInterruptedThroughTheRuntime() throws Exception {
    eval("@CompileStatic class Spin { static void go() { while (true) {} } }");
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    Thread evaluator = Thread.ofPlatform().start(() -> outcome.complete(eval("Spin.go()")));
    while (runtime.tasks().liveCount() == 0) {
      Thread.onSpinWait();
    }
    Interrupts.interrupt(evaluator);
    assertThat(outcome.get(10, TimeUnit.SECONDS).error()).isInstanceOf(InterruptedException.class);
    evaluator.join();
  }

  @Test
  void sessionVariablesAssignedInClosuresOfMethodsStayForLaterLines() {
    eval("n = 0");
    eval("def bump(k) { k.times { n += 2; last = n; n *= 1 } }");
    eval("bump(3)");
    assertThat(eval("[n, last, n++, n, n - 1]").value()).isEqualTo(List.of(6, 6, 6, 7, 6));
    eval("def spread() { [1].each { (p, q) = [n, 2]; n <<= 1; n **= 1 } }");
    eval("spread()");
    assertThat(eval("[p, q, n]").value()).isEqualTo(List.of(7, 2, 14));
  }

  @Test
  void steppingASessionVariableInAClosureGivesGroovysValuesForEveryType() {
    eval("n = 0; big = Long.MAX_VALUE - 1; letter = 'a'; x = 1.5");
    eval("3.times { n++ }; [1].each { big++; letter++; x-- }");
    assertThat(eval("[1].collect { [n++, n, ++n, n--, --n, n] }[0]").value())
        .isEqualTo(List.of(3, 4, 5, 5, 3, 3));
    assertThat(eval("[big, letter, x]").value())
        .isEqualTo(List.of(Long.MAX_VALUE, "b", new java.math.BigDecimal("0.5")));
    assertThat(eval("nothing = null; [1].each { nothing++ }").error())
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void timesGivesEachTurnsNumberToEveryKindOfBlock() {
    eval(
        "seen = []; 3.times { seen << it }; 0.times { seen << 'never' }; (-2).times { seen << 'x' }");
    eval("2.times { int k -> seen << k * 10 }; 2.times { Object k -> seen << \"#$k\" }");
    assertThat(eval("seen*.toString()").value())
        .isEqualTo(List.of("0", "1", "2", "0", "10", "#0", "#1"));
    assertThat(eval("10.times { if (it == 5) throw new RuntimeException('stop') }").error())
        .hasMessage("stop");
  }

  @Test
  void namesThatAreNoSessionVariablesStillReachADelegateOrFail() {
    assertThat(eval("[size: 'from the map'].with { size }").value()).isEqualTo("from the map");
    assertThat(eval("static int twice(int x) { x * 2 }; twice(21)").value()).isEqualTo(42);
    assertThat(eval("nothingHere + 1").error())
        .isInstanceOf(groovy.lang.MissingPropertyException.class)
        .hasMessageContaining("nothingHere");
  }

  @Test
  void remainderKeepsGroovysMeaningForEveryKindOfOperand() {
    eval("class Clock12 { int h; def remainder(int n) { new Clock12(h: h % n) } }");
    assertThat(
            eval("[7 % 3, -7 % 3, 7.5 % 2, 10G % 3, 10L % 4, (new Clock12(h: 14) % 12).h]").value())
        .isEqualTo(
            List.of(1, -1, new java.math.BigDecimal("1.5"), java.math.BigInteger.ONE, 2L, 2));
    assertThat(
            eval("@CompileStatic class Odd { static boolean odd(int n) { n % 2 != 0 } }; Odd.odd(7)")
                .value())
        .isEqualTo(true);
    eval("a = 7; b = 3; big = 10G; wide = 10L; neg = -7");
    assertThat(
            eval("[1].collect { [a % b, neg % b, wide % b, a % wide, big % b, 7.5 % 2] }[0]")
                .value())
        .isEqualTo(
            List.of(1, -1, 1L, 7L, java.math.BigInteger.ONE, new java.math.BigDecimal("1.5")));
    assertThat(
            eval("@groovy.transform.TypeChecked int third(int n) { int r = n % 3; r }; third(10)")
                .value())
        .isEqualTo(1);
    assertThat(eval("a % 0").error()).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void theBytesOfEveryCompiledClassAreKeptAndDefineAgainInAFreshLoader() throws Exception {
    eval("class Point { int x; int twice() { x * 2 } }");
    eval("def half(n) { [n].collect { it / 2 } }");
    java.util.Map<String, byte[]> classes = host.compiledClasses();
    assertThat(classes.get("Point")).startsWith((byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE);
    assertThat(classes.keySet()).anyMatch(name -> name.matches("Conch\\d+\\$_half_closure\\d+"));

    ClassLoader fresh = // as a child JVM will: every shipment in a loader of its own
        new ClassLoader(ScriptHost.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] code = classes.get(name);
            if (code == null) {
              throw new ClassNotFoundException(name);
            }
            return defineClass(name, code, 0, code.length);
          }
        };
    Class<?> point = fresh.loadClass("Point");
    Object p = point.getConstructor().newInstance();
    point.getMethod("setX", int.class).invoke(p, 21);
    assertThat(point.getClassLoader()).isSameAs(fresh);
    assertThat(point.getMethod("twice").invoke(p)).isEqualTo(42);
  }

  @Test
  void sleepInClosuresAndClassesIsConchsSleep() throws Exception {
    eval("class Napper extends Task { def run() { sleep 5; 'rested' } }");
    Task closureTask = (Task) eval("spawn(name: 'c') { sleep 5 }").value();
    Task classTask = (Task) eval("new Napper(name: 'k').start()").value();
    closureTask.join();
    classTask.join();
    for (Task task : List.of(closureTask, classTask)) {
      assertThat(task.journal().entries()).anyMatch(e -> e.state() == TaskState.SLEEPING);
    }
    assertThat(classTask.getResult()).isEqualTo("rested");
  }

  @Test
  void pythonSpellingsWork() {
    eval("t = spawn(start: false) { 5 }");
    eval("t.daemon = true; t.start(); t.join()");
    assertThat(eval("[t.is_alive(), t.daemon, t.result, t.join(0.5)]").value())
        .isEqualTo(List.of(false, true, 5, true));
  }

  @Test
  void argsReachTheBlock() {
    assertThat(eval("spawn(args: [2, 3]) { a, b -> a * b }.result").value()).isEqualTo(6);
  }

  @Test
  void activeCountsTheMainTaskToo() {
    assertThat(eval("active().collect { it.name }").value()).isEqualTo(List.of("main"));
  }

  @Test
  void aScriptRunWaitsForItsTasksAndCutsDaemons() throws Exception {
    Outcome outcome =
        host.evaluate(
            "d = spawn(daemon: true) { sleep 60000 }\nw = spawn { sleep 20; println 'worker done' }",
            "script",
            true);
    assertThat(outcome.failed()).isFalse();
    assertThat(lines).containsExactly("worker done");
    Task daemon = (Task) host.variables().get("d");
    daemon.join();
    assertThat(daemon.getState()).isEqualTo(TaskState.CANCELLED);
  }

  @Test
  void manyLinesDoNotPileUpImports() {
    eval("import java.util.concurrent.atomic.AtomicLong");
    for (int i = 0; i < 40; i++) {
      assertThat(eval("new AtomicLong(" + i + ").get()").value()).isEqualTo((long) i);
    }
  }

  @Test
  void closuresShowWithoutClassNamesOrHashCodes() {
    assertThat(ScriptHost.inspect(eval("[1, { it }, 'a']").value())).isEqualTo("[1, { … }, 'a']");
  }

  @Test
  void aLineTypedAgainRunsItsFirstClassAndStillShowsItsValue() {
    eval("n = 1");
    Outcome first = eval("n += 1; this.class.name");
    Outcome again = eval("n += 1; this.class.name");
    assertThat(again.value()).isEqualTo(first.value());
    assertThat(again.showValue()).isTrue();
    assertThat(host.variables()).containsEntry("n", 3);
  }

  @Test
  void aLineTypedAgainSeesClassesImportsAndVariablesDeclaredInBetween() {
    eval("class Box { int v() { 1 } }");
    assertThat(value("new Box().v()")).isEqualTo(1);
    eval("class Box { int v() { 2 } }");
    assertThat(value("new Box().v()")).isEqualTo(2);

    assertThat(eval("ChronoUnit.DAYS.toString()").failed()).isTrue();
    eval("import java.time.temporal.ChronoUnit");
    assertThat(value("ChronoUnit.DAYS.toString()")).isEqualTo("Days");

    String twice = "[1, 2].collect { it * 2 }";
    assertThat(value(twice)).isEqualTo(List.of(2, 4));
    eval("def twice(n) { n * 20 }");
    assertThat(value(twice)).isEqualTo(List.of(2, 4));
    assertThat(value("twice(1)")).isEqualTo(20);
    eval("def twice(n) { n * 30 }");
    assertThat(value("twice(1)")).isEqualTo(30);
  }

  @Test
  void aLineThatDeclaresAMethodDeclaresItAgainEachTime() {
    String declare = "hits = (binding.hasVariable('hits') ? hits : 0) + 1; def f() { hits }";
    eval(declare);
    eval(declare);
    assertThat(value("f()")).isEqualTo(2);
  }
}
