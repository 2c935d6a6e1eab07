package dev.conch.dsl;

import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Refuses a class that extends {@code Thread}, as Python's {@code threading.Thread} subclasses do,
 * and names Conch's task class instead: a bare thread is invisible to the runtime (no {@code
 * /tasks}, no deadlock report), and Groovy's own error for it is about a return type. Thread-safe:
 * it keeps no state.
 */
final class TaskClassCheck extends CompilationCustomizer {
  TaskClassCheck() {
    super(CompilePhase.CONVERSION);
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    ClassNode parent = classNode.getUnresolvedSuperClass(false);
    if (parent == null || classNode.isScript()) {
      return;
    }
    String name = parent.getName();
    if (name.equals("Thread") || name.equals("java.lang.Thread")) {
      String type = classNode.getNameWithoutPackage();
      source.addError(
          new KeyedSyntaxError(
              "error.class.thread",
              String.format(
                  "class %s extends Thread: a Conch task class extends Task instead, as in"
                      + " class %s extends Task { def run() { … } }",
                  type, type),
              classNode,
              type));
    }
  }
}
