package dev.conch.dsl.python;

import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.Janitor;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.Types;

/**
 * Refuses Python's keyword arguments: in Groovy {@code q.get(timeout=1)} assigns 1 to a variable
 * named {@code timeout} and passes 1, so the line would leave a stray variable behind and call the
 * wrong thing. An assignment written as a call's argument fails to compile, saying how Groovy
 * writes it ({@code timeout: 1}). An assignment in its own parentheses, {@code f((a = 1))}, is
 * meant and passes. Thread-safe: each compilation gets its own visitor.
 */
public final class KeywordArgumentCheck extends CompilationCustomizer {
  /** Where Groovy's parser notes that an expression was written in parentheses of its own. */
  private static final String IN_PARENTHESES = "_INSIDE_PARENTHESES_LEVEL";

  public KeywordArgumentCheck() {
    super(CompilePhase.CONVERSION);
  }

  @Override
  public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
    new Visitor(source).visitClass(classNode);
  }

  private static final class Visitor extends ClassCodeVisitorSupport {
    private final SourceUnit source;

    Visitor(SourceUnit source) {
      this.source = source;
    }

    @Override
    protected SourceUnit getSourceUnit() {
      return source;
    }

    @Override
    public void visitMethodCallExpression(MethodCallExpression call) {
      check(call.getArguments());
      super.visitMethodCallExpression(call);
    }

    @Override
    public void visitStaticMethodCallExpression(StaticMethodCallExpression call) {
      check(call.getArguments());
      super.visitStaticMethodCallExpression(call);
    }

    @Override
    public void visitConstructorCallExpression(ConstructorCallExpression call) {
      check(call.getArguments());
      super.visitConstructorCallExpression(call);
    }

    private void check(Expression arguments) {
      if (!(arguments instanceof TupleExpression tuple)) {
        return;
      }
      for (Expression argument : tuple.getExpressions()) {
        if (argument instanceof BinaryExpression assign
            && assign.getOperation().getType() == Types.ASSIGN
            && assign.getLeftExpression() instanceof VariableExpression name
            && !(assign.getNodeMetaData(IN_PARENTHESES) instanceof Number level
                && level.intValue() > 0)) {
          report(name.getName(), text(assign.getRightExpression()), assign);
        }
      }
    }

    private void report(String name, String value, BinaryExpression where) {
      String english =
          String.format(
              "Groovy writes keyword arguments as `%s: %s`; `%s=%s` would set a variable %s",
              name, value, name, value, name);
      Hint hint = Hint.of("python.keyword", name, value);
      source
          .getErrorCollector()
          .addErrorAndContinue(
              new SyntaxErrorMessage(
                  new HintedSyntaxError(
                      english, hint, where.getLineNumber(), where.getColumnNumber()),
                  source));
    }

    /** The value as the learner typed it, or as Groovy prints it when it spans lines. */
    private String text(Expression value) {
      int line = value.getLineNumber();
      if (line > 0 && line == value.getLastLineNumber()) {
        Janitor janitor = new Janitor();
        try {
          String typed = source.getSource().getLine(line, janitor);
          int from = value.getColumnNumber() - 1;
          int to = value.getLastColumnNumber() - 1;
          if (typed != null && from >= 0 && to <= typed.length() && from < to) {
            return typed.substring(from, to);
          }
        } finally {
          janitor.cleanup();
        }
      }
      return value.getText();
    }
  }
}
