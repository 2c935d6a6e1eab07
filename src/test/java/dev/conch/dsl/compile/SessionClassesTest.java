package dev.conch.dsl.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.runtime.deadlock.Deadlock;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Classes typed in the session reach its variables, methods and closures, even variables set after
 * the class, while keeping their own properties; a name neither has fails as Groovy says. Also the
 * seed's two-lock deadlock classes, a void run() as Java threads write it, and the one-line
 * refusal, in English and Chinese, of a class that extends Thread.
 */
@Timeout(60)
class SessionClassesTest extends DslFixture {
  @Test
  void aTaskClassReadsAndWritesASessionVariableFromItsRun() {
    eval("counter = 40");
    eval(
        """
        class Adder extends Task {
          def run() { counter = counter + 2; "counted $counter".toString() }
        }
        """);
    assertThat(value("t = new Adder(); t.start(); t.join(); t.result")).isEqualTo("counted 42");
    assertThat(host.variables()).containsEntry("counter", 42);
  }

  @Test
  void aClassCallsMethodsAndClosuresOfTheSession() {
    eval("def twice(n) { n * 2 }");
    eval("inc = { it + 1 }");
    eval("class Calc { def go(n) { inc(twice(n)) } }");
    assertThat(value("new Calc().go(5)")).isEqualTo(11);
  }

  @Test
  void aClassSeesVariablesSetAfterItWasDeclared() {
    eval("class Peek { def read() { later } }");
    eval("later = 'set afterwards'");
    assertThat(value("new Peek().read()")).isEqualTo("set afterwards");
  }

  @Test
  void anInnerClassStillReachesItsOuterClassAndThroughItTheSession() {
    eval("suffix = '!'");
    eval(
        """
        class Outer {
          def word = 'hi'
          class Inner { def say() { word + suffix } }
          def say() { new Inner().say() }
        }
        """);
    assertThat(value("new Outer().say()")).isEqualTo("hi!");
  }

  @Test
  void aNameNeitherTheClassNorTheSessionHasFailsAsGroovySays() {
    eval("class Lost { def read() { nowhere } ; def call() { nothing(1) } }");
    assertThat(error("new Lost().read()"))
        .isInstanceOf(MissingPropertyException.class)
        .hasMessage("No such property: nowhere for class: Lost");
    assertThat(error("new Lost().call()")).isInstanceOf(MissingMethodException.class);
    eval("class Named extends Task { def run() { 1 } }");
    assertThat(error("new Named(nmae: 'w')"))
        .isInstanceOf(MissingPropertyException.class)
        .hasMessageStartingWith("No such property: nmae for class: Named");
    assertThat(host.variables()).doesNotContainKey("nmae");
  }

  @Test
  void aClassKeepsItsOwnPropertiesAndItsOwnPropertyMissing() {
    eval("shadow = 'session'");
    value("class Own { def shadow = 'field'; def get() { shadow } }; 0");
    value(
        "class Custom { def propertyMissing(String n) { 'mine: ' + n }; def get() { shadow } }; 0");
    assertThat(value("new Own().get()")).isEqualTo("field");
    assertThat(value("new Custom().get()")).isEqualTo("mine: shadow");
  }

  @Test
  void theSeedsTwoLockDeadlockClassesSeeTheSessionsLocks() throws Exception {
    CompletableFuture<Deadlock> found = new CompletableFuture<>();
    runtime.deadlocks().addListener(found::complete);
    runtime.deadlocks().start();
    eval("mutexA = lock('A'); mutexB = lock('B'); bothHoldOne = barrier(2)");
    eval(
        """
        class MyThread1 extends Task {
          def run() {
            mutexA.acquire()
            println name + '----do1---up----'
            bothHoldOne.wait()
            mutexB.acquire()
            println name + '----do1---down----'
            mutexB.release()
            mutexA.release()
          }
        }
        class MyThread2 extends Task {
          def run() {
            mutexB.acquire()
            println name + '----do2---up----'
            bothHoldOne.wait()
            mutexA.acquire()
            println name + '----do2---down----'
            mutexA.release()
            mutexB.release()
          }
        }
        """);
    value("t1 = new MyThread1(); t2 = new MyThread2(); t1.start(); t2.start()");
    Deadlock deadlock = found.get(30, TimeUnit.SECONDS);
    assertThat(
            deadlock.links().stream()
                .map(
                    l ->
                        l.waiter().getName().replaceAll("-\\d+$", "")
                            + " waits for "
                            + l.lock().label())
                .sorted()
                .toList())
        .containsExactly("MyThread1 waits for lock B", "MyThread2 waits for lock A");
    deadlock.cure();
    value("t1.join(); t2.join()");
    assertThat(value("[t1.state, t2.state]*.toString()"))
        .isEqualTo(List.of("cancelled", "cancelled"));
  }

  @Test
  void aTaskClassMayWriteItsWorkAsAVoidRunAsJavaThreadsDo() {
    eval("ran = []");
    value(
        "class Worker extends Task { void run() { ran << name; if (ran) return; ran << 'x' } }; 0");
    value("class Child extends Process { void run() { println 'child' } }; 0");
    assertThat(value("t = new Worker(name: 'w'); t.start(); t.join(); [ran, t.result == null]"))
        .isEqualTo(List.of(List.of("w"), true));
  }

  @Test
  void aClassExtendingThreadIsRefusedWithOneLineNamingTask() {
    Throwable error = error("class MyThread extends Thread { def run() { println 1 } }");
    assertThat(error).isInstanceOf(CompileError.class);
    CompileError refused = (CompileError) error;
    assertThat(Messages.of(Lang.EN).get(refused.key(), refused.args()))
        .isEqualTo(
            "class MyThread extends Thread: a Conch task class extends Task instead, as in"
                + " class MyThread extends Task { def run() { … } }");
    assertThat(Messages.of(Lang.ZH).get(refused.key(), refused.args()))
        .isEqualTo(
            "class MyThread extends Thread：Conch 的任务类要继承 Task，例如"
                + " class MyThread extends Task { def run() { … } }");
    assertThat(eval("class Fine extends java.util.ArrayList {}").failed()).isFalse();
  }
}
