package dev.conch.dsl;

import java.util.Set;
import java.util.stream.Collectors;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Binds every unqualified call of a built-in ({@code sleep 400}, {@code spawn { … }}) to {@link
 * BuiltinMethods}, in scripts, closures and classes alike. Without it Groovy's own {@code
 * sleep(long)}, which ignores interrupts and the journal, would win over the static import. A class
 * that declares a method of the same name keeps its own. Stateless.
 */
final class BuiltinCalls extends CompilationCustomizer {
  private static final ClassNode TARGET = ClassHelper.make(BuiltinMethods.class);
  private static final Set<String> NAMES =
      Builtins.ALL.stream().map(Builtin::name).collect(Collectors.toUnmodifiableSet());

  BuiltinCalls() {
    super(CompilePhase.CONVERSION);
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    new Rewriter(source, classNode).visitClass(classNode);
  }

  private static final class Rewriter extends ClassCodeExpressionTransformer {
    private final SourceUnit source;
    private final ClassNode owner;

    Rewriter(SourceUnit source, ClassNode owner) {
      this.source = source;
      this.owner = owner;
    }

    @Override
    protected SourceUnit getSourceUnit() {
      return source;
    }

    @Override
    public Expression transform(Expression expression) {
      if (expression instanceof ClosureExpression closure) {
        closure.getCode().visit(this);
        return closure;
      }
      if (expression instanceof MethodCallExpression call
          && call.isImplicitThis()
          && NAMES.contains(call.getMethodAsString())
          && !declares(call.getMethodAsString())) {
        StaticMethodCallExpression bound =
            new StaticMethodCallExpression(
                TARGET, call.getMethodAsString(), transform(call.getArguments()));
        bound.setSourcePosition(call);
        return bound;
      }
      return super.transform(expression);
    }

    private boolean declares(String name) {
      for (MethodNode method : owner.getMethods(name)) {
        if (!method.isSynthetic()) {
          return true;
        }
      }
      return false;
    }
  }
}
