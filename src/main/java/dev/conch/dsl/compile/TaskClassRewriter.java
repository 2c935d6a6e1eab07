package dev.conch.dsl.compile;

import dev.conch.runtime.task.Task;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ReturnStatement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Shapes the task classes a learner declares. A class that extends {@code Thread}, as Python's
 * {@code threading.Thread} subclasses do, is refused with a line naming Conch's task class instead:
 * a bare thread is invisible to the runtime (no {@code /tasks}, no deadlock report), and Groovy's
 * own error for it is about a return type. A task class may write its work as {@code void run()},
 * as Java's threads do: it becomes the {@code run()} that {@link Task} declares, returning null.
 *
 * <p>Thread-safe: it keeps no state.
 */
public final class TaskClassRewriter extends CompilationCustomizer {
  private static final ClassNode TASK = ClassHelper.make(Task.class);
  private static final ClassNode THREAD = ClassHelper.make(Thread.class);

  public TaskClassRewriter() {
    super(CompilePhase.SEMANTIC_ANALYSIS);
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    if (classNode.isScript() || classNode.getSuperClass() == null) {
      return;
    }
    if (classNode.getSuperClass().equals(THREAD)) {
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
    } else if (classNode.isDerivedFrom(TASK)) {
      MethodNode run = classNode.getDeclaredMethod("run", Parameter.EMPTY_ARRAY);
      if (run != null && run.isVoidMethod() && !run.isStatic()) {
        run.setReturnType(ClassHelper.OBJECT_TYPE);
        BlockStatement body = new BlockStatement();
        body.addStatement(run.getCode());
        body.addStatement(new ReturnStatement(ConstantExpression.NULL));
        body.setVariableScope(run.getVariableScope());
        run.setCode(body);
      }
    }
  }
}
