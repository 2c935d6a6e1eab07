package dev.conch.dsl;

import java.util.List;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Types;

/**
 * Rewrites {@code a % b} in learners' {@code @CompileStatic} classes and methods as {@code
 * Remainders.remainder(a, b)}, so that a prime check in a {@code @CompileStatic} class runs at
 * Java's speed from its first call instead of boxing every operand (see {@link Remainders}). {@code
 * %=} is left as it is. Thread-safe: each class gets its own transformer.
 */
final class RemainderCalls extends CompilationCustomizer {
  private static final ClassNode REMAINDERS = ClassHelper.make(Remainders.class);

  RemainderCalls() {
    super(CompilePhase.CONVERSION);
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    Transformer transformer = new Transformer(source);
    if (compileStatic(classNode.getAnnotations())) {
      transformer.visitClass(classNode);
      return;
    }
    for (MethodNode method : classNode.getMethods()) {
      if (compileStatic(method.getAnnotations()) && method.getCode() != null) {
        method.getCode().visit(transformer);
      }
    }
  }

  /**
   * Only statically compiled code is rewritten: there the static types choose the overload, while
   * dynamic dispatch would squeeze a BigInteger into the {@code int} one.
   */
  private static boolean compileStatic(List<AnnotationNode> annotations) {
    return annotations.stream()
        .map(a -> a.getClassNode().getNameWithoutPackage())
        .anyMatch(name -> name.equals("CompileStatic"));
  }

  private static final class Transformer extends ClassCodeExpressionTransformer {
    private final SourceUnit source;

    Transformer(SourceUnit source) {
      this.source = source;
    }

    @Override
    protected SourceUnit getSourceUnit() {
      return source;
    }

    @Override
    public Expression transform(Expression e) {
      if (e instanceof BinaryExpression b && b.getOperation().getType() == Types.REMAINDER) {
        StaticMethodCallExpression call =
            new StaticMethodCallExpression(
                REMAINDERS,
                "remainder",
                new ArgumentListExpression(
                    transform(b.getLeftExpression()), transform(b.getRightExpression())));
        call.setSourcePosition(b);
        return call;
      }
      if (e instanceof ClosureExpression closure) {
        closure.getCode().visit(this);
        return closure;
      }
      return e.transformExpression(this);
    }
  }
}
