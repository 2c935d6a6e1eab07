package dev.conch.dsl.compile;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Lets the name of a method a line or script declares stand for the method itself, as a Python
 * function's name does: {@code def sing() { … }; spawn(target: sing)} in one script means {@code
 * this.&sing}. Methods typed on earlier lines are session variables already, so this only matters
 * within one compilation. A name the code also assigns, or that the session has, is left alone.
 *
 * <p>Thread-safe: each compilation gets its own transformer.
 */
public final class MethodValueRewriter extends CompilationCustomizer {
  private final Supplier<Set<String>> sessionNames;

  /** A rewriter for the session whose variable names {@code sessionNames} gives. */
  public MethodValueRewriter(Supplier<Set<String>> sessionNames) {
    super(CompilePhase.CANONICALIZATION);
    this.sessionNames = sessionNames;
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    if (!classNode.isScript()) {
      return;
    }
    Set<String> methods = new HashSet<>();
    for (MethodNode method : classNode.getMethods()) {
      if (!method.isSynthetic()
          && !method.getName().equals("run")
          && !method.getName().equals("main")
          && !method.getName().contains("$")) {
        methods.add(method.getName());
      }
    }
    methods.removeAll(sessionNames.get());
    if (methods.isEmpty()) {
      return;
    }
    ScriptNames.visitMethods(classNode, true, ScriptNames.assignments(false, methods::remove));
    ScriptNames.visitMethods(classNode, true, new Transformer(source, methods));
  }

  private static final class Transformer extends ScriptNames.Rewriting {
    Transformer(SourceUnit source, Set<String> names) {
      super(source, names);
    }

    @Override
    public Expression transform(Expression e) {
      if (ScriptNames.dynamic(e, names)) {
        VariableExpression name = (VariableExpression) e;
        MethodPointerExpression pointer =
            new MethodPointerExpression(
                VariableExpression.THIS_EXPRESSION, new ConstantExpression(name.getName()));
        pointer.setSourcePosition(e);
        return pointer;
      }
      if (e instanceof ClosureExpression closure) {
        closure.getCode().visit(this);
        return closure;
      }
      return e.transformExpression(this);
    }
  }
}
