package dev.conch.dsl.compile;

import java.util.Set;
import java.util.function.Consumer;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.DynamicVariable;
import org.codehaus.groovy.ast.GroovyCodeVisitor;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.syntax.Types;

/**
 * What the rewriters of a line's script share: which uses of a name the compiler left dynamic (no
 * declaration in the code binds them, so they are the session's or a method's), which names the
 * code assigns, and a walk over the code of the script's methods. Stateless.
 */
final class ScriptNames {
  private ScriptNames() {}

  /** Whether {@code e} is a use of one of {@code names} that no declaration in the code binds. */
  static boolean dynamic(Expression e, Set<String> names) {
    return e instanceof VariableExpression v
        && v.getAccessedVariable() instanceof DynamicVariable
        && names.contains(v.getName());
  }

  /** Visits the code of each method of {@code script}, its static ones too unless told not to. */
  static void visitMethods(ClassNode script, boolean withStatic, GroovyCodeVisitor visitor) {
    for (MethodNode method : script.getMethods()) {
      if ((withStatic || !method.isStatic()) && method.getCode() != null) {
        method.getCode().visit(visitor);
      }
    }
  }

  /**
   * Tells {@code assigned} each name the code assigns to as a plain variable ({@code x = …}, a
   * compound assignment too); with {@code undeclaredOnly}, only names no declaration binds.
   */
  static CodeVisitorSupport assignments(boolean undeclaredOnly, Consumer<String> assigned) {
    return new CodeVisitorSupport() {
      @Override
      public void visitBinaryExpression(BinaryExpression b) {
        if (Types.isAssignment(b.getOperation().getType())
            && b.getLeftExpression() instanceof VariableExpression v
            && (!undeclaredOnly || v.getAccessedVariable() instanceof DynamicVariable)) {
          assigned.accept(v.getName());
        }
        super.visitBinaryExpression(b);
      }
    };
  }

  /** A transformer of one script's code that rewrites the uses of some names. */
  abstract static class Rewriting extends ClassCodeExpressionTransformer {
    private final SourceUnit source;

    /** The names whose uses it rewrites. */
    final Set<String> names;

    Rewriting(SourceUnit source, Set<String> names) {
      this.source = source;
      this.names = names;
    }

    @Override
    protected SourceUnit getSourceUnit() {
      return source;
    }
  }
}
