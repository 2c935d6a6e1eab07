package dev.conch.dsl.compile;

import java.util.List;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.DynamicVariable;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Types;

/**
 * Rewrites {@code a % b} in learners' code as a plain method call (see {@link FastRemainder}): in
 * {@code @CompileStatic} classes and methods as {@code FastRemainder.remainder(a, b)}, whose
 * overload the static types choose, so that a prime check runs at Java's speed from its first call
 * instead of boxing every operand. In dynamic code (a line's script, its methods and closures,
 * classes with no static checking) two operands declared {@code int} or {@code long} (variables,
 * literals) call that overload directly, with no dispatch and no boxing, as {@code boolean
 * isPrime(int n)} typed at the prompt has them; other operands go to {@code
 * FastRemainder.remainderOf(a, b)}, which looks at the values. Type checked code without static
 * compilation is left alone, as is {@code %=}. Runs once names are resolved to their declarations.
 * Thread-safe: each class gets its own transformers.
 */
public final class RemainderRewriter extends CompilationCustomizer {
  private static final ClassNode REMAINDERS = ClassHelper.make(FastRemainder.class);

  public RemainderRewriter() {
    super(CompilePhase.CANONICALIZATION);
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    Transformer typed = new Transformer(source, false);
    if (annotated(classNode.getAnnotations(), "CompileStatic")) {
      typed.visitClass(classNode);
      return;
    }
    boolean checked = annotated(classNode.getAnnotations(), "TypeChecked");
    Transformer dynamic = new Transformer(source, true);
    for (MethodNode method : classNode.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      if (annotated(method.getAnnotations(), "CompileStatic")) {
        method.getCode().visit(typed);
      } else if (!checked && !annotated(method.getAnnotations(), "TypeChecked")) {
        method.getCode().visit(dynamic);
      }
    }
  }

  /**
   * Whether {@code annotations} hold the one {@code simpleName} names. Statically compiled code
   * gets the overloads, chosen by static types: dynamic dispatch would squeeze a BigInteger into
   * the {@code int} one.
   */
  private static boolean annotated(List<AnnotationNode> annotations, String simpleName) {
    return annotations.stream()
        .map(a -> a.getClassNode().getNameWithoutPackage())
        .anyMatch(name -> name.equals(simpleName));
  }

  /** Whether {@code annotations} ask for static compilation or type checking. */
  static boolean checksTypes(List<AnnotationNode> annotations) {
    return annotated(annotations, "CompileStatic") || annotated(annotations, "TypeChecked");
  }

  /**
   * {@code int} or {@code long} when {@code e} is a literal or a variable declared so, else null.
   */
  private static ClassNode primitive(Expression e) {
    ClassNode type = null;
    if (e instanceof ConstantExpression c) {
      type =
          c.getValue() instanceof Integer
              ? ClassHelper.int_TYPE
              : c.getValue() instanceof Long ? ClassHelper.long_TYPE : null;
    } else if (e instanceof VariableExpression v
        && v.getAccessedVariable() != null
        && !(v.getAccessedVariable() instanceof DynamicVariable)) {
      type = v.getAccessedVariable().getOriginType();
    }
    return ClassHelper.int_TYPE.equals(type) || ClassHelper.long_TYPE.equals(type) ? type : null;
  }

  private static final class Transformer extends ClassCodeExpressionTransformer {
    private final SourceUnit source;
    private final boolean dynamic;

    Transformer(SourceUnit source, boolean dynamic) {
      this.source = source;
      this.dynamic = dynamic;
    }

    @Override
    protected SourceUnit getSourceUnit() {
      return source;
    }

    @Override
    public Expression transform(Expression e) {
      if (e instanceof BinaryExpression b && b.getOperation().getType() == Types.REMAINDER) {
        Expression left = transform(b.getLeftExpression());
        Expression right = transform(b.getRightExpression());
        Expression call = dynamic ? dynamicCall(left, right) : staticCall("remainder", left, right);
        call.setSourcePosition(b);
        return call;
      }
      if (e instanceof ClosureExpression closure) {
        closure.getCode().visit(this);
        return closure;
      }
      return e.transformExpression(this);
    }

    private static Expression staticCall(String method, Expression left, Expression right) {
      return new StaticMethodCallExpression(
          REMAINDERS, method, new ArgumentListExpression(left, right));
    }

    /** A direct call of an overload when both types are known, else a call that dispatches. */
    private static Expression dynamicCall(Expression left, Expression right) {
      ClassNode l = primitive(left);
      ClassNode r = primitive(right);
      if (l == null || r == null) {
        return staticCall("remainderOf", left, right);
      }
      ClassNode type = l.equals(r) ? l : ClassHelper.long_TYPE;
      MethodCallExpression call =
          new MethodCallExpression(
              new ClassExpression(REMAINDERS),
              "remainder",
              new ArgumentListExpression(left, right));
      call.setMethodTarget(
          REMAINDERS.getMethod(
              "remainder", new Parameter[] {new Parameter(type, "a"), new Parameter(type, "b")}));
      call.setImplicitThis(false);
      return call;
    }
  }
}
