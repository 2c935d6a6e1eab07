package dev.conch.dsl.compile;

import dev.conch.dsl.Builtin;
import dev.conch.dsl.Builtins;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Binds every unqualified call of a built-in ({@code sleep 400}, {@code spawn { … }}) to the class
 * that implements it (the row's owner in {@link Builtins}), in scripts, closures and classes alike.
 * Without it Groovy's own {@code sleep(long)}, which ignores interrupts and the journal, would win
 * over the static import. A class that declares a method of the same name keeps its own. Stateless.
 */
public final class BuiltinCallRewriter extends CompilationCustomizer {
  /** The classes that implement the built-ins. */
  public static final List<Class<?>> OWNERS = Builtins.OWNERS;

  /** The class that implements each built-in, by name. */
  private static final Map<String, ClassNode> TARGETS = targets();

  public BuiltinCallRewriter() {
    super(CompilePhase.CONVERSION);
  }

  private static Map<String, ClassNode> targets() {
    Set<String> names =
        Builtins.ALL.stream().map(Builtin::name).collect(Collectors.toUnmodifiableSet());
    Map<String, ClassNode> targets = new HashMap<>();
    for (Class<?> owner : OWNERS) {
      ClassNode node = ClassHelper.make(owner);
      for (Method method : owner.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && names.contains(method.getName())) {
          targets.put(method.getName(), node);
        }
      }
    }
    return Map.copyOf(targets);
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
          && TARGETS.containsKey(call.getMethodAsString())
          && !declares(call.getMethodAsString())) {
        StaticMethodCallExpression bound =
            new StaticMethodCallExpression(
                TARGETS.get(call.getMethodAsString()),
                call.getMethodAsString(),
                transform(call.getArguments()));
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
