package dev.conch.dsl.compile;

import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.SpreadExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Rewrites {@code xs.add(x)} in learners' dynamic code as {@code AtomicAdd.add(xs, x)}, which adds
 * to a plain list or set whole, as Python's {@code append} and {@code set.add} do: a class's own
 * method comes before any extension in Groovy's dispatch, so {@code add} cannot be made whole the
 * way {@code <<} is. Four tasks adding 10,000 values each to one set with {@code s.add(x)}, as a
 * Python crawler marks the pages it has seen, lost some. Statically compiled and type checked code
 * is left alone, as are {@code this.add(x)}, {@code Type.add(x)}, {@code xs?.add(x)}, {@code
 * xs*.add(x)} and calls with other arguments. Runs once names are resolved. Thread-safe: each class
 * gets its own transformer.
 */
public final class AtomicAddRewriter extends CompilationCustomizer {
  private static final ClassNode ADD = ClassHelper.make(AtomicAdd.class);

  public AtomicAddRewriter() {
    super(CompilePhase.CANONICALIZATION);
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    if (RemainderRewriter.checksTypes(classNode.getAnnotations())) {
      return;
    }
    Transformer adds = new Transformer(source);
    for (MethodNode method : classNode.getMethods()) {
      if (method.getCode() != null && !RemainderRewriter.checksTypes(method.getAnnotations())) {
        method.getCode().visit(adds);
      }
    }
  }

  /** Whether {@code call} is {@code receiver.add(item)}, with one plain item. */
  private static boolean plainAdd(MethodCallExpression call) {
    return "add".equals(call.getMethodAsString())
        && !call.isSafe()
        && !call.isSpreadSafe()
        && !call.isImplicitThis()
        && !(call.getObjectExpression() instanceof VariableExpression v
            && (v.isThisExpression() || v.isSuperExpression()))
        && !(call.getObjectExpression() instanceof ClassExpression)
        && call.getArguments() instanceof ArgumentListExpression args
        && args.getExpressions().size() == 1
        && !(args.getExpression(0) instanceof MapExpression)
        && !(args.getExpression(0) instanceof SpreadExpression);
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
      if (e instanceof MethodCallExpression call && plainAdd(call)) {
        Expression receiver = transform(call.getObjectExpression());
        Expression item =
            transform(((ArgumentListExpression) call.getArguments()).getExpression(0));
        StaticMethodCallExpression whole =
            new StaticMethodCallExpression(ADD, "add", new ArgumentListExpression(receiver, item));
        whole.setSourcePosition(call);
        return whole;
      }
      if (e instanceof ClosureExpression closure) {
        closure.getCode().visit(this);
        return closure;
      }
      return e.transformExpression(this);
    }
  }
}
