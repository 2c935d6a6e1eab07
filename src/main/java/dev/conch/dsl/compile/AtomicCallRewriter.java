package dev.conch.dsl.compile;

import java.util.Map;
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
 * Rewrites {@code xs.add(x)} and {@code d.put(k, v)} in learners' dynamic code as calls of {@link
 * AtomicCalls}, which change a plain list, set or map whole, as Python's {@code append}, {@code
 * set.add} and {@code d[k] = v} do: a class's own method comes before any extension in Groovy's
 * dispatch, so these cannot be made whole the way {@code <<} is. Four tasks adding 10,000 values
 * each to one set with {@code s.add(x)}, as a Python crawler marks the pages it has seen, lost
 * some, and as many putting keys into one map lost about 100. Statically compiled and type checked
 * code is left alone, as are {@code this.add(x)}, {@code Type.add(x)}, {@code xs?.add(x)}, {@code
 * xs*.add(x)} and calls with other arguments. Runs once names are resolved. Thread-safe: each class
 * gets its own transformer.
 */
public final class AtomicCallRewriter extends CompilationCustomizer {
  private static final ClassNode CALLS = ClassHelper.make(AtomicCalls.class);

  /** The methods rewritten, by how many arguments each takes. */
  private static final Map<String, Integer> METHODS = Map.of("add", 1, "put", 2);

  public AtomicCallRewriter() {
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

  /** Whether {@code call} is {@code receiver.add(item)} or {@code receiver.put(key, value)}. */
  private static boolean plainChange(MethodCallExpression call) {
    String name = call.getMethodAsString(); // null for a name made at run time: this."$name"()
    Integer arity = name == null ? null : METHODS.get(name);
    return arity != null
        && !call.isSafe()
        && !call.isSpreadSafe()
        && !call.isImplicitThis()
        && !(call.getObjectExpression() instanceof VariableExpression v
            && (v.isThisExpression() || v.isSuperExpression()))
        && !(call.getObjectExpression() instanceof ClassExpression)
        && call.getArguments() instanceof ArgumentListExpression args
        && args.getExpressions().size() == arity
        && args.getExpressions().stream()
            .noneMatch(a -> a instanceof MapExpression || a instanceof SpreadExpression);
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
      if (e instanceof MethodCallExpression call && plainChange(call)) {
        ArgumentListExpression args =
            new ArgumentListExpression(transform(call.getObjectExpression()));
        for (Expression a : (ArgumentListExpression) call.getArguments()) {
          args.addExpression(transform(a));
        }
        StaticMethodCallExpression whole =
            new StaticMethodCallExpression(CALLS, call.getMethodAsString(), args);
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
