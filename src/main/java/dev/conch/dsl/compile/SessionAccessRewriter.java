package dev.conch.dsl.compile;

import dev.conch.runtime.race.MonitorClocks;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.PostfixExpression;
import org.codehaus.groovy.ast.expr.PrefixExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.SynchronizedStatement;
import org.codehaus.groovy.ast.stmt.TryCatchStatement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.Types;

/**
 * Points reads and writes of session variables in a line's script code (its top level, its methods
 * and their closures) at {@link SessionAccess}. A session variable is a name the session has
 * already, or one this line assigns without declaring it. Groovy would otherwise resolve each use
 * dynamically, through every enclosing closure, and an assignment inside a closure looks the setter
 * up by reflection each time: T08's dynamic loop spent a third of its time there. Classes a learner
 * declares, static methods and other names are left alone.
 *
 * <p>Thread-safe: each compilation gets its own transformer.
 */
public final class SessionAccessRewriter extends CompilationCustomizer {
  private static final ClassNode ACCESS = ClassHelper.make(SessionAccess.class);
  private static final ClassNode MONITORS = ClassHelper.make(MonitorClocks.class);
  private static final Map<Integer, Integer> COMPOUND =
      Map.of(
          Types.PLUS_EQUAL, Types.PLUS,
          Types.MINUS_EQUAL, Types.MINUS,
          Types.MULTIPLY_EQUAL, Types.MULTIPLY,
          Types.DIVIDE_EQUAL, Types.DIVIDE,
          Types.REMAINDER_EQUAL, Types.REMAINDER);

  private final Supplier<Set<String>> sessionNames;
  private final Supplier<String> source;

  /**
   * A rewriter for the session whose variable names {@code sessionNames} gives; {@code source}
   * names the code being compiled for race reports ({@code T07}), or is empty at the prompt.
   */
  public SessionAccessRewriter(Supplier<Set<String>> sessionNames, Supplier<String> source) {
    super(CompilePhase.CANONICALIZATION);
    this.sessionNames = sessionNames;
    this.source = source;
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    if (!classNode.isScript()) {
      return;
    }
    Set<String> names = new HashSet<>(sessionNames.get());
    ScriptNames.visitMethods(classNode, false, ScriptNames.assignments(true, names::add));
    String label = this.source.get();
    ScriptNames.visitMethods(classNode, false, new Transformer(source, names, label));
  }

  private static final class Transformer extends ScriptNames.Rewriting {
    private final String label;

    Transformer(SourceUnit source, Set<String> names, String label) {
      super(source, names);
      this.label = label;
    }

    /** Where {@code e} is in the learner's code, as a race report says it: {@code T07 line 12}. */
    private String site(Expression e) {
      String line = e.getLineNumber() > 0 ? "line " + e.getLineNumber() : "";
      return label.isEmpty() || line.isEmpty() ? line : label + " " + line;
    }

    @Override
    public Expression transform(Expression e) {
      if (e instanceof BinaryExpression b
          && !(e instanceof DeclarationExpression)
          && Types.isAssignment(b.getOperation().getType())) {
        Expression rewritten =
            ScriptNames.dynamic(b.getLeftExpression(), names) ? assignment(b) : null;
        if (rewritten != null) {
          return rewritten;
        }
        if (b.getLeftExpression() instanceof VariableExpression
            || b.getLeftExpression() instanceof TupleExpression) {
          b.setRightExpression(transform(b.getRightExpression())); // the left side stays a target
          return b;
        }
      }
      if (e instanceof PostfixExpression p && ScriptNames.dynamic(p.getExpression(), names)) {
        return step(p, p.getExpression(), p.getOperation(), true);
      }
      if (e instanceof PrefixExpression q && ScriptNames.dynamic(q.getExpression(), names)) {
        return step(q, q.getExpression(), q.getOperation(), false);
      }
      if (ScriptNames.dynamic(e, names)) {
        return call("get", (VariableExpression) e, null);
      }
      if (e instanceof ClosureExpression closure) {
        closure.getCode().visit(this);
        return closure;
      }
      return e.transformExpression(this);
    }

    /**
     * {@code synchronized (m) { body }} tells the race detector when the monitor is taken and let
     * go, so that accesses under one monitor are ordered; {@code m} must be a name (read again for
     * the calls), else the block is left as written.
     */
    @Override
    public void visitSynchronizedStatement(SynchronizedStatement statement) {
      super.visitSynchronizedStatement(statement);
      Expression monitor = statement.getExpression();
      boolean aName =
          monitor instanceof VariableExpression
              || (monitor instanceof StaticMethodCallExpression call
                  && call.getOwnerType().equals(ACCESS)
                  && call.getMethod().equals("get"));
      if (!aName) {
        return;
      }
      BlockStatement guarded = new BlockStatement();
      guarded.addStatement(new ExpressionStatement(monitorCall("entered", monitor)));
      guarded.addStatement(
          new TryCatchStatement(
              statement.getCode(), new ExpressionStatement(monitorCall("leaving", monitor))));
      guarded.setSourcePosition(statement.getCode());
      statement.setCode(guarded);
    }

    private static Expression monitorCall(String method, Expression monitor) {
      StaticMethodCallExpression call =
          new StaticMethodCallExpression(MONITORS, method, new ArgumentListExpression(monitor));
      call.setSourcePosition(monitor);
      return call;
    }

    /** {@code x = v} as {@code set(this, 'x', v)}; {@code x += v} as {@code set(…, get(…) + v)}. */
    private Expression assignment(BinaryExpression b) {
      int type = b.getOperation().getType();
      VariableExpression variable = (VariableExpression) b.getLeftExpression();
      Expression right = transform(b.getRightExpression());
      if (type == Types.ASSIGN) {
        return call("set", variable, right);
      }
      Integer plain = COMPOUND.get(type);
      if (plain == null) {
        return null;
      }
      Token op = Token.newSymbol(plain, b.getLineNumber(), b.getColumnNumber());
      BinaryExpression value = new BinaryExpression(call("get", variable, null), op, right);
      value.setSourcePosition(b);
      return call("set", variable, value);
    }

    /**
     * {@code n++} as {@code step(this, 'n', true, true)}, {@code --n} as {@code step(this, 'n',
     * false, false)}: one read and one write, as Groovy's own path makes them (a race stays a
     * race), without its reflective setter lookup. Any other operator is left as written.
     */
    private Expression step(Expression e, Expression operand, Token op, boolean postfix) {
      int type = op.getType();
      if (type != Types.PLUS_PLUS && type != Types.MINUS_MINUS) {
        return e;
      }
      VariableExpression variable = (VariableExpression) operand;
      ArgumentListExpression args =
          new ArgumentListExpression(
              new Expression[] {
                VariableExpression.THIS_EXPRESSION,
                new ConstantExpression(variable.getName()),
                new ConstantExpression(type == Types.PLUS_PLUS, true),
                new ConstantExpression(postfix, true),
                new ConstantExpression(site(variable))
              });
      StaticMethodCallExpression call = new StaticMethodCallExpression(ACCESS, "step", args);
      call.setSourcePosition(variable);
      return call;
    }

    private Expression call(String method, VariableExpression variable, Expression value) {
      ArgumentListExpression args =
          new ArgumentListExpression(
              VariableExpression.THIS_EXPRESSION, new ConstantExpression(variable.getName()));
      if (value != null) {
        args.addExpression(value);
      }
      args.addExpression(new ConstantExpression(site(variable)));
      StaticMethodCallExpression call = new StaticMethodCallExpression(ACCESS, method, args);
      call.setSourcePosition(variable);
      return call;
    }
  }
}
